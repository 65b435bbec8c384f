import { addDays, todayInCopenhagen } from '../../../shared/dates.ts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertUser } from '../../../../test/support/factories.ts';
import type { Actor } from '../../platform/context.ts';
import { insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';
import {
  createCourseEntry,
  deleteCourseEntry,
  deletePlanStart,
  gatherPlanInput,
  getFinalReport,
  getWorkCapacity,
  listCourseEntries,
  listCoursePlanStarts,
  recordPlanStart,
  saveFinalReport,
  saveWorkCapacity,
} from './documentation.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
/** Users besides the world's: the entry author at provider A and a caseworker not on the course. */
let author: Actor;
let unassignedCaseworker: Actor;
let running: string;
let ended: string;
let closed: string;
let otherCourse: string;
const day = (offset: number) => addDays(todayInCopenhagen(), offset);

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  world = await buildWorld(db, keys);
  const { providerA, providerB, jobCentre } = world.organisations;
  author = await insertUser(db, providerA, ['provider_staff']);
  unassignedCaseworker = await insertUser(db, jobCentre, ['caseworker']);
  const { agreementId } = await insertCourseAgreement(db, providerA.id);
  const common = {
    citizenId: world.citizens.citizenAtA.id,
    providerId: providerA.id,
    agreementId,
    // The world's provider_staff is the mentor; provider_lead is other staff at the same provider.
    mentorUserId: world.users.providerStaff.userId,
    caseworkerIds: [world.users.caseworker.userId],
  };
  running = await insertCourse(db, { ...common, startsOn: day(-90) });
  ended = await insertCourse(db, { ...common, startsOn: day(-200), endsOn: day(-10), endReason: 'job' });
  closed = await insertCourse(db, {
    ...common,
    startsOn: day(-300),
    endsOn: day(-31),
    endReason: 'dropped_out',
  });
  otherCourse = await insertCourse(db, {
    citizenId: world.citizens.citizenOtherJobCentre.id,
    providerId: providerB.id,
    startsOn: day(-90),
  });
});
afterAll(() => database?.close());

type Who = keyof typeof world.users | 'author' | 'unassignedCaseworker';
const ctx = (who: Who) =>
  ctxFor(
    database.db,
    keys,
    who === 'author' ? author : who === 'unassignedCaseworker' ? unassignedCaseworker : world.users[who],
  );

const task = (overrides: Record<string, unknown> = {}) => ({
  entryOn: day(-1),
  kind: 'task' as const,
  text: 'Lavede kaffe til 20 gæster',
  ...overrides,
});

describe('entries: sensitive notes', () => {
  let sensitiveId: string;
  beforeAll(async () => {
    const entry = await createCourseEntry(ctx('author'), running, {
      entryOn: day(-2),
      kind: 'note',
      text: 'Fortæller om misbrug',
      isSensitive: true,
    });
    sensitiveId = entry.id;
    await createCourseEntry(ctx('author'), running, task({ text: 'Almindelig opgave' }));
  });

  const sensitiveAs = async (who: Who) =>
    (await listCourseEntries(ctx(who), running, {})).entries.find((e) => e.id === sensitiveId)!;

  it.each<[Who, boolean]>([
    ['providerStaff', true], // the course's mentor
    ['author', true],
    ['caseworker', true], // a caseworker of the course
    ['providerLead', false], // other staff at the provider
    ['unassignedCaseworker', false], // a caseworker of the job centre, not on the course
  ])('as %s: text shown %s', async (who, shown) => {
    const entry = await sensitiveAs(who);
    expect(entry.hidden).toBe(!shown);
    expect(entry.text).toBe(shown ? 'Fortæller om misbrug' : null);
  });

  it('shows ordinary entries to everyone who reads the course', async () => {
    const entries = (await listCourseEntries(ctx('providerLead'), running, {})).entries;
    expect(entries.find((e) => e.text === 'Almindelig opgave')?.hidden).toBe(false);
  });

  it('stores the text encrypted', async () => {
    const raw = await database.db
      .selectFrom('courseEntry')
      .select('textEncrypted')
      .where('id', '=', sensitiveId)
      .executeTakeFirstOrThrow();
    expect(raw.textEncrypted.toString('utf8')).not.toContain('misbrug');
  });

  it('includes sensitive accommodations in the plan input only for those who may read them', async () => {
    await createCourseEntry(ctx('author'), running, {
      entryOn: day(-3),
      kind: 'accommodation',
      setting: 'training',
      text: 'Angst i store grupper',
      isSensitive: true,
    });
    const forMentor = await gatherPlanInput(ctx('providerStaff'), running);
    const forOther = await gatherPlanInput(ctx('providerLead'), running);
    expect(forMentor.entries.map((e) => e.text)).toContain('Angst i store grupper');
    expect(forOther.entries.map((e) => e.text)).not.toContain('Angst i store grupper');
  });

  it('audits reading with the citizen', async () => {
    const before = await database.db
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entityType', '=', 'course_entry')
      .where('action', '=', 'read')
      .where('citizenId', '=', world.citizens.citizenAtA.id)
      .executeTakeFirstOrThrow();
    await listCourseEntries(ctx('caseworker'), running, {});
    const after = await database.db
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entityType', '=', 'course_entry')
      .where('action', '=', 'read')
      .where('citizenId', '=', world.citizens.citizenAtA.id)
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
  });
});

