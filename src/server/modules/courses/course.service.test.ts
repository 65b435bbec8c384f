import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import { withActorTransaction } from '../../platform/context.ts';
import { insertCourse, insertCourseAgreement } from './course.fixtures.ts';
import {
  changeStage,
  countCourses,
  endAftercare,
  endCourse,
  getCourse,
  getStaffOptions,
  listCourses,
  setCaseworkers,
  updateCourse,
} from './course.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
let agreementA: string;
/** citizenAtA's course at provider A, and the same citizen's course at provider B. */
let courseA: string;
let courseSameCitizenAtB: string;
/** The other job centre's citizen at provider B. */
let courseB: string;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const { providerA, providerB } = world.organisations;
  agreementA = (await insertCourseAgreement(database.db, providerA.id)).agreementId;
  courseA = await insertCourse(database.db, {
    citizenId: world.citizens.citizenAtA.id,
    providerId: providerA.id,
    agreementId: agreementA,
    mentorUserId: world.users.providerStaff.userId,
    caseworkerIds: [world.users.caseworker.userId],
    startsOn: '2026-01-05',
  });
  courseSameCitizenAtB = await insertCourse(database.db, {
    citizenId: world.citizens.citizenAtA.id,
    providerId: providerB.id,
    startsOn: '2025-01-06',
    endsOn: '2025-06-30',
    endReason: 'dropped_out',
  });
  courseB = await insertCourse(database.db, {
    citizenId: world.citizens.citizenOtherJobCentre.id,
    providerId: providerB.id,
    startsOn: '2026-01-05',
  });
});
afterAll(() => database?.close());

type Who = keyof typeof world.users;
const ctx = (who: Who, language: 'da' | 'en' = 'da') => ({
  ...ctxFor(database.db, keys, world.users[who]),
  language,
});

async function expectAppError(promise: Promise<unknown>, expected: Record<string, unknown>) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject(expected);
}

/** A fresh course of a fresh citizen of the job centre at provider A. */
async function newCourse(
  values: { startsOn?: string; stage?: 'internal_training' | 'external_internship' } = {},
) {
  const citizen = await insertCitizen(database.db, keys, { jobCentreId: world.organisations.jobCentre.id });
  return insertCourse(database.db, {
    citizenId: citizen.id,
    providerId: world.organisations.providerA.id,
    agreementId: agreementA,
    startsOn: values.startsOn ?? '2026-01-05',
    ...(values.stage ? { stage: values.stage } : {}),
  });
}

describe('the course list', () => {
  it("shows a provider its own courses only, not the same citizen's course at another provider", async () => {
    const list = await listCourses(ctx('providerStaff'), { status: 'all' });
    const ids = list.items.map((c) => c.id);
    expect(ids).toContain(courseA);
    expect(ids).not.toContain(courseSameCitizenAtB);
    expect(ids).not.toContain(courseB);
  });

  it("shows a job centre its citizens' courses at every provider", async () => {
    const ids = (await listCourses(ctx('caseworker'), { status: 'all' })).items.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([courseA, courseSameCitizenAtB]));
    expect(ids).not.toContain(courseB);
  });

  it('filters by status and citizen name, with the current stage and mentor', async () => {
    const active = await listCourses(ctx('caseworker'), {
      status: 'active',
      q: world.citizens.citizenAtA.name,
    });
    expect(active.items.map((c) => c.id)).toEqual([courseA]);
    expect(active.items[0]).toMatchObject({
      citizen: { id: world.citizens.citizenAtA.id, name: world.citizens.citizenAtA.name },
      provider: { id: world.organisations.providerA.id },
      stage: 'internal_training',
      mentor: { id: world.users.providerStaff.userId },
      startsOn: '2026-01-05',
    });
    const ended = await listCourses(ctx('caseworker'), { status: 'ended', q: world.citizens.citizenAtA.cpr });
    expect(ended.items.map((c) => c.id)).toEqual([courseSameCitizenAtB]);
  });

  it('audits the search with its criteria and the citizens shown, never the raw CPR number', async () => {
    const who = ctx('caseworker');
    await listCourses(who, { status: 'all', q: world.citizens.citizenAtA.cpr });
    const row = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'entityType', 'resultCitizenIds', 'criteria'])
      .where('requestId', '=', who.requestId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ action: 'search', entityType: 'course' });
    expect(row.resultCitizenIds).toEqual([world.citizens.citizenAtA.id]);
    expect(JSON.stringify(row.criteria)).not.toContain(world.citizens.citizenAtA.cpr.slice(0, 6));
    expect(row.criteria).toMatchObject({ status: 'all', resultCount: 2 });
  });

  it('counts running courses and courses in aftercare', async () => {
    const counts = await countCourses(ctx('providerStaff'));
    expect(counts.active).toBeGreaterThanOrEqual(1);
    expect(counts.aftercare).toBeGreaterThanOrEqual(0);
  });
});

