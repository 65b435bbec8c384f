// readReportBilling and billReport (one billing pass for the fair comparison's cost part) against the two calls it
// replaces, billedOreByCourse (of the courses ending in a period, summed by provider) and
// billingByMonthOfYears, on random courses of two providers: ended and running, with and without
// aftercare, with an agreement whose price changes, and without one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { insertCitizen, insertOrganisation } from '../../../../test/support/factories.ts';
import { testRng } from '../../../../test/support/seed.ts';
import { insertAgreementWithPrices, insertTenderWithArea } from '../budgets/budget.fixtures.ts';
import {
  billedOreByCourse,
  billingByMonthOfYears,
  billReport,
  readReportBilling,
} from './billed-amounts.service.ts';

let database: TestDatabase;
const courses: { id: string; providerId: string; endsOn: string | null }[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const keys = testKeys();
  const rng = testRng('billed-amounts');
  const jobCentre = await insertOrganisation(db, 'job_centre');
  const provider = await insertOrganisation(db, 'provider');
  const other = await insertOrganisation(db, 'provider');
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
        providerId: i % 3 === 0 ? other.id : provider.id,
        agreementId: rng() < 0.85 ? agreementId : null,
        startsOn,
        endsOn,
        endReason: endsOn ? 'other' : null,
        aftercareStartsOn: aftercare ? addDays(endsOn, 1) : null,
        aftercareEndsOn: aftercare && rng() < 0.7 ? addDays(endsOn, 1 + Math.floor(rng() * 70)) : null,
      })
      .returning(['id', 'providerId', 'endsOn'])
      .executeTakeFirstOrThrow();
    courses.push(row);
  }
});
afterAll(() => database?.close());

describe('the billing of a report', () => {
  it.each([
    { endingIn: { from: '2025-01-01', to: '2025-06-30' }, years: [2025], asOf: '2025-08-14' },
    { endingIn: { from: '2024-07-01', to: '2025-12-31' }, years: [2024, 2025], asOf: '2026-03-31' },
    { endingIn: { from: '2025-07-01', to: '2026-06-30' }, years: [2026], asOf: '2025-12-31' },
    { endingIn: { from: '2026-01-01', to: '2026-12-31' }, years: [2025, 2026], asOf: '2026-06-30' },
  ])(
    'gives the same amounts as the two calls, ending in $endingIn.from – $endingIn.to, years $years as of $asOf',
    async ({ endingIn, years, asOf }) => {
      await database.db.transaction().execute(async (tx) => {
        const together = billReport(await readReportBilling(tx, endingIn, years, asOf));
        const ending = courses.filter(
          (c) => c.endsOn !== null && c.endsOn >= endingIn.from && c.endsOn <= endingIn.to,
        );
        const byCourse = await billedOreByCourse(
          tx,
          ending.map((c) => c.id),
          asOf,
        );
        const byProvider = new Map<string, number>();
        for (const c of ending)
          if (byCourse.has(c.id))
            byProvider.set(c.providerId, (byProvider.get(c.providerId) ?? 0) + byCourse.get(c.id)!);
        const byYear = await billingByMonthOfYears(tx, years, asOf);
        expect(together.byProvider).toEqual(byProvider);
        expect(together.byYear).toEqual(byYear);
        // Not vacuous: something was billed.
        expect(byProvider.size).toBeGreaterThan(0);
      });
    },
  );
});