describe('entries: writing', () => {
  it('lists newest first and filters by kind', async () => {
    await createCourseEntry(ctx('providerStaff'), ended, task({ entryOn: day(-30) }));
    await createCourseEntry(ctx('providerStaff'), ended, {
      entryOn: day(-20),
      kind: 'attendance',
      attended: false,
      text: 'Udeblev',
    });
    await createCourseEntry(ctx('providerStaff'), ended, task({ entryOn: day(-15) }));
    const all = (await listCourseEntries(ctx('caseworker'), ended, {})).entries;
    expect(all.map((e) => e.entryOn)).toEqual([day(-15), day(-20), day(-30)]);
    const attendance = (await listCourseEntries(ctx('caseworker'), ended, { kind: 'attendance' })).entries;
    expect(attendance).toHaveLength(1);
    expect(attendance[0]).toMatchObject({ attended: false, setting: null, text: 'Udeblev' });
  });

  it.each([
    ['a date in the future', task({ entryOn: day(1) }), { entryOn: expect.any(String) }],
    ['a date before the course', task({ entryOn: day(-91) }), { entryOn: expect.any(String) }],
    ['an accommodation without setting', task({ kind: 'accommodation' }), { setting: expect.any(String) }],
    ['attendance without attended', task({ kind: 'attendance' }), { attended: expect.any(String) }],
  ])('refuses %s with a field error', async (_name, input, fields) => {
    await expect(createCourseEntry(ctx('providerStaff'), running, input)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields,
    });
  });

  it('accepts final notes up to 30 days after the end, then refuses', async () => {
    await expect(createCourseEntry(ctx('providerStaff'), ended, task())).resolves.toMatchObject({
      kind: 'task',
    });
    await expect(createCourseEntry(ctx('providerStaff'), closed, task())).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: 'documentation.course_closed',
    });
  });

  it('is the provider side: the job centre gets 403, another provider 404', async () => {
    await expect(createCourseEntry(ctx('caseworker'), running, task())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(createCourseEntry(ctx('otherProviderStaff'), running, task())).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(listCourseEntries(ctx('otherCaseworker'), running, {})).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(listCourseEntries(ctx('providerStaff'), otherCourse, {})).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('entries: deleting', () => {
  it('lets the author delete within 24 hours', async () => {
    const entry = await createCourseEntry(ctx('author'), running, task());
    expect(entry.canDelete).toBe(true);
    await expect(deleteCourseEntry(ctx('author'), entry.id)).resolves.toEqual({ ok: true });
    const left = (await listCourseEntries(ctx('author'), running, {})).entries;
    expect(left.map((e) => e.id)).not.toContain(entry.id);
  });

  it('refuses anyone but the author, with the reason', async () => {
    const entry = await createCourseEntry(ctx('author'), running, task());
    const seen = (await listCourseEntries(ctx('providerStaff'), running, {})).entries.find(
      (e) => e.id === entry.id,
    );
    expect(seen?.canDelete).toBe(false);
    await expect(deleteCourseEntry(ctx('providerStaff'), entry.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'documentation.delete_not_author',
    });
    await expect(deleteCourseEntry(ctx('otherProviderStaff'), entry.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses the author after 24 hours', async () => {
    const entry = await createCourseEntry(ctx('author'), running, task());
    await sql`UPDATE course_entry SET created_at = now() - interval '25 hours' WHERE id = ${entry.id}`.execute(
      database.db,
    );
    await expect(deleteCourseEntry(ctx('author'), entry.id)).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: 'documentation.delete_too_late',
    });
  });
});

describe('work-capacity description', () => {
  it('is empty until written, then shows the fields and who saved them', async () => {
    const empty = await getWorkCapacity(ctx('caseworker'), running);
    expect(empty.updatedAt).toBeNull();
    expect(empty.content.work).toEqual({ resources: null, challenges: null });
    const saved = await saveWorkCapacity(ctx('providerStaff'), running, {
      work: { resources: 'Mødestabil', challenges: '  ' },
      health: { challenges: 'Rygsmerter' },
      ownWishes: 'Arbejde i et køkken',
    });
    expect(saved.content).toMatchObject({
      work: { resources: 'Mødestabil', challenges: null },
      social: { resources: null, challenges: null },
      health: { resources: null, challenges: 'Rygsmerter' },
      ownWishes: 'Arbejde i et køkken',
      effortsTried: null,
    });
    const read = await getWorkCapacity(ctx('caseworker'), running);
    expect(read.content).toEqual(saved.content);
    expect(read.updatedBy?.id).toBe(world.users.providerStaff.userId);
    expect(read.updatedAt).not.toBeNull();
  });

  it('is written by the provider only, and stored encrypted', async () => {
    await expect(saveWorkCapacity(ctx('caseworker'), running, { network: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      saveWorkCapacity(ctx('otherProviderStaff'), running, { network: 'x' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const raw = await database.db
      .selectFrom('courseDocument')
      .select('contentEncrypted')
      .where('courseId', '=', running)
      .where('kind', '=', 'work_capacity')
      .executeTakeFirstOrThrow();
    expect(raw.contentEncrypted.toString('utf8')).not.toContain('Rygsmerter');
  });
});

describe('final report', () => {
  it('keeps a draft on a running course but refuses to complete it before the end', async () => {
    const draft = await saveFinalReport(ctx('providerStaff'), running, { summary: 'Udkast' });
    expect(draft).toMatchObject({ summary: 'Udkast', completedOn: null, courseEndsOn: null });
    await expect(
      saveFinalReport(ctx('providerStaff'), running, { summary: 'Udkast', completedOn: todayInCopenhagen() }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE', message: 'documentation.final_report_not_ended' });
  });

  it('is completed after the course ended', async () => {
    const report = await saveFinalReport(ctx('providerStaff'), ended, {
      summary: 'Borgeren fik job',
      outcome: 'Job 20 timer',
      recommendation: 'Efterværn i 3 måneder',
      completedOn: todayInCopenhagen(),
    });
    expect(report).toMatchObject({ completedOn: todayInCopenhagen(), courseEndsOn: day(-10) });
    expect(await getFinalReport(ctx('caseworker'), ended)).toMatchObject({
      summary: 'Borgeren fik job',
      completedOn: todayInCopenhagen(),
    });
  });

  it('needs a summary and a date on or after the end', async () => {
    await expect(
      saveFinalReport(ctx('providerStaff'), ended, { summary: '', completedOn: day(-11) }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { summary: expect.any(String), completedOn: expect.any(String) },
    });
  });
});

describe('plan starts', () => {
  it('takes the type from the date: before and after 1 Feb 2026', async () => {
    const before = await recordPlanStart(ctx('caseworker'), closed, { startedOn: '2026-01-31' });
    const after = await recordPlanStart(ctx('caseworker'), closed, { startedOn: '2026-02-01' });
    expect(before.planType).toBe('forberedende_plan');
    expect(after.planType).toBe('samlet_beskrivelse');
    expect(after.ruleSource).toMatch(/Lov nr. 1750/);
    const list = await listCoursePlanStarts(ctx('providerStaff'), closed);
    expect(list.plans.map((p) => p.startedOn)).toEqual(['2026-02-01', '2026-01-31']);
    expect(list.rules.map((r) => r.planType)).toEqual(['forberedende_plan', 'samlet_beskrivelse']);
  });

  it('refuses a type that contradicts the date, naming the rule', async () => {
    await expect(
      recordPlanStart(ctx('caseworker'), closed, { startedOn: '2026-03-01', planType: 'forberedende_plan' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'documentation.plan_type_samlet_beskrivelse',
      params: { validFrom: '01-02-2026' },
    });
  });

  it('is the job-centre side; the provider reads', async () => {
    await expect(
      recordPlanStart(ctx('providerStaff'), running, { startedOn: day(-1) }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      recordPlanStart(ctx('otherCaseworker'), running, { startedOn: day(-1) }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('deletes a start recorded by mistake, only by the citizen’s job centre', async () => {
    const plan = await recordPlanStart(ctx('caseworker'), running, { startedOn: day(-1) });
    await expect(deletePlanStart(ctx('otherCaseworker'), plan.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(deletePlanStart(ctx('providerStaff'), plan.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(deletePlanStart(ctx('caseworker'), plan.id)).resolves.toEqual({ ok: true });
    const list = await listCoursePlanStarts(ctx('caseworker'), running);
    expect(list.plans.map((p) => p.id)).not.toContain(plan.id);
  });
});