describe('the course page', () => {
  it('shows the citizen, provider, agreement, people and stages, and audits the read', async () => {
    const who = ctx('caseworker');
    const detail = await getCourse(who, courseA);
    expect(detail).toMatchObject({
      side: 'job_centre',
      status: 'active',
      citizen: { id: world.citizens.citizenAtA.id, district: 'Valby' },
      provider: { id: world.organisations.providerA.id },
      jobCentre: { id: world.organisations.jobCentre.id },
      agreement: { id: agreementA, tenderAreaName: 'Udsatte borgere' },
      referral: null,
      mentor: { id: world.users.providerStaff.userId },
      caseworkers: [{ id: world.users.caseworker.userId }],
      currentStage: 'internal_training',
      stages: [{ stage: 'internal_training', startsOn: '2026-01-05', endsOn: null }],
    });
    expect(detail.citizen.cpr).toMatch(/^\d{6}-\d{4}$/);
    expect(detail.nextStages).toContain('external_internship');
    expect(detail.nextStages).not.toContain('aftercare');
    const audit = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'entityType', 'entityId', 'citizenId'])
      .where('requestId', '=', who.requestId)
      .execute();
    expect(audit).toEqual([
      { action: 'read', entityType: 'course', entityId: courseA, citizenId: world.citizens.citizenAtA.id },
    ]);
    expect((await getCourse(ctx('providerLead'), courseA)).side).toBe('provider');
  });

  it('answers 404 to another provider, another job centre and the administration', async () => {
    for (const who of ['otherProviderStaff', 'otherCaseworker', 'analyst'] as const) {
      await expectAppError(getCourse(ctx(who), courseA), { code: 'NOT_FOUND' });
    }
  });

  it("lets row-level security hide provider A's course from provider B even without the application's filter", async () => {
    // A citizen with no referral or course at provider B (the next test: a citizen at both).
    const id = await newCourse();
    const rows = await withActorTransaction(ctx('otherProviderStaff'), (tx) =>
      tx.selectFrom('course').select('id').where('id', '=', id).execute(),
    );
    expect(rows).toEqual([]);
    const stages = await withActorTransaction(ctx('otherProviderStaff'), (tx) =>
      sql<{ n: number }>`SELECT count(*)::int AS n FROM course_stage WHERE course_id = ${id}`.execute(tx),
    );
    expect(stages.rows[0]!.n).toBe(0);
    const own = await withActorTransaction(ctx('providerStaff'), (tx) =>
      tx.selectFrom('course').select('id').where('id', '=', id).execute(),
    );
    expect(own).toEqual([{ id }]);
  });

  it("hides another provider's course rows of a citizen both providers work with, even without the application's filter", async () => {
    const citizen = await insertCitizen(database.db, keys, { jobCentreId: world.organisations.jobCentre.id });
    const atA = await insertCourse(database.db, {
      citizenId: citizen.id,
      providerId: world.organisations.providerA.id,
      agreementId: agreementA,
      startsOn: '2025-01-06',
      endsOn: '2025-06-30',
      endReason: 'dropped_out',
    });
    const atB = await insertCourse(database.db, {
      citizenId: citizen.id,
      providerId: world.organisations.providerB.id,
      startsOn: '2026-01-05',
    });
    const seen = (user: 'providerStaff' | 'otherProviderStaff' | 'caseworker') =>
      withActorTransaction(ctx(user), async (tx) => ({
        courses: (await tx.selectFrom('course').select('id').where('citizenId', '=', citizen.id).execute())
          .map((r) => r.id)
          .sort(),
        stages: (
          await tx.selectFrom('courseStage').select('courseId').where('citizenId', '=', citizen.id).execute()
        )
          .map((r) => r.courseId)
          .sort(),
      }));
    expect(await seen('providerStaff')).toEqual({ courses: [atA], stages: [atA] });
    expect(await seen('otherProviderStaff')).toEqual({ courses: [atB], stages: [atB] });
    expect((await seen('caseworker')).courses).toEqual([atA, atB].sort());
  });
});

