// The budget status's frame per provider (issue 14): a frame of a tender area shared by two providers is
// split as the capacity page splits it (in proportion to the days each agreement has a programme price in
// the year), each provider's part on its row and the parts together in the total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { insertAgreementWithPrices, insertTenderWithArea } from '../budgets/budget.fixtures.ts';
import { createBudgetFrame, getCapacity } from '../budgets/budget.service.ts';
import { getBudgetStatus } from './payment.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const kr = (amount: number) => amount * 100;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const area = await insertTenderWithArea(database.db);
  const { providerA, providerB } = world.organisations;
  // A has a price all of 2026 (365 days), B from 1 July (184 days).
  await insertAgreementWithPrices(database.db, {
    tenderAreaId: area.tenderAreaId,
    providerId: providerA.id,
    startsOn: '2025-01-01',
    endsOn: '2027-12-31',
    programme: [{ validFrom: '2025-01-01', weeklyOre: kr(2_000) }],
  });
  await insertAgreementWithPrices(database.db, {
    tenderAreaId: area.tenderAreaId,
    providerId: providerB.id,
    startsOn: '2026-07-01',
    endsOn: '2027-12-31',
    programme: [{ validFrom: '2026-07-01', weeklyOre: kr(1_800) }],
  });
  await createBudgetFrame(ctxFor(database.db, keys, world.users.procurement), {
    programme: 'Budgetstatus pr. leverandør (test)',
    year: 2026,
    amountOre: kr(549_000),
    tenderAreaId: area.tenderAreaId,
    expectedCourseWeeks: 26,
  });
});
afterAll(() => database?.close());

describe('the budget status per provider', () => {
  it("gives each provider its part of the area's frame, split as the capacity page splits it", async () => {
    const analyst = ctxFor(database.db, keys, world.users.analyst);
    const status = await getBudgetStatus(analyst, { year: 2026 }, { today: '2026-06-15' });
    const { providerA, providerB } = world.organisations;
    const frameOf = (id: string) => status.providers.find((p) => p.providerId === id)?.frameOre;
    // 549.000 kr. × 365/549 and × 184/549.
    expect(frameOf(providerA.id)).toBe(kr(365_000));
    expect(frameOf(providerB.id)).toBe(kr(184_000));
    expect(status.frameOre).toBe(kr(549_000));
    expect(status.total.frameOre).toBe(kr(549_000));
    // The same split as the capacity page's rows.
    const capacity = await getCapacity(analyst, { year: 2026 });
    expect(capacity.rows.map((r) => [r.providerId, r.shareOre]).sort()).toEqual(
      [
        [providerA.id, kr(365_000)],
        [providerB.id, kr(184_000)],
      ].sort(),
    );
  });

  it('has no part for a provider in no frame of the year, and none in a year without frames', async () => {
    const analyst = ctxFor(database.db, keys, world.users.analyst);
    const status = await getBudgetStatus(analyst, { year: 2025 }, { today: '2026-06-15' });
    expect(status.providers.every((p) => p.frameOre === null)).toBe(true);
    expect(status.total.frameOre).toBe(0);
    expect(status.frameOre).toBe(0);
  });
});
