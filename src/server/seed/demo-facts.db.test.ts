// Issue 12: the demo may state about the seeds' real organisations only what a seed states. Invented
// facts are neutral (the same for every seed organisation) or belong to a clearly synthetic name.
// docs/demo-data.md lists which demo facts come from which seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../test/support/db.ts';
import { DEMO_ORGANISATIONS, seedDemo } from './demo.ts';
import {
  AGREEMENTS_2021,
  SYNTHETIC_PROVIDER_CODE,
  TENDER_2021,
  TENDER_2023,
  TENDERS,
} from '../modules/agreements/agreement.demo-data.ts';
import { DEMO_EVALUATIONS } from '../modules/tenders/evaluation.demo.ts';

let database: TestDatabase;

/** The organisations the seeds name: every demo organisation but the synthetic one. */
const SEED_CODES = DEMO_ORGANISATIONS.map((o) => o.code).filter((c) => c !== SYNTHETIC_PROVIDER_CODE);

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.db, testKeys(), 'test');
});
afterAll(() => database?.close());

describe('the demo tells no untruths about real organisations', () => {
  it('names its one invented organisation as synthetic', () => {
    const synthetic = DEMO_ORGANISATIONS.filter((o) => !SEED_CODES.includes(o.code));
    expect(synthetic.map((o) => o.name)).toEqual(['Eksempelleverandøren ApS (syntetisk)']);
  });

  it('gives the 2021 agreements no aftercare price, no exercised extension and one price for all', async () => {
    const prices = await database.db
      .selectFrom('agreementPrice as p')
      .innerJoin('frameworkAgreement as a', 'a.id', 'p.agreementId')
      .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
      .innerJoin('tender as t', 't.id', 'ta.tenderId')
      .select(['p.priceKind', 'p.weeklyOre'])
      .where('t.name', '=', TENDER_2021)
      .execute();
    // Seed 003 names no aftercare for these agreements (aftercare is seed 002's Trædesten programme).
    expect(prices.filter((p) => p.priceKind === 'aftercare')).toEqual([]);
    // No provider is made cheaper or dearer than another: one synthetic price.
    expect(new Set(prices.map((p) => p.weeklyOre)).size).toBe(1);
    // Seed 002: Trædesten's 1.850–2.150 kr. is above the large agreements' average; seed 003 put the
    // 2021 prices at that large agreement's level. So the 2021 price lies below Trædesten's band.
    expect(prices[0]!.weeklyOre).toBeLessThan(185_000);
    expect(AGREEMENTS_2021.every((a) => a.extendedOn === null)).toBe(true);
    const extensions = await database.db
      .selectFrom('agreementExtension as e')
      .innerJoin('frameworkAgreement as a', 'a.id', 'e.agreementId')
      .select('e.exercisedOn')
      .where('a.startsOn', '=', '2021-01-01')
      .execute();
    expect(extensions.map((e) => e.exercisedOn)).toEqual([null, null, null, null]);
  });

  it('dates no seed tender against the seeds: the 2021 award falls in the plan of seed 003', () => {
    // Seed 003's appendix is dated 18 May 2020; the tender is published "start september", BIU is
    // informed of the choice "primo november 2020" and the agreements start 1 January 2021. The product
    // needs a date to mark the tender decided: it must lie in that plan. Seed 002 gives no decision.
    const byName = new Map(TENDERS.map((t) => [t.name, t]));
    expect(byName.get(TENDER_2021)!.decidedOn).toMatch(/^2020-11-(0\d|1[0-5])$/);
    expect(byName.get(TENDER_2023)!.decidedOn).toBeNull();
    const evaluation = DEMO_EVALUATIONS.find((e) => e.tender === TENDER_2021)!;
    expect(evaluation.decidedAt!.slice(0, 10)).toBe(byName.get(TENDER_2021)!.decidedOn);
  });

  it('shows no seed organisation below the partnership requirement', async () => {
    const binding = await database.db
      .selectFrom('companyPartnership as p')
      .innerJoin('organisation as o', 'o.id', 'p.providerId')
      .select(['o.code'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('p.isBinding', '=', true)
      .where('p.endsOn', 'is', null)
      .groupBy('o.code')
      .execute();
    const count = Object.fromEntries(binding.map((r) => [r.code, Number(r.n)]));
    // Seed 003: 10–15 binding partnerships. The shortfall belongs to the synthetic provider.
    expect(count[SYNTHETIC_PROVIDER_CODE]).toBeLessThan(10);
    for (const code of SEED_CODES.filter((c) => count[c] !== undefined)) {
      expect([code, count[code]! >= 10 && count[code]! <= 15]).toEqual([code, true]);
    }
  });

  it('gives seed organisations only identical winning bids; the other bids are synthetic', () => {
    for (const evaluation of DEMO_EVALUATIONS) {
      const seedBids = evaluation.bids.filter((b) => b.provider && SEED_CODES.includes(b.provider));
      // The same points and prices for every seed organisation: no invented ranking among them.
      expect(new Set(seedBids.map((b) => JSON.stringify([b.points, b.prices]))).size).toBeLessThanOrEqual(1);
      // Only a decided tender whose winners a seed names (seed 000: the 2021 agreements) has them.
      if (seedBids.length > 0) expect(evaluation.tender).toBe(TENDER_2021);
      for (const bid of evaluation.bids.filter((b) => !seedBids.includes(b))) {
        const name = bid.bidder?.name ?? DEMO_ORGANISATIONS.find((o) => o.code === bid.provider)!.name;
        expect(name).toMatch(/\(syntetisk/);
      }
    }
  });
});