describe('mentor, planned end and caseworkers', () => {
  it("sets the mentor to an active user of the provider and refuses anyone else's", async () => {
    const id = await newCourse();
    const detail = await updateCourse(ctx('providerStaff'), id, {
      mentorUserId: world.users.providerLead.userId,
      plannedEndsOn: '2026-12-31',
    });
    expect(detail).toMatchObject({
      mentor: { id: world.users.providerLead.userId },
      plannedEndsOn: '2026-12-31',
    });
    for (const user of ['otherProviderStaff', 'caseworker'] as const) {
      await expectAppError(
        updateCourse(ctx('providerStaff'), id, { mentorUserId: world.users[user].userId }),
        {
          code: 'VALIDATION_FAILED',
          fields: { mentorUserId: 'course.mentor_invalid' },
        },
      );
    }
    await expectAppError(updateCourse(ctx('providerStaff'), id, { plannedEndsOn: '2025-12-31' }), {
      fields: { plannedEndsOn: 'course.planned_end_before_start' },
    });
    await expectAppError(updateCourse(ctx('caseworker'), id, { plannedEndsOn: '2026-12-31' }), {
      code: 'FORBIDDEN',
    });
  });

  it("sets one or two caseworkers of the citizen's job centre, on the job centre's side only", async () => {
    const id = await newCourse();
    const detail = await setCaseworkers(ctx('caseworker'), id, { userIds: [world.users.caseworker.userId] });
    expect(detail.caseworkers.map((c) => c.id)).toEqual([world.users.caseworker.userId]);
    await expectAppError(
      setCaseworkers(ctx('caseworker'), id, {
        userIds: [world.users.caseworker.userId, world.users.otherCaseworker.userId],
      }),
      { code: 'VALIDATION_FAILED', fields: { userIds: 'course.caseworkers_invalid' } },
    );
    await expectAppError(
      setCaseworkers(ctx('caseworker'), id, { userIds: [world.users.providerStaff.userId] }),
      {
        fields: { userIds: 'course.caseworkers_invalid' },
      },
    );
    await expectAppError(
      setCaseworkers(ctx('providerStaff'), id, { userIds: [world.users.caseworker.userId] }),
      {
        code: 'FORBIDDEN',
      },
    );
  });

  it("offers only the user's own organisation's staff", async () => {
    const provider = await getStaffOptions(ctx('providerStaff'), courseA);
    expect(provider.caseworkers).toEqual([]);
    expect(provider.mentors.map((m) => m.id).sort()).toEqual(
      [world.users.providerStaff.userId, world.users.providerLead.userId].sort(),
    );
    const jobCentre = await getStaffOptions(ctx('caseworker'), courseA);
    expect(jobCentre.mentors).toEqual([]);
    expect(jobCentre.caseworkers.map((c) => c.id)).toEqual([world.users.caseworker.userId]);
    await expectAppError(getStaffOptions(ctx('otherProviderStaff'), courseA), { code: 'NOT_FOUND' });
  });
});

describe('stages', () => {
  it('moves to a legal stage, closing the current one the day before', async () => {
    const id = await newCourse();
    const detail = await changeStage(ctx('providerStaff'), id, {
      stage: 'external_internship',
      startsOn: '2026-03-02',
    });
    expect(detail.stages).toMatchObject([
      { stage: 'internal_training', startsOn: '2026-01-05', endsOn: '2026-03-01' },
      { stage: 'external_internship', startsOn: '2026-03-02', endsOn: null },
    ]);
    expect(detail.currentStage).toBe('external_internship');
    const same = await changeStage(ctx('providerStaff'), id, { stage: 'small_job', startsOn: '2026-03-02' });
    expect(same.stages.at(-2)).toMatchObject({ stage: 'external_internship', endsOn: '2026-03-02' });
  });

  it('refuses an illegal transition with the reason in the user language', async () => {
    const id = await newCourse();
    await changeStage(ctx('providerStaff'), id, { stage: 'job', startsOn: '2026-04-01' });
    await expectAppError(
      changeStage(ctx('providerStaff'), id, { stage: 'internal_training', startsOn: '2026-05-01' }),
      {
        code: 'INVALID_STATE',
        fields: { stage: 'Et forløb kan ikke gå fra job til intern træningsbane.' },
      },
    );
    await expectAppError(
      changeStage(ctx('providerStaff', 'en'), id, { stage: 'internal_training', startsOn: '2026-05-01' }),
      { fields: { stage: 'A course cannot move from a job to the internal training track.' } },
    );
    await expectAppError(
      changeStage(ctx('providerStaff'), id, { stage: 'aftercare', startsOn: '2026-05-01' }),
      {
        code: 'INVALID_STATE',
        fields: { stage: 'course.stage_aftercare_by_end' },
      },
    );
  });

  it('refuses a start before the current stage or the course, with the date', async () => {
    const id = await newCourse();
    await changeStage(ctx('providerStaff'), id, { stage: 'external_internship', startsOn: '2026-03-02' });
    await expectAppError(
      changeStage(ctx('providerStaff'), id, { stage: 'small_job', startsOn: '2026-03-01' }),
      {
        code: 'VALIDATION_FAILED',
        fields: { startsOn: 'course.stage_before_current' },
        params: { date: '02-03-2026' },
      },
    );
    const other = await newCourse();
    await expectAppError(
      changeStage(ctx('providerStaff', 'en'), other, { stage: 'small_job', startsOn: '2026-01-04' }),
      { fields: { startsOn: 'course.before_course_start' }, params: { date: '5 Jan 2026' } },
    );
  });

  it("leaves stages to the provider: the job centre and other providers can't change them", async () => {
    await expectAppError(changeStage(ctx('caseworker'), courseA, { stage: 'job', startsOn: '2026-05-01' }), {
      code: 'FORBIDDEN',
    });
    await expectAppError(
      changeStage(ctx('otherProviderStaff'), courseA, { stage: 'job', startsOn: '2026-05-01' }),
      {
        code: 'NOT_FOUND',
      },
    );
  });
});

