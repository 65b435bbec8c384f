// Job talks on the citizen page (services/citizen-talks.ts): talks with or without a course, the benefit
// period with where its start comes from (recorded, the register, the course start), the same refusals as
// on the course page, and the citizen's row scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import type { Actor } from '../../platform/context.ts';
import {
  insertFixtureCodebook,
  insertImportBatch,
  insertRegisterPerson,
} from '../outcomes/outcome.fixtures.ts';
import { insertCourse } from '../courses/course.fixtures.ts';
import { createCitizenTalk, getCitizenTalks, getCourseTalks, updateTalk } from './talk.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  await insertFixtureCodebook(database.db);
  // A second benefit code, so a change of benefit can be told (the fixtures' 130 is kontanthjælp).
  await database.db
    .insertInto('registerCode')
    .values({ code: '740', meaning: 'Ledighedsydelse', category: 'benefit' })
    .execute();
});
afterAll(() => database?.close());

const db = () => database.db;
const ctxOf = (actor: Actor) => ctxFor(database.db, keys, actor);
const ctx = (who: keyof typeof world.users) => ctxOf(world.users[who]);

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code, ...(fields ? { fields } : {}) });
}

async function citizen(values: { firstRequestOn?: string } = {}) {
  const row = await insertCitizen(db(), keys, { jobCentreId: world.organisations.jobCentre.id });
  if (values.firstRequestOn)
    await db()
      .insertInto('citizenCircumstance')
      .values({ citizenId: row.id, firstRequestOn: values.firstRequestOn })
      .execute();
  return row;
}

