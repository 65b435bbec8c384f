// The outcome tables against a real database: the register sliced in SQL to M2 (weeks straddling months,
// extracts that start or end inside M2), the placement and plan windows, who sees which rows, and saved
// reports that reproduce and show late register data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import type { Ctx } from '../../platform/context.ts';
import {
  insertCompletedCourse,
  insertFixtureCodebook,
  insertImportBatch,
  insertPlacement,
  insertPlan,
  insertRegisterPerson,
} from './outcome.fixtures.ts';
import { createOutcomeReport, getOutcomeReport, getOutcomes, listOutcomeReports } from './outcome.service.ts';

let database: TestDatabase;
let keys: Keys;
let world: Awaited<ReturnType<typeof buildWorld>>;
let analyst: Ctx;
let procurement: Ctx;
let lead: Ctx;
let batchId: string;
let absent: { cpr: string; citizenId: string };

const MARCH = { from: '2019-03-01', to: '2019-03-31' };
// May 2019, M2 of a course ending in March: the weeks of Mondays 29 April (Thursday 2 May) to 27 May.
const MAY_WEEKS = ['2019-04-29', '2019-05-06', '2019-05-13', '2019-05-20', '2019-05-27'];
const mayWeeks = (code: number) => Object.fromEntries(MAY_WEEKS.map((m) => [m, code]));

beforeAll(async () => {
  database = await createTestDatabase();
  keys = testKeys();
  const db = database.db;
  world = await buildWorld(db, keys);
  analyst = ctxFor(db, keys, world.users.analyst);
  procurement = ctxFor(db, keys, world.users.procurement);
  lead = ctxFor(db, keys, world.users.providerLead);
  await insertFixtureCodebook(db);
  batchId = await insertImportBatch(db);
  const { jobCentre, providerA, providerB } = world.organisations;
  const course = (providerId: string) =>
    insertCompletedCourse(db, keys, {
      jobCentreId: jobCentre.id,
      providerId,
      startsOn: '2019-01-02',
      endsOn: '2019-03-31',
    });
  const person = (cpr: string, values: Omit<Parameters<typeof insertRegisterPerson>[3], 'batchId'>) =>
    insertRegisterPerson(db, keys, cpr, { batchId, ...values });

  // Provider A: one course per rule.
  const job = await course(providerA.id);
  await person(job.cpr, { codes: mayWeeks(0), degrees: { '2019-05': 0.5 } });
  await insertPlacement(db, { citizenId: job.citizenId, kind: 'internship', startsOn: '2019-04-21' });
  await insertPlan(db, { citizenId: job.citizenId, startedOn: '2019-09-30' });
  // Benefit only in the week of 29 April, which straddles April and May and belongs to May.
  const partTime = await course(providerA.id);
  await person(partTime.cpr, { codes: { ...mayWeeks(0), '2019-04-29': 130 }, degrees: { '2019-05': 0.3 } });
  await insertPlacement(db, { citizenId: partTime.citizenId, kind: 'internship', startsOn: '2019-04-22' });
  await insertPlan(db, { citizenId: partTime.citizenId, startedOn: '2019-10-01' });
  const benefit = await course(providerA.id);
  await person(benefit.cpr, {});
  await insertPlacement(db, { citizenId: benefit.citizenId, kind: 'small_job', startsOn: '2019-03-15' });
  const education = await course(providerA.id);
  await person(education.cpr, { codes: mayWeeks(651) });
  await insertPlacement(db, { citizenId: education.citizenId, kind: 'wage_subsidy', startsOn: '2019-02-01' });
  const censored = await course(providerA.id);
  await person(censored.cpr, { codes: { ...mayWeeks(0), '2019-05-27': 999 }, degrees: { '2019-05': 0.2 } });
  await insertPlan(db, { citizenId: censored.citizenId, startedOn: '2019-01-01' });
  const other = await course(providerA.id);
  await person(other.cpr, { codes: { ...mayWeeks(0), '2019-04-29': 881 } });
  // Pending: the extract ends before 27 May; lacks May's degree; starts on 13 May.
  const endsEarly = await course(providerA.id);
  await person(endsEarly.cpr, { weeks: 21 });
  const noDegree = await course(providerA.id);
  await person(noDegree.cpr, { months: 4, codes: mayWeeks(0) });
  const startsLate = await course(providerA.id);
  await person(startsLate.cpr, { firstWeekMonday: '2019-05-13', codes: { '2019-05-13': 0 } });
  absent = await course(providerA.id);
  // Benefit in the week before (Thursday 25 April) and after (Thursday 6 June) M2: a job.
  const around = await course(providerA.id);
  await person(around.cpr, {
    codes: { ...mayWeeks(0), '2019-04-22': 130, '2019-06-03': 130 },
    degrees: { '2019-05': 0.8 },
  });
  const around2 = await course(providerA.id);
  await person(around2.cpr, { codes: mayWeeks(0), degrees: { '2019-05': 1 } });

  // Provider B: a job and a benefit; and a course ending in April, outside the period.
  const bJob = await course(providerB.id);
  await person(bJob.cpr, { codes: mayWeeks(0), degrees: { '2019-05': 1 } });
  const bBenefit = await course(providerB.id);
  await person(bBenefit.cpr, {});
  await insertCompletedCourse(db, keys, {
    jobCentreId: jobCentre.id,
    providerId: providerB.id,
    startsOn: '2019-01-02',
    endsOn: '2019-04-01',
  });
});
afterAll(() => database?.close());

const rowOf = <R extends { providerCode: string | null }>(rows: R[], code: string) =>
  rows.find((r) => r.providerCode === code);