describe('ending and aftercare', () => {
  it('ends with a job and aftercare from the next day, 3 months by default, then ends aftercare', async () => {
    const id = await newCourse();
    await changeStage(ctx('providerStaff'), id, { stage: 'job', startsOn: '2026-06-01' });
    const ended = await endCourse(ctx('providerStaff'), id, {
      endsOn: '2026-06-30',
      endReason: 'job',
      aftercare: {},
    });
    expect(ended).toMatchObject({
      status: 'aftercare',
      endsOn: '2026-06-30',
      endReason: 'job',
      aftercareStartsOn: '2026-07-01',
      aftercarePlannedEndsOn: '2026-09-30',
      aftercareEndsOn: null,
      nextStages: [],
    });
    expect(ended.stages.slice(-2)).toMatchObject([
      { stage: 'job', startsOn: '2026-06-01', endsOn: '2026-06-30' },
      { stage: 'aftercare', startsOn: '2026-07-01', endsOn: null },
    ]);
    expect(
      (await listCourses(ctx('providerStaff'), { status: 'aftercare' })).items.map((c) => c.id),
    ).toContain(id);
    await expectAppError(
      changeStage(ctx('providerStaff'), id, { stage: 'education', startsOn: '2026-08-01' }),
      {
        code: 'INVALID_STATE',
        message: 'course.ended',
      },
    );
    await expectAppError(endAftercare(ctx('providerStaff'), id, { endsOn: '2026-06-30' }), {
      fields: { endsOn: 'course.aftercare_end_before_start' },
    });
    const done = await endAftercare(ctx('providerStaff'), id, { endsOn: '2026-09-15' });
    expect(done).toMatchObject({ status: 'ended', aftercareEndsOn: '2026-09-15' });
    expect(done.stages.at(-1)).toMatchObject({ stage: 'aftercare', endsOn: '2026-09-15' });
    await expectAppError(endAftercare(ctx('providerStaff'), id, { endsOn: '2026-09-20' }), {
      code: 'INVALID_STATE',
      message: 'course.not_in_aftercare',
    });
  });

  it('keeps a chosen planned end of aftercare', async () => {
    const id = await newCourse();
    const ended = await endCourse(ctx('providerStaff'), id, {
      endsOn: '2026-06-30',
      endReason: 'education',
      aftercare: { plannedEndsOn: '2026-12-31' },
    });
    expect(ended.aftercarePlannedEndsOn).toBe('2026-12-31');
  });

  it('ends without aftercare, closing the current stage on the last day', async () => {
    const id = await newCourse();
    const ended = await endCourse(ctx('providerLead'), id, { endsOn: '2026-04-30', endReason: 'moved' });
    expect(ended).toMatchObject({ status: 'ended', endReason: 'moved', aftercareStartsOn: null });
    expect(ended.stages).toMatchObject([{ stage: 'internal_training', endsOn: '2026-04-30' }]);
    await expectAppError(endCourse(ctx('providerLead'), id, { endsOn: '2026-05-30', endReason: 'moved' }), {
      code: 'INVALID_STATE',
    });
  });

  it('refuses aftercare after dropping out, and an end before the current stage began', async () => {
    const id = await newCourse();
    await expectAppError(
      endCourse(ctx('providerStaff'), id, { endsOn: '2026-04-30', endReason: 'dropped_out', aftercare: {} }),
      { code: 'VALIDATION_FAILED', fields: { aftercare: 'course.aftercare_not_allowed' } },
    );
    await changeStage(ctx('providerStaff'), id, { stage: 'small_job', startsOn: '2026-04-01' });
    await expectAppError(
      endCourse(ctx('providerStaff'), id, { endsOn: '2026-03-31', endReason: 'small_job' }),
      {
        fields: { endsOn: 'course.end_before_stage' },
      },
    );
    expect((await getCourse(ctx('providerStaff'), id)).status).toBe('active');
  });
});
