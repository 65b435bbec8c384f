// Authorisation-matrix cases of the courses module's documentation routes. "Own" is a course of the job
// centre's citizen at provider A; "other" the other job centre's citizen's course at provider B, which
// every scoped role must get 404 for. Entries are written and deleted by the provider, plan starts by
// the job centre; the delete routes use pools of records.
import { ROLES, type Role } from '../../../src/shared/permissions.ts';
import { encrypt } from '../../../src/server/platform/crypto/keys.ts';
import type { Db } from '../../../src/server/platform/db/client.ts';
import { insertCourse, insertCourseAgreement } from '../../../src/server/modules/courses/course.fixtures.ts';
import type { Fixtures, MatrixModule, RouteCase } from './matrix-types.ts';

/** Records used up by mutating cases: more than the calls a full run makes. */
const POOL = 14;

/**
 * Only an entry's author may delete it, and a case's own() does not know who asks. It is called once by
 * the anonymous test and then once per role in ROLES order (authorisation-matrix.test.ts), so the n-th
 * entry of the pool is written by the user the n-th call signs in as (provider staff when that role
 * cannot delete anyway).
 */
const DELETE_CALLERS: readonly (Role | null)[] = [null, ...ROLES];

function takeFrom(fixtureKey: string) {
  let next = 0;
  return (fixtures: Fixtures) => fixtures[fixtureKey]!.split(',')[next++ % POOL]!;
}

const nextDeletableEntry = takeFrom('docDeletableEntriesA');
const nextDeletablePlan = takeFrom('docDeletablePlansA');

async function insertEntry(
  db: Db,
  keys: Parameters<typeof encrypt>[0],
  courseId: string,
  citizenId: string,
  authorUserId: string,
) {
  const row = await db
    .insertInto('courseEntry')
    .values({
      courseId,
      citizenId,
      entryOn: '2026-03-10',
      kind: 'task',
      textEncrypted: encrypt(keys, 'Matrix-opgave'),
      authorUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertPlan(db: Db, courseId: string, citizenId: string) {
  const row = await db
    .insertInto('planStart')
    .values({ courseId, citizenId, planType: 'samlet_beskrivelse', startedOn: '2026-03-15' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const onCourse = (suffix: string, body?: unknown): RouteCase => ({
  own: (_w, f) => ({ path: `/api/courses/${f.docCourseA}${suffix}`, body }),
  other: (_w, f) => ({ path: `/api/courses/${f.docCourseB}${suffix}`, body }),
});

export const documentationMatrix: MatrixModule = {
  async prepare(db, keys, world) {
    const { providerA, providerB } = world.organisations;
    const { citizenAtA, citizenOtherJobCentre } = world.citizens;
    const { users } = world;
    const agreementA = await insertCourseAgreement(db, providerA.id);
    const agreementB = await insertCourseAgreement(db, providerB.id);
    const courseA = await insertCourse(db, {
      citizenId: citizenAtA.id,
      providerId: providerA.id,
      agreementId: agreementA.agreementId,
      mentorUserId: users.providerStaff.userId,
      caseworkerIds: [users.caseworker.userId],
      startsOn: '2026-03-02',
    });
    const courseB = await insertCourse(db, {
      citizenId: citizenOtherJobCentre.id,
      providerId: providerB.id,
      agreementId: agreementB.agreementId,
      mentorUserId: users.otherProviderStaff.userId,
      caseworkerIds: [users.otherCaseworker.userId],
      startsOn: '2026-03-02',
    });
    const authorFor = (role: Role | null) =>
      role === 'provider_lead' ? users.providerLead.userId : users.providerStaff.userId;
    const entries: string[] = [];
    const plans: string[] = [];
    for (let i = 0; i < POOL; i++) {
      const caller = DELETE_CALLERS[i % DELETE_CALLERS.length] ?? null;
      entries.push(await insertEntry(db, keys, courseA, citizenAtA.id, authorFor(caller)));
      plans.push(await insertPlan(db, courseA, citizenAtA.id));
    }
    return {
      docCourseA: courseA,
      docCourseB: courseB,
      docEntryB: await insertEntry(
        db,
        keys,
        courseB,
        citizenOtherJobCentre.id,
        users.otherProviderStaff.userId,
      ),
      docPlanB: await insertPlan(db, courseB, citizenOtherJobCentre.id),
      docDeletableEntriesA: entries.join(','),
      docDeletablePlansA: plans.join(','),
    };
  },
  cases: {
    'GET /api/courses/:id/entries': onCourse('/entries?kind=task'),
    'POST /api/courses/:id/entries': onCourse('/entries', {
      entryOn: '2026-03-20',
      kind: 'attendance',
      attended: true,
      setting: 'training',
      text: 'Mødte til tiden',
    }),
    'DELETE /api/entries/:id': {
      own: (_w, f) => ({ path: `/api/entries/${nextDeletableEntry(f)}` }),
      other: (_w, f) => ({ path: `/api/entries/${f.docEntryB}` }),
    },
    'GET /api/courses/:id/work-capacity': onCourse('/work-capacity'),
    'PUT /api/courses/:id/work-capacity': onCourse('/work-capacity', {
      work: { resources: 'Mødestabil', challenges: 'Tempo' },
      ownWishes: 'Job i køkken',
    }),
    'GET /api/courses/:id/final-report': onCourse('/final-report'),
    'PUT /api/courses/:id/final-report': onCourse('/final-report', { summary: 'Kladde' }),
    'GET /api/courses/:id/plans': onCourse('/plans'),
    'POST /api/courses/:id/plans': onCourse('/plans', { startedOn: '2026-03-15' }),
    'DELETE /api/plans/:id': {
      own: (_w, f) => ({ path: `/api/plans/${nextDeletablePlan(f)}` }),
      other: (_w, f) => ({ path: `/api/plans/${f.docPlanB}` }),
    },
    'GET /api/courses/:id/plan-input.pdf': onCourse('/plan-input.pdf?date=2026-03-01'),
  },
};