describe('job talks of a citizen, with or without a course', () => {
  it('schedules talks without a course from the recorded first request, and the course page counts them', async () => {
    const { id } = await citizen({ firstRequestOn: '2026-02-16' });
    const cw = ctx('caseworker');
    const view = await getCitizenTalks(cw, id);
    expect(view.period).toEqual({ startsOn: '2026-02-16', source: 'recorded' });
    // As of today (after the first 6 months): no fixed deadline, so nothing is overdue.
    expect(view.next).toMatchObject({ obligation: 'first', periodSource: 'recorded', periodDerived: false });
    expect(view.canManage).toBe(true);

    // The first talk in person (LAB § 33, stk. 1), and only one call-in to it.
    await expectAppError(
      createCitizenTalk(cw, id, { scheduledOn: '2026-02-18', venue: 'phone' }),
      'VALIDATION_FAILED',
      { venue: 'talk.first_in_person' },
    );
    const first = await createCitizenTalk(cw, id, { scheduledOn: '2026-02-18', venue: 'job_centre' });
    expect(first).toMatchObject({ courseId: null, obligation: 'first', deadline: '2026-02-23' });
    await expectAppError(
      createCitizenTalk(cw, id, { scheduledOn: '2026-02-20', venue: 'job_centre' }),
      'CONFLICT',
      { scheduledOn: 'talk.duplicate_first' },
    );
    expect(await updateTalk(cw, first.id, { outcome: 'held', heldOn: '2026-02-19' })).toMatchObject({
      timely: true,
    });

    // A course starting later: the first talk held before it meets the obligation (no false overdue).
    const courseId = await insertCourse(db(), {
      citizenId: id,
      providerId: world.organisations.providerA.id,
      startsOn: '2026-03-02',
    });
    const onCourse = await createCitizenTalk(cw, id, {
      scheduledOn: '2026-03-10',
      venue: 'video',
      courseId,
    });
    expect(onCourse).toMatchObject({ courseId, obligation: 'follow_up', deadline: '2026-08-15' });
    const course = await getCourseTalks(cw, courseId);
    expect(course.next).toMatchObject({
      obligation: 'follow_up',
      periodStartsOn: '2026-02-16',
      overdue: false,
    });
    expect(course.talks.map((t) => t.id)).toEqual([onCourse.id]);
    // After the course: still the citizen's, without a course.
    const after = await createCitizenTalk(cw, id, { scheduledOn: '2026-12-01', venue: 'phone' });
    expect(after.courseId).toBeNull();
    expect((await getCitizenTalks(cw, id)).talks.map((t) => t.scheduledOn)).toEqual([
      '2026-02-18',
      '2026-03-10',
      '2026-12-01',
    ]);
  });

  it('derives the period from the register, and a change of benefit calls for a new first talk', async () => {
    const person = await citizen();
    const batchId = await insertImportBatch(db());
    // Kontanthjælp (130) from Monday 1 Jan 2024 for 8 weeks, then ledighedsydelse (740) from 26 Feb 2024.
    const codes: Record<string, number> = {};
    for (let week = 8; week < 30; week++)
      codes[new Date(Date.UTC(2024, 0, 1 + week * 7)).toISOString().slice(0, 10)] = 740;
    await insertRegisterPerson(db(), keys, person.cpr, {
      batchId,
      firstWeekMonday: '2024-01-01',
      weeks: 30,
      codes,
    });
    const cw = ctx('caseworker');
    const view = await getCitizenTalks(cw, person.id);
    // The extract ended in 2024: its last run precedes today.
    expect(view.period).toEqual({ startsOn: '2024-02-26', source: 'register' });
    expect(view.next).toMatchObject({ periodDerived: true, deadline: null, overdue: false });

    const first = await createCitizenTalk(cw, person.id, { scheduledOn: '2024-01-04', venue: 'job_centre' });
    expect(first).toMatchObject({ obligation: 'first', deadline: '2024-01-08' });
    await updateTalk(cw, first.id, { outcome: 'held', heldOn: '2024-01-04' });
    // On the new benefit the period starts again (LAB § 9): a first talk within a week of 26 Feb.
    const again = await createCitizenTalk(cw, person.id, { scheduledOn: '2024-02-28', venue: 'provider' });
    expect(again).toMatchObject({ obligation: 'first', deadline: '2024-03-04' });
  });

  it('refuses a talk when nothing tells the period, and a course that is not the citizen’s', async () => {
    const { id } = await citizen();
    const cw = ctx('caseworker');
    expect(await getCitizenTalks(cw, id)).toMatchObject({ period: null, next: null, talks: [] });
    await expectAppError(
      createCitizenTalk(cw, id, { scheduledOn: '2026-03-03', venue: 'job_centre' }),
      'VALIDATION_FAILED',
      { scheduledOn: 'talk.period_unknown' },
    );
    const other = await citizen();
    const othersCourse = await insertCourse(db(), {
      citizenId: other.id,
      providerId: world.organisations.providerA.id,
      startsOn: '2026-03-02',
    });
    await expectAppError(
      createCitizenTalk(cw, id, { scheduledOn: '2026-03-03', venue: 'job_centre', courseId: othersCourse }),
      'VALIDATION_FAILED',
      { courseId: 'talk.course_not_citizen' },
    );
    // The citizen's own course: its start stands in for the period (derived).
    const own = await insertCourse(db(), {
      citizenId: id,
      providerId: world.organisations.providerA.id,
      startsOn: '2026-03-02',
    });
    const talk = await createCitizenTalk(cw, id, { scheduledOn: '2026-03-03', venue: 'job_centre' });
    expect(talk).toMatchObject({ courseId: null, obligation: 'first', deadline: '2026-03-09' });
    expect((await getCitizenTalks(cw, id)).period).toEqual({
      startsOn: '2026-03-02',
      source: 'course_start',
    });
    expect((await getCitizenTalks(cw, id)).courses.map((c) => c.id)).toEqual([own]);
  });

  it('shows a provider only talks without a course and on its own courses, and lets only the job centre schedule', async () => {
    const { id } = await citizen({ firstRequestOn: '2026-01-05' });
    const { providerA, providerB } = world.organisations;
    const courseA = await insertCourse(db(), {
      citizenId: id,
      providerId: providerA.id,
      startsOn: '2026-01-12',
    });
    const courseB = await insertCourse(db(), {
      citizenId: id,
      providerId: providerB.id,
      startsOn: '2026-05-04',
    });
    const cw = ctx('caseworker');
    const none = await createCitizenTalk(cw, id, { scheduledOn: '2026-01-07', venue: 'job_centre' });
    await updateTalk(cw, none.id, { outcome: 'held', heldOn: '2026-01-07' });
    const onA = await createCitizenTalk(cw, id, {
      scheduledOn: '2026-02-02',
      venue: 'phone',
      courseId: courseA,
    });
    const onB = await createCitizenTalk(cw, id, {
      scheduledOn: '2026-05-06',
      venue: 'phone',
      courseId: courseB,
    });
    expect((await getCitizenTalks(cw, id)).talks.map((t) => t.id)).toEqual([none.id, onA.id, onB.id]);

    const seenByA = await getCitizenTalks(ctx('providerStaff'), id);
    expect(seenByA.talks.map((t) => t.id)).toEqual([none.id, onA.id]);
    expect(seenByA.courses.map((c) => c.id)).toEqual([courseA]);
    expect(seenByA.canManage).toBe(false);
    const seenByB = await getCitizenTalks(ctx('otherProviderStaff'), id);
    expect(seenByB.talks.map((t) => t.id)).toEqual([none.id, onB.id]);

    await expectAppError(
      createCitizenTalk(ctx('providerStaff'), id, { scheduledOn: '2026-06-01', venue: 'provider' }),
      'FORBIDDEN',
    );
    await expectAppError(getCitizenTalks(ctx('otherCaseworker'), id), 'NOT_FOUND');
    await expectAppError(getCitizenTalks(ctx('analyst'), id), 'NOT_FOUND');
    await expectAppError(
      createCitizenTalk(ctx('otherCaseworker'), id, { scheduledOn: '2026-06-01', venue: 'provider' }),
      'NOT_FOUND',
    );
    await expectAppError(updateTalk(ctx('otherCaseworker'), none.id, { outcome: 'cancelled' }), 'NOT_FOUND');
    const unlinked = world.citizens.citizenUnlinked.id;
    await expectAppError(getCitizenTalks(ctx('providerStaff'), unlinked), 'NOT_FOUND');
  });

  it('audits the read and the scheduling with the citizen', async () => {
    const { id } = await citizen({ firstRequestOn: '2026-04-06' });
    const talk = await createCitizenTalk(ctx('caseworker'), id, {
      scheduledOn: '2026-04-08',
      venue: 'provider',
    });
    await getCitizenTalks(ctx('caseworker'), id);
    const rows = await db()
      .selectFrom('auditEvent')
      .select(['action', 'entityId', 'criteria'])
      .where('entityType', '=', 'job_talk')
      .where('citizenId', '=', id)
      .orderBy('seq')
      .execute();
    expect(rows).toMatchObject([
      { action: 'create', entityId: talk.id, criteria: { courseId: null, periodSource: 'recorded' } },
      { action: 'read', entityId: id },
    ]);
  });
});
