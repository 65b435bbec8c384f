// The price "today" of agreement lists and the prices capacity spends a frame at (issue 14) are the prices
// in force: the agreed price indexed by the yearly indexations, as billing and /payment-terms have them,
// with the agreed price kept beside them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInCopenhagen as today } from '../../../shared/dates.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { withActorTransaction } from '../../platform/context.ts';
import { insertAgreementWithPrices, insertTenderWithArea } from '../budgets/budget.fixtures.ts';
import { createBudgetFrame, getCapacity } from '../budgets/budget.service.ts';
import { addIndexation, getPaymentTerms, listAgreedPrices, listAgreements } from './agreement.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
let agreementId: string;
let tenderId: string;
const year = Number(today().slice(0, 4));
const kr = (amount: number) => amount * 100;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const area = await insertTenderWithArea(database.db);
  tenderId = area.tenderId;
  agreementId = await insertAgreementWithPrices(database.db, {
    tenderAreaId: area.tenderAreaId,
    providerId: world.organisations.providerA.id,
    startsOn: `${year - 1}-01-01`,
    endsOn: `${year + 1}-12-31`,
    programme: [{ validFrom: `${year - 1}-01-01`, weeklyOre: kr(2_000) }],
    aftercare: [{ validFrom: `${year - 1}-01-01`, weeklyOre: kr(500) }],
  });
  // 2,5 % from 1 January this year: 2.000 kr. becomes 2.050 kr., 500 kr. becomes 512,50 kr.
  await addIndexation(ctx('procurement'), agreementId, {
    effectiveFrom: `${year}-01-01`,
    percent: 2.5,
    reason: 'Årlig pristalsregulering (test)',
  });
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);

describe('the prices in force', () => {
  it('lists the agreement with today’s indexed prices and the agreed prices beside them', async () => {
    const list = await listAgreements(ctx('procurement'), {});
    const agreement = list.items.find((a) => a.id === agreementId)!;
    expect(agreement.currentPrices).toEqual({ programme: kr(2_050), aftercare: 51_250 });
    expect(agreement.latestPrices).toEqual({ programme: kr(2_050), aftercare: 51_250 });
    expect(agreement.latestAgreedPrices).toEqual({ programme: kr(2_000), aftercare: kr(500) });
    // The same as the price history of /payment-terms.
    const terms = await getPaymentTerms(ctx('procurement'), agreementId);
    const inForce = terms.priceHistory.filter((s) => s.validTo === null).map((s) => s.weeklyOre);
    expect(inForce.sort()).toEqual([kr(2_050), 51_250].sort());
  });

  it('gives capacity the agreed price split where the indexation takes effect, each part indexed', async () => {
    const prices = await withActorTransaction(ctx('procurement'), (tx) =>
      listAgreedPrices(tx, { providerId: world.organisations.providerA.id }),
    );
    const programme = prices.filter((p) => p.priceKind === 'programme');
    expect(programme.map((p) => [p.validFrom, p.validTo, p.weeklyOre, p.agreedWeeklyOre])).toEqual([
      [`${year - 1}-01-01`, `${year - 1}-12-31`, kr(2_000), kr(2_000)],
      [`${year}-01-01`, null, kr(2_050), kr(2_000)],
    ]);
  });

  it('spends this year’s frame at the indexed price', async () => {
    await createBudgetFrame(ctx('procurement'), {
      programme: 'Indekseret ramme (test)',
      year,
      amountOre: kr(1_066_000),
      tenderId,
      expectedCourseWeeks: 26,
    });
    const capacity = await getCapacity(ctx('analyst'), { year });
    const row = capacity.rows.find((r) => r.agreementId === agreementId)!;
    expect(row.programmeWeeklyOre).toBe(kr(2_050));
    expect(row.agreedProgrammeWeeklyOre).toBe(kr(2_000));
    expect(row.aftercareWeeklyOre).toBe(51_250);
  });
});
