import { addDays, todayInCopenhagen } from '../../../shared/dates.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import type { Actor } from '../../platform/context.ts';
import { insertCourse } from '../courses/course.fixtures.ts';
import { JOB_TALK_FOLLOW_UP_SETTING } from '../../../shared/courses/legal-rules.ts';
import { createTalk, getCourseTalks, updateTalk } from './talk.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const db = () => database.db;
const ctxOf = (actor: Actor) => ctxFor(database.db, keys, actor);
const ctx = (who: keyof typeof world.users) => ctxOf(world.users[who]);

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code, ...(fields ? { fields } : {}) });
}

/**
 * A course at provider A of a new citizen of the world's job centre: the talk obligation is the citizen's
 * (their talks on every course count), so each case has a citizen of its own.
 */
async function courseAtA(startsOn: string, values: { endsOn?: string } = {}) {
  const citizen = await insertCitizen(db(), keys, { jobCentreId: world.organisations.jobCentre.id });
  return insertCourse(db(), {
    citizenId: citizen.id,
    providerId: world.organisations.providerA.id,
    caseworkerIds: [world.users.caseworker.userId],
    startsOn,
    ...(values.endsOn ? { endsOn: values.endsOn, endReason: 'dropped_out' as const } : {}),
  });
}

describe('job talks on a course', () => {
  it('computes the first deadline by the rule in force when the course started, before and after the reform', async () => {
    const before = await getCourseTalks(ctx('caseworker'), await courseAtA('2026-03-02'));
    // The period counts from the course start while the first request for help is not recorded (derived).
    // As of today: the first talk within 1 week (LAB § 31, stk. 5) until the first 6 months are over.
    const inPeriod = todayInCopenhagen() <= '2026-09-01';
    expect(before.next).toMatchObject({
      obligation: 'first',
      arose: inPeriod ? '2026-03-02' : '2026-09-02',
      deadline: inPeriod ? '2026-03-09' : null,
      periodStartsOn: '2026-03-02',
      periodDerived: true,
    });
    expect(before.next!.overdue).toBe(inPeriod && '2026-03-09' < todayInCopenhagen());
    expect(before.canManage).toBe(true);

    const after = await getCourseTalks(ctx('caseworker'), await courseAtA('2026-08-03'));
    expect(after.next).toMatchObject({ obligation: 'first', deadline: '2026-08-10' });
    expect(after.next!.ruleSource).toContain('Lov nr. 1750');
  });

  it('shows the rule texts of the next talk and of stored talks in the chosen language', async () => {
    const courseId = await courseAtA('2026-03-02');
    await createTalk(ctx('caseworker'), courseId, { scheduledOn: '2026-03-05', venue: 'provider' });
    const english = await getCourseTalks({ ...ctx('caseworker'), language: 'en' }, courseId);
    expect(english.next!.ruleSource).toMatch(/^(LAB \(Act no\. 548|Act no\. 1750)/);
    expect(english.talks[0]!.ruleSource).toContain('the first job talk no later than 1 week');
    const danish = await getCourseTalks(ctx('caseworker'), courseId);
    expect(danish.talks[0]!.ruleSource).toContain('første jobsamtale senest 1 uge');
  });

  it('stores the obligation and deadline at scheduling and judges the held talk against it', async () => {
    const courseId = await courseAtA('2026-03-02');
    const first = await createTalk(ctx('caseworker'), courseId, {
      scheduledOn: '2026-03-05',
      venue: 'provider',
    });
    expect(first).toMatchObject({
      obligation: 'first',
      deadline: '2026-03-09',
      outcome: 'planned',
      timely: null,
    });
    expect(first.ruleSource).toContain('lov nr. 548');
    const heldFirst = await updateTalk(ctx('caseworker'), first.id, {
      outcome: 'held',
      heldOn: '2026-03-06',
    });
    expect(heldFirst).toMatchObject({ outcome: 'held', heldOn: '2026-03-06', timely: true });

    // Was "3 months after the last talk" (not the law, issue 12): talks 2–4 are due within the first
    // 6 months (LAB § 31, stk. 3), so a talk on 10 June is timely.
    const second = await createTalk(ctx('caseworker'), courseId, {
      scheduledOn: '2026-06-01',
      venue: 'phone',
    });
    expect(second).toMatchObject({ obligation: 'follow_up', deadline: '2026-09-01' });
    expect(
      await updateTalk(ctx('caseworker'), second.id, { outcome: 'held', heldOn: '2026-06-10' }),
    ).toMatchObject({
      timely: true,
    });
    // The period began before the reform: its 4 talks within 6 months still apply after 1 July 2026
    // (transitional rules of lov nr. 1750/2025 not verified).
    const third = await createTalk(ctx('caseworker'), courseId, {
      scheduledOn: '2026-07-20',
      venue: 'video',
    });
    expect(third).toMatchObject({ obligation: 'follow_up', deadline: '2026-09-01' });
    await updateTalk(ctx('caseworker'), third.id, { outcome: 'held', heldOn: '2026-09-03' });
    // After the first 6 months: when needed (§ 32; from the reform, when the municipality judges a need).
    const view = await getCourseTalks(ctx('providerStaff'), courseId);
    const inPeriod = todayInCopenhagen() <= '2026-09-01';
    expect(view.next).toMatchObject({ obligation: 'follow_up', deadline: inPeriod ? '2026-09-01' : null });
    expect(view.canManage).toBe(false);
    expect(view.talks.map((t) => [t.scheduledOn, t.venue, t.outcome, t.timely])).toEqual([
      ['2026-03-05', 'provider', 'held', true],
      ['2026-06-01', 'phone', 'held', true],
      ['2026-07-20', 'video', 'held', false],
    ]);
  });

  it('counts the period from the recorded first request for help', async () => {
    const courseId = await courseAtA('2026-03-02');
    const { citizenId } = await db()
      .selectFrom('course')
      .select('citizenId')
      .where('id', '=', courseId)
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('citizenCircumstance')
      .values({ citizenId, firstRequestOn: '2026-02-16' })
      .onConflict((oc) => oc.column('citizenId').doUpdateSet({ firstRequestOn: '2026-02-16' }))
      .execute();
    // The first talk in person (LAB § 33, stk. 1, lov nr. 295/2023).
    const first = await createTalk(ctx('caseworker'), courseId, {
      scheduledOn: '2026-03-03',
      venue: 'job_centre',
    });
    expect(first).toMatchObject({ obligation: 'first', deadline: '2026-02-23' });
    const next = (await getCourseTalks(ctx('caseworker'), courseId)).next!;
    expect(next).toMatchObject({ periodStartsOn: '2026-02-16', periodDerived: false });
  });

  it('reads the reform follow-up interval from system_setting', async () => {
    const courseId = await courseAtA('2026-07-06');
    const talk = await createTalk(ctx('caseworker'), courseId, {
      scheduledOn: '2026-07-08',
      venue: 'job_centre',
    });
    await updateTalk(ctx('caseworker'), talk.id, { outcome: 'held', heldOn: '2026-07-08' });
    await db().insertInto('systemSetting').values({ key: JOB_TALK_FOLLOW_UP_SETTING, value: '4' }).execute();
    try {
      const next = (await getCourseTalks(ctx('caseworker'), courseId)).next!;
      expect(next.deadline).toBe('2026-11-08');
      expect(next.ruleSource).toContain('Lokalt fastsat');
      // Issue 15 item 4: in English the rule text is English too, the local standard included.
      const english = (await getCourseTalks({ ...ctx('caseworker'), language: 'en' }, courseId)).next!;
      expect(english.ruleSource).toContain('Act no. 1750');
      expect(english.ruleSource).toContain('Set locally (not required by law)');
      expect(english.ruleSource).not.toContain('Lokalt');
      await db()
        .updateTable('systemSetting')
        .set({ value: 'when_needed' })
        .where('key', '=', JOB_TALK_FOLLOW_UP_SETTING)
        .execute();
      expect((await getCourseTalks(ctx('caseworker'), courseId)).next).toMatchObject({
        deadline: null,
        overdue: false,
      });
    } finally {
      await db().deleteFrom('systemSetting').where('key', '=', JOB_TALK_FOLLOW_UP_SETTING).execute();
    }
    // Unset: the law's rule, talks when the municipality judges a need (was "6 months", not the law).
    expect((await getCourseTalks(ctx('caseworker'), courseId)).next!.deadline).toBeNull();
  });

  it('validates outcomes and dates', async () => {
    const courseId = await courseAtA('2026-03-02', { endsOn: '2026-10-30' });
    const talk = await createTalk(ctx('caseworker'), courseId, {
      scheduledOn: '2026-03-04',
      venue: 'provider',
    });
    const cw = ctx('caseworker');
    await expectAppError(updateTalk(cw, talk.id, { outcome: 'held' }), 'VALIDATION_FAILED', {
      heldOn: 'talk.held_on_required',
    });
    await expectAppError(
      updateTalk(cw, talk.id, { outcome: 'held', heldOn: addDays(todayInCopenhagen(), 1) }),
      'VALIDATION_FAILED',
      { heldOn: 'talk.held_on_future' },
    );
    await expectAppError(
      updateTalk(cw, talk.id, { outcome: 'not_attended', heldOn: '2026-03-04' }),
      'VALIDATION_FAILED',
      { heldOn: 'talk.held_on_not_held' },
    );
    await expectAppError(
      createTalk(cw, courseId, { scheduledOn: '2026-03-01', venue: 'phone' }),
      'VALIDATION_FAILED',
      { scheduledOn: 'talk.before_course_start' },
    );
    await expectAppError(
      createTalk(cw, courseId, { scheduledOn: '2026-10-31', venue: 'phone' }),
      'VALIDATION_FAILED',
      { scheduledOn: 'talk.after_course_end' },
    );
    // Held, then re-marked as not attended: the date held goes.
    await updateTalk(cw, talk.id, { outcome: 'held', heldOn: '2026-03-04' });
    expect(await updateTalk(cw, talk.id, { venue: 'job_centre' })).toMatchObject({
      heldOn: '2026-03-04',
      venue: 'job_centre',
    });
    expect(await updateTalk(cw, talk.id, { outcome: 'not_attended' })).toMatchObject({
      outcome: 'not_attended',
      heldOn: null,
      timely: null,
    });
    // An ended course has no next required talk.
    expect((await getCourseTalks(cw, courseId)).next).toBeNull();
  });

  it('lets only the job centre manage talks, and hides other organisations’ courses', async () => {
    const courseId = await courseAtA('2026-03-02');
    const talk = await createTalk(ctx('caseworker'), courseId, {
      scheduledOn: '2026-03-04',
      venue: 'provider',
    });
    await expectAppError(
      createTalk(ctx('providerStaff'), courseId, { scheduledOn: '2026-03-04', venue: 'provider' }),
      'FORBIDDEN',
    );
    await expectAppError(updateTalk(ctx('providerLead'), talk.id, { outcome: 'cancelled' }), 'FORBIDDEN');
    await expectAppError(getCourseTalks(ctx('otherCaseworker'), courseId), 'NOT_FOUND');
    await expectAppError(getCourseTalks(ctx('otherProviderStaff'), courseId), 'NOT_FOUND');
    await expectAppError(updateTalk(ctx('otherCaseworker'), talk.id, { outcome: 'cancelled' }), 'NOT_FOUND');
    await expectAppError(getCourseTalks(ctx('analyst'), courseId), 'NOT_FOUND');
  });

  it('audits reads and changes with the citizen', async () => {
    const courseId = await courseAtA('2026-03-02');
    const talk = await createTalk(ctx('caseworker'), courseId, {
      scheduledOn: '2026-03-04',
      venue: 'provider',
    });
    await updateTalk(ctx('caseworker'), talk.id, { outcome: 'cancelled' });
    await getCourseTalks(ctx('providerStaff'), courseId);
    const rows = await db()
      .selectFrom('auditEvent')
      .select(['action', 'actorUsername', 'citizenId'])
      .where('entityType', '=', 'job_talk')
      .where((eb) => eb.or([eb('entityId', '=', talk.id), eb('entityId', '=', courseId)]))
      .orderBy('seq')
      .execute();
    const { citizenId } = await db()
      .selectFrom('course')
      .select('citizenId')
      .where('id', '=', courseId)
      .executeTakeFirstOrThrow();
    expect(rows).toEqual([
      { action: 'create', actorUsername: world.users.caseworker.username, citizenId },
      { action: 'update', actorUsername: world.users.caseworker.username, citizenId },
      { action: 'read', actorUsername: world.users.providerStaff.username, citizenId },
    ]);
  });
});

describe('call-ins to the first talk (issue 12)', () => {
  it('refuses a second call-in to a planned first talk, and allows one after a no-show or cancellation', async () => {
    const courseId = await courseAtA('2026-04-06');
    const cw = ctx('caseworker');
    const first = await createTalk(cw, courseId, { scheduledOn: '2026-04-08', venue: 'provider' });
    expect(first.obligation).toBe('first');
    await expectAppError(
      createTalk(cw, courseId, { scheduledOn: '2026-04-09', venue: 'job_centre' }),
      'CONFLICT',
      {
        scheduledOn: 'talk.duplicate_first',
      },
    );
    // A no-show is not a planned call-in: the citizen is called in again.
    await updateTalk(cw, first.id, { outcome: 'not_attended' });
    const again = await createTalk(cw, courseId, { scheduledOn: '2026-04-10', venue: 'job_centre' });
    expect(again.obligation).toBe('first');
    await updateTalk(cw, again.id, { outcome: 'held', heldOn: '2026-04-10' });
    // Later talks are "at least 4 in 6 months": two planned follow-ups are both lawful.
    await createTalk(cw, courseId, { scheduledOn: '2026-05-04', venue: 'phone' });
    await createTalk(cw, courseId, { scheduledOn: '2026-06-01', venue: 'video' });
  });

  it("refuses a first talk by phone or video from lov nr. 295/2023, in person or later talks by the citizen's choice", async () => {
    const cw = ctx('caseworker');
    const courseId = await courseAtA('2026-05-04');
    for (const venue of ['phone', 'video'] as const) {
      await expectAppError(
        createTalk(cw, courseId, { scheduledOn: '2026-05-05', venue }),
        'VALIDATION_FAILED',
        {
          venue: 'talk.first_in_person',
        },
      );
    }
    const first = await createTalk(cw, courseId, { scheduledOn: '2026-05-05', venue: 'provider' });
    await expectAppError(updateTalk(cw, first.id, { venue: 'video' }), 'VALIDATION_FAILED', {
      venue: 'talk.first_in_person',
    });
    // Before the rule (not sourced): not checked.
    const old = await courseAtA('2022-03-07', { endsOn: '2022-12-30' });
    expect(await createTalk(cw, old, { scheduledOn: '2022-03-08', venue: 'phone' })).toMatchObject({
      obligation: 'first',
      venue: 'phone',
    });
  });
});
