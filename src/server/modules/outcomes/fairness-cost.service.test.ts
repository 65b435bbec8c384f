// Cost per result and the budget burn-down of the fair comparison against a real database: the weeks and
// prices are the billing rules' (weekly prices of the course fixtures' agreement), the courses those of
// the exit table, and the forecast that of the courses running on the day asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { insertCitizen } from '../../../../test/support/factories.ts';
import { FIXTURE_PROGRAMME_ORE, insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';
import {
  insertCompletedCourse,
  insertFixtureCodebook,
  insertImportBatch,
  insertRegisterPerson,
} from './outcome.fixtures.ts';
import { getFairness } from './outcome.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const AS_OF = '2026-06-30';
const WEEK_KRONER = FIXTURE_PROGRAMME_ORE / 100;
// The register from January 2026; M2 of a course ending in March is May (weeks of 27 April to 25 May).
const REGISTER = { firstWeekMonday: '2026-01-05', weeks: 40, firstMonth: '2026-01-01', months: 12 };
const MAY_WEEKS = ['2026-04-27', '2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25'];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  world = await buildWorld(db, keys);
  await insertFixtureCodebook(db);
  const batchId = await insertImportBatch(db);
  const { jobCentre, providerA, providerB } = world.organisations;
  const { agreementId } = await insertCourseAgreement(db, providerA.id);
  // A: two courses of 5 January – 1 March 2026 (8 weeks each): one in a job in May, one on benefit.
  for (const job of [true, false]) {
    const c = await insertCompletedCourse(db, keys, {
      jobCentreId: jobCentre.id,
      providerId: providerA.id,
      startsOn: '2026-01-05',
      endsOn: '2026-03-01',
    });
    await db.updateTable('course').set({ agreementId }).where('id', '=', c.courseId).execute();
    await insertRegisterPerson(db, keys, c.cpr, {
      batchId,
      ...REGISTER,
      ...(job ? { codes: Object.fromEntries(MAY_WEEKS.map((m) => [m, 0])), degrees: { '2026-05': 1 } } : {}),
    });
  }
  // B: a course without an agreement (nothing billed), not in the register.
  await insertCompletedCourse(db, keys, {
    jobCentreId: jobCentre.id,
    providerId: providerB.id,
    startsOn: '2026-02-02',
    endsOn: '2026-03-27',
  });
  // A: a course running since Monday 1 June 2026: 5 weeks billed by 30 June, 26 more to the year's end.
  const citizen = await insertCitizen(db, keys, { jobCentreId: jobCentre.id });
  await insertCourse(db, {
    citizenId: citizen.id,
    providerId: providerA.id,
    agreementId,
    startsOn: '2026-06-01',
    endsOn: null,
  });
  await db
    .insertInto('budgetFrame')
    .values({ programme: 'Jobindsats', year: 2026, amountOre: 100_000_000 })
    .execute();
});
afterAll(() => database?.close());

describe('cost per result in the fair comparison', () => {
  it('gives billed kroner, kroner per success and per completed course for the exit table’s courses', async () => {
    const fair = await getFairness(ctxFor(database.db, keys, world.users.analyst), MARCH, { asOf: AS_OF });
    const { providerA, providerB } = world.organisations;
    expect(fair.cost.asOf).toBe(AS_OF);
    expect(fair.cost.rows.find((r) => r.providerCode === providerA.code)).toEqual({
      providerCode: providerA.code,
      providerName: providerA.name,
      billedKroner: 16 * WEEK_KRONER,
      successes: 1,
      kronerPerSuccess: 16 * WEEK_KRONER,
      completed: 2,
      kronerPerCompleted: 8 * WEEK_KRONER,
    });
    expect(fair.cost.rows.find((r) => r.providerCode === providerB.code)).toMatchObject({
      billedKroner: 0,
      successes: 0,
      kronerPerSuccess: null,
      completed: 1,
      kronerPerCompleted: 0,
    });
    expect(fair.cost.total).toMatchObject({ billedKroner: 16 * WEEK_KRONER, successes: 1, completed: 3 });
    // The successes are the exit table's.
    expect(fair.exit.total.observed).toBe(1);
  });

  it('burns the year’s frame down by month, with a forecast from the courses running today', async () => {
    const fair = await getFairness(ctxFor(database.db, keys, world.users.analyst), MARCH, { asOf: AS_OF });
    expect(fair.cost.burnDown).toHaveLength(1);
    const year = fair.cost.burnDown[0]!;
    const billed = Object.fromEntries(year.months.map((m) => [m.month, m.billedKroner / WEEK_KRONER]));
    const forecast = Object.fromEntries(year.months.map((m) => [m.month, m.forecastKroner / WEEK_KRONER]));
    expect(billed).toMatchObject({ '2026-01': 8, '2026-02': 8, '2026-03': 0, '2026-06': 5, '2026-07': 0 });
    expect(forecast).toMatchObject({
      '2026-06': 0,
      '2026-07': 4,
      '2026-08': 5,
      '2026-09': 4,
      '2026-10': 4,
      '2026-11': 5,
      '2026-12': 4,
    });
    expect(year).toMatchObject({
      year: 2026,
      frameKroner: 1_000_000,
      billedKroner: 21 * WEEK_KRONER,
      forecastKroner: 26 * WEEK_KRONER,
      remainingKroner: 1_000_000 - 47 * WEEK_KRONER,
    });
    expect(year.months.at(-1)!.cumulativeKroner).toBe(47 * WEEK_KRONER);
  });

  it('shows a provider lead its own cost row and the total, and no budget', async () => {
    const fair = await getFairness(ctxFor(database.db, keys, world.users.providerLead), MARCH, {
      asOf: AS_OF,
    });
    expect(fair.cost.rows.map((r) => r.providerCode)).toEqual([world.organisations.providerA.code]);
    expect(fair.cost.total.completed).toBe(3);
    expect(fair.cost.burnDown).toEqual([]);
  });
});
