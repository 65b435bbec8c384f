// billedForReport (one billing pass for the fair comparison's cost part) against the two calls it
// replaces, billedOreByCourse and billingByMonthOfYears, on random courses: ended and running, with and
// without aftercare, with an agreement whose price changes, and without one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { insertCitizen, insertOrganisation } from '../../../../test/support/factories.ts';
import { testRng } from '../../../../test/support/seed.ts';
import { insertAgreementWithPrices, insertTenderWithArea } from '../budgets/budget.fixtures.ts';
import { billedForReport, billedOreByCourse, billingByMonthOfYears } from './billed-amounts.service.ts';

let database: TestDatabase;
const courseIds: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const keys = testKeys();
  const rng = testRng('billed-amounts');
  const jobCentre = await insertOrganisation(db, 'job_centre');
  const provider = await insertOrganisation(db, 'provider');
  const { tenderAreaId } = await insertTenderWithArea(db);
  const agreementId = await insertAgreementWithPrices(db, {
    tenderAreaId,
    providerId: provider.id,
    startsOn: '2024-01-01',
    endsOn: '2027-06-30',
    programme: [
      { validFrom: '2024-01-01', weeklyOre: 180_000 },
      { validFrom: '2025-07-01', weeklyOre: 195_000 },
    ],
    aftercare: [{ validFrom: '2024-01-01', weeklyOre: 60_000 }],
  });
  for (let i = 0; i < 40; i++) {
    const citizen = await insertCitizen(db, keys, { jobCentreId: jobCentre.id });
    const startsOn = addDays('2024-06-01', Math.floor(rng() * 800));
    const running = rng() < 0.2;
    const endsOn = running ? null : addDays(startsOn, 20 + Math.floor(rng() * 200));
    const aftercare = endsOn !== null && rng() < 0.4;
    const row = await db
      .insertInto('course')
      .values({
        citizenId: citizen.id,
        providerId: provider.id,
        agreementId: rng() < 0.85 ? agreementId : null,
        startsOn,
        endsOn,
        endReason: endsOn ? 'other' : null,
        aftercareStartsOn: aftercare ? addDays(endsOn, 1) : null,
        aftercareEndsOn: aftercare && rng() < 0.7 ? addDays(endsOn, 1 + Math.floor(rng() * 70)) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (rng() < 0.7) courseIds.push(row.id);
  }
});
afterAll(() => database?.close());

describe('billedForReport', () => {
  it.each([
    { years: [2025], asOf: '2025-08-14' },
    { years: [2024, 2025], asOf: '2026-03-31' },
    { years: [2026], asOf: '2025-12-31' },
    { years: [2025, 2026], asOf: '2026-06-30' },
  ])('gives the same amounts as the two calls, years $years as of $asOf', async ({ years, asOf }) => {
    await database.db.transaction().execute(async (tx) => {
      const together = await billedForReport(tx, courseIds, years, asOf);
      const byCourse = await billedOreByCourse(tx, courseIds, asOf);
      const byYear = await billingByMonthOfYears(tx, years, asOf);
      expect(together.byCourse).toEqual(byCourse);
      expect(together.byYear).toEqual(byYear);
      // Not vacuous: something was billed and something forecast.
      expect([...byCourse.values()].some((ore) => ore > 0)).toBe(true);
    });
  });
});