describe('the exit table from the register', () => {
  it('classifies every course by M2 as the register has it', async () => {
    const report = await getOutcomes(analyst, MARCH);
    const a = rowOf(report.exit.rows, world.organisations.providerA.code)!;
    expect(a).toMatchObject({
      completed: 12,
      pending: 3,
      notInRegister: 1,
      job: 3,
      education: 1,
      jobOrEducation: 4,
      partTime: 1,
      publicBenefit: 1,
      censored: 1,
      otherSelfSupporting: 1,
    });
    // 5 of 8: 62.5 % rounds half up to 63 %.
    expect(a.rate).toBe(5 / 8);
    expect(a.ratePercent).toBe(63);
    expect(report.exit.total).toMatchObject({ completed: 14, pending: 3, notInRegister: 1, ratePercent: 60 });
    expect(report.definitionVersion).toBe('seed-2020');
  });

  it('counts placements of the chosen kinds up to day 21, and plans up to six calendar months', async () => {
    const report = await getOutcomes(analyst, MARCH);
    const a = (rows: { providerCode: string | null }[]) => rowOf(rows, world.organisations.providerA.code);
    expect(a(report.placement.rows)).toMatchObject({ completed: 12, placed: 2 });
    expect(a(report.plan.rows)).toMatchObject({ completed: 12, withPlan: 1 });
    const withSmallJobs = await getOutcomes(analyst, {
      ...MARCH,
      placementKinds: ['internship', 'wage_subsidy', 'small_job'],
    });
    expect(a(withSmallJobs.placement.rows)).toMatchObject({ placed: 3 });
    expect(withSmallJobs.placement.kinds).toEqual(['internship', 'wage_subsidy', 'small_job']);
  });

  it('gives each table its own period', async () => {
    const report = await getOutcomes(analyst, { ...MARCH, planFrom: '2019-04-01', planTo: '2019-04-30' });
    expect(report.plan.total.completed).toBe(1);
    expect(report.exit.total.completed).toBe(14);
  });
});

describe('who sees which rows', () => {
  it('shows analysts and procurement every provider', async () => {
    for (const ctx of [analyst, procurement]) {
      const report = await getOutcomes(ctx, MARCH);
      expect(report.exit.rows.map((r) => r.providerCode).sort()).toEqual(
        [world.organisations.providerA.code, world.organisations.providerB.code].sort(),
      );
    }
  });

  it("shows a provider lead its own row and the total, not another provider's", async () => {
    const report = await getOutcomes(lead, MARCH);
    for (const table of [report.exit, report.placement, report.plan]) {
      expect(table.rows.map((r) => r.providerCode)).toEqual([world.organisations.providerA.code]);
      expect(table.total.completed).toBe(14);
    }
  });

  it('audits the read with its periods and no citizen', async () => {
    await getOutcomes(lead, MARCH);
    const event = await database.db
      .selectFrom('auditEvent')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'read', entityType: 'outcome_table', citizenId: null });
    expect(event.resultCitizenIds).toEqual([]);
    expect(event.criteria).toMatchObject({ from: MARCH.from, to: MARCH.to });
  });
});

describe('saved reports', () => {
  it('stores the definition version, the imports used and the figures, and reproduces them', async () => {
    const saved = await createOutcomeReport(analyst, { title: 'Marts 2019', parameters: MARCH });
    expect(saved.definitionVersion).toBe('seed-2020');
    expect(saved.importBatchIds).toContain(batchId);
    expect(saved.parameters).toMatchObject({ placementFrom: MARCH.from, planTo: MARCH.to });
    expect(saved.totals.exit).toBe(60);
    const read = await getOutcomeReport(analyst, saved.id);
    expect(read.differences.changed).toBe(false);
    expect(read.recomputed).toEqual(read.results);
    expect((await listOutcomeReports(lead)).items.map((r) => r.id)).toContain(saved.id);
  });

  it('shows late register data as a difference, keeping the published figure', async () => {
    const saved = await createOutcomeReport(analyst, {
      title: 'Marts 2019, før sene data',
      parameters: MARCH,
    });
    await insertRegisterPerson(database.db, keys, absent.cpr, {
      batchId,
      codes: mayWeeks(0),
      degrees: { '2019-05': 0.9 },
    });
    const read = await getOutcomeReport(analyst, saved.id);
    expect(read.results.exit.total).toMatchObject({ notInRegister: 1, ratePercent: 60 });
    expect(read.recomputed.exit.total).toMatchObject({ notInRegister: 0, job: 5 });
    // 7 of 11 = 63.6 % → 64 %: four points more than published.
    expect(read.differences.changed).toBe(true);
    expect(read.differences.exit.total).toMatchObject({
      previousRatePercent: 60,
      ratePercent: 64,
      points: 4,
    });
    const compared = await getOutcomes(analyst, { ...MARCH, compareTo: saved.id });
    expect(compared.comparison!.exit.total.points).toBe(4);
    expect(compared.comparison!.placement.total.points).toBe(0);
  });

  it('shows a provider lead only its own row of a saved report and the differences', async () => {
    const { items } = await listOutcomeReports(analyst);
    const read = await getOutcomeReport(lead, items[0]!.id);
    for (const report of [read.results, read.recomputed]) {
      expect(report.exit.rows.map((r) => r.providerCode)).toEqual([world.organisations.providerA.code]);
    }
    expect(read.differences.exit.rows.map((r) => r.providerCode)).toEqual([
      world.organisations.providerA.code,
    ]);
  });

  it('answers NOT_FOUND for a saved report that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(getOutcomeReport(analyst, missing)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getOutcomes(analyst, { ...MARCH, compareTo: missing })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
