// Authorisation-matrix cases of the courses module's course routes. "Own" is a course of the job
// centre's citizen at provider A; "other" is the other job centre's citizen's course at provider B, which
// every scoped role must get 404 for. Mutating routes that change a course's state use pools.
import type { Db } from '../../../src/server/platform/db/client.ts';
import { insertCourse, insertCourseAgreement } from '../../../src/server/modules/courses/course.fixtures.ts';
import { syntheticCvr } from '../../../src/server/seed/synthetic.ts';
import type { Fixtures, MatrixModule, RouteCase, World } from './matrix-types.ts';
import { testRng } from '../../support/seed.ts';

const rng = testRng('courses.matrix');
/** Records used up by mutating cases: one per role that may call them, and some to spare. */
const POOL = 6;

async function insertPartnerCompany(db: Db, providerId: string, name: string) {
  const company = await db
    .insertInto('company')
    .values({ cvr: syntheticCvr(rng), name })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('companyPartnership')
    .values({ providerId, companyId: company.id, isBinding: true, startsOn: '2025-01-01' })
    .execute();
  return company.id;
}

async function insertPlacement(db: Db, courseId: string, citizenId: string, companyId: string) {
  const row = await db
    .insertInto('placement')
    .values({
      courseId,
      citizenId,
      companyId,
      kind: 'small_job',
      startsOn: '2026-03-02',
      weeklyHoursTenths: 80,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertTreatmentReferral(db: Db, courseId: string, citizenId: string) {
  const row = await db
    .insertInto('treatmentReferral')
    .values({ courseId, citizenId, referredOn: '2026-02-01', outreachWorker: 'Opsøgende team' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A course that ended with a job on 2026-06-30 and is in aftercare from 2026-07-01. */
async function insertCourseInAftercare(db: Db, citizenId: string, providerId: string, agreementId: string) {
  const id = await insertCourse(db, {
    citizenId,
    providerId,
    agreementId,
    startsOn: '2026-01-05',
    stage: 'job',
    endsOn: '2026-06-30',
    endReason: 'job',
  });
  await db
    .updateTable('course')
    .set({ aftercareStartsOn: '2026-07-01', aftercarePlannedEndsOn: '2026-09-30' })
    .where('id', '=', id)
    .execute();
  await db
    .insertInto('courseStage')
    .values({ courseId: id, citizenId, stage: 'aftercare', startsOn: '2026-07-01' })
    .execute();
  return id;
}

function takeFrom(fixtureKey: string) {
  let next = 0;
  return (fixtures: Fixtures) => fixtures[fixtureKey]!.split(',')[next++ % POOL]!;
}

const nextStageCourse = takeFrom('course.coursesForStage');
const nextEndCourse = takeFrom('course.coursesForEnd');
const nextAftercareCourse = takeFrom('course.coursesInAftercare');
const nextDeletablePlacement = takeFrom('course.deletablePlacementsA');

/** A request on course A (own) and course B (other). */
function onCourse(suffix: string, body?: (w: World) => unknown): RouteCase {
  return {
    own: (w, f) => ({ path: `/api/courses/${f['course.courseA']}${suffix}`, body: body?.(w) }),
    other: (w, f) => ({ path: `/api/courses/${f['course.courseB']}${suffix}`, body: body?.(w) }),
  };
}

export const coursesMatrix: MatrixModule = {
  async prepare(db, _keys, world) {
    const { providerA, providerB } = world.organisations;
    const { citizenAtA, citizenOtherJobCentre } = world.citizens;
    const { agreementId } = await insertCourseAgreement(db, providerA.id);
    const courseA = await insertCourse(db, {
      citizenId: citizenAtA.id,
      providerId: providerA.id,
      agreementId,
      mentorUserId: world.users.providerStaff.userId,
      caseworkerIds: [world.users.caseworker.userId],
      startsOn: '2026-01-05',
    });
    const courseB = await insertCourse(db, {
      citizenId: citizenOtherJobCentre.id,
      providerId: providerB.id,
      caseworkerIds: [world.users.otherCaseworker.userId],
      startsOn: '2026-01-05',
    });
    const companyA = await insertPartnerCompany(db, providerA.id, 'Matrix Kantine A');
    const companyB = await insertPartnerCompany(db, providerB.id, 'Matrix Kantine B');
    const placementA = await insertPlacement(db, courseA, citizenAtA.id, companyA);
    const placementB = await insertPlacement(db, courseB, citizenOtherJobCentre.id, companyB);
    const pools: Record<string, string[]> = {
      coursesForStage: [],
      coursesForEnd: [],
      coursesInAftercare: [],
      deletablePlacementsA: [],
    };
    for (let i = 0; i < POOL; i++) {
      const course = (stage: 'internal_training') =>
        insertCourse(db, {
          citizenId: citizenAtA.id,
          providerId: providerA.id,
          agreementId,
          startsOn: '2026-01-05',
          stage,
        });
      pools.coursesForStage!.push(await course('internal_training'));
      pools.coursesForEnd!.push(await course('internal_training'));
      pools.coursesInAftercare!.push(
        await insertCourseInAftercare(db, citizenAtA.id, providerA.id, agreementId),
      );
      pools.deletablePlacementsA!.push(await insertPlacement(db, courseA, citizenAtA.id, companyA));
    }
    // Keys carry the part's prefix: every module's fixtures share one record.
    return {
      'course.courseA': courseA,
      'course.courseB': courseB,
      'course.companyA': companyA,
      'course.placementA': placementA,
      'course.placementB': placementB,
      'course.treatmentA': await insertTreatmentReferral(db, courseA, citizenAtA.id),
      'course.treatmentB': await insertTreatmentReferral(db, courseB, citizenOtherJobCentre.id),
      ...Object.fromEntries(Object.entries(pools).map(([key, ids]) => [`course.${key}`, ids.join(',')])),
    };
  },
  cases: {
    'GET /api/courses': { own: () => ({ path: '/api/courses?status=all' }) },
    'GET /api/courses/counts': { own: () => ({ path: '/api/courses/counts' }) },
    'GET /api/courses/:id': onCourse(''),
    'PATCH /api/courses/:id': onCourse('', () => ({ plannedEndsOn: '2026-12-31' })),
    'PUT /api/courses/:id/caseworkers': {
      own: (w, f) => ({
        path: `/api/courses/${f['course.courseA']}/caseworkers`,
        body: { userIds: [w.users.caseworker.userId] },
      }),
      other: (w, f) => ({
        path: `/api/courses/${f['course.courseB']}/caseworkers`,
        body: { userIds: [w.users.otherCaseworker.userId] },
      }),
    },
    'GET /api/courses/:id/staff-options': onCourse('/staff-options'),
    'POST /api/courses/:id/stages': {
      own: (_w, f) => ({
        path: `/api/courses/${nextStageCourse(f)}/stages`,
        body: { stage: 'external_internship', startsOn: '2026-03-02' },
      }),
      other: (_w, f) => ({
        path: `/api/courses/${f['course.courseB']}/stages`,
        body: { stage: 'external_internship', startsOn: '2026-03-02' },
      }),
    },
    'POST /api/courses/:id/end': {
      own: (_w, f) => ({
        path: `/api/courses/${nextEndCourse(f)}/end`,
        body: { endsOn: '2026-06-30', endReason: 'job', aftercare: {} },
      }),
      other: (_w, f) => ({
        path: `/api/courses/${f['course.courseB']}/end`,
        body: { endsOn: '2026-06-30', endReason: 'job' },
      }),
    },
    'POST /api/courses/:id/aftercare/end': {
      own: (_w, f) => ({
        path: `/api/courses/${nextAftercareCourse(f)}/aftercare/end`,
        body: { endsOn: '2026-09-30' },
      }),
      other: (_w, f) => ({
        path: `/api/courses/${f['course.courseB']}/aftercare/end`,
        body: { endsOn: '2026-09-30' },
      }),
    },
    'POST /api/courses/:id/placements': {
      own: (_w, f) => ({
        path: `/api/courses/${f['course.courseA']}/placements`,
        body: {
          companyId: f['course.companyA'],
          kind: 'small_job',
          startsOn: '2026-04-01',
          weeklyHours: '7,5',
        },
      }),
      other: (_w, f) => ({
        path: `/api/courses/${f['course.courseB']}/placements`,
        body: { companyId: f['course.companyA'], kind: 'small_job', startsOn: '2026-04-01', weeklyHours: 5 },
      }),
    },
    'PATCH /api/placements/:id': {
      own: (_w, f) => ({ path: `/api/placements/${f['course.placementA']}`, body: { weeklyHours: 10 } }),
      other: (_w, f) => ({ path: `/api/placements/${f['course.placementB']}`, body: { weeklyHours: 10 } }),
    },
    'DELETE /api/placements/:id': {
      own: (_w, f) => ({ path: `/api/placements/${nextDeletablePlacement(f)}` }),
      other: (_w, f) => ({ path: `/api/placements/${f['course.placementB']}` }),
    },
    'POST /api/courses/:id/treatment-referrals': onCourse('/treatment-referrals', () => ({
      referredOn: '2026-02-01',
      outreachWorker: 'Opsøgende team',
    })),
    'PATCH /api/treatment-referrals/:id': {
      own: (_w, f) => ({
        path: `/api/treatment-referrals/${f['course.treatmentA']}`,
        body: { outcome: 'started', outcomeOn: '2026-03-01' },
      }),
      other: (_w, f) => ({
        path: `/api/treatment-referrals/${f['course.treatmentB']}`,
        body: { outcome: 'started', outcomeOn: '2026-03-01' },
      }),
    },
    // Counts only; provider users get their own provider's row (placement.service.test.ts).
    'GET /api/treatment-referrals/summary': {
      own: () => ({ path: '/api/treatment-referrals/summary?from=2026-01-01&to=2026-12-31' }),
    },
  },
};
