// Issue 12: the demo may state about the seeds' real organisations only what a seed states. Invented
// facts are neutral (the same for every seed organisation) or belong to a clearly synthetic name.
// docs/demo-data.md lists which demo facts come from which seed.
import { seededDemoDatabase } from '../../../test/support/demo-db.ts';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase } from '../../../test/support/db.ts';
import { DEMO_ORGANISATIONS } from './demo.ts';
import {
  AGREEMENTS_2021,
  SYNTHETIC_PROVIDER_CODE,
  TENDER_2021,
  TENDER_2023,
  TENDER_2025,
  TENDERS,
} from '../modules/agreements/agreement.demo-data.ts';
import { DEMO_LOCAL_PARTNERS } from '../modules/companies/company.demo.ts';
import { DEMO_EVALUATIONS } from '../modules/tenders/evaluation.demo.ts';
import { DECISION_2020 } from '../modules/tenders/tender.demo.ts';

let database: TestDatabase;

/** The organisations the seeds name: every demo organisation but the synthetic one. */
const SEED_CODES = DEMO_ORGANISATIONS.map((o) => o.code).filter((c) => c !== SYNTHETIC_PROVIDER_CODE);

beforeAll(async () => {
  ({ database } = await seededDemoDatabase());
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

  it("files the committee item under its appendix's date and says seed 003 gives no meeting date", async () => {
    const item = await database.db
      .selectFrom('committeeItem')
      .select(['meetingDate', 'meetingDateNote'])
      .where('caseNumber', '=', DECISION_2020.caseNumber)
      .executeTakeFirstOrThrow();
    // Seed 003: the appendix is dated "18. Maj 2020"; the item's own meeting date is not printed.
    expect(item.meetingDate).toBe('2020-05-18');
    expect(item.meetingDateNote).toMatch(/oplyser ikke mødedatoen.*bilag/);
  });

  it('gives every seed organisation the same price in the synthetic 2025 tender', async () => {
    const prices = await database.db
      .selectFrom('agreementPrice as p')
      .innerJoin('frameworkAgreement as a', 'a.id', 'p.agreementId')
      .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
      .innerJoin('tender as t', 't.id', 'ta.tenderId')
      .innerJoin('organisation as o', 'o.id', 'a.providerId')
      .select(['o.code', 'p.priceKind', 'p.weeklyOre', 'p.outsideBandReason'])
      .where('t.name', '=', TENDER_2025)
      .where('a.startsOn', '=', '2025-01-01')
      .execute();
    const seedPrices = prices.filter((p) => SEED_CODES.includes(p.code));
    expect(new Set(seedPrices.map((p) => p.code)).size).toBe(4);
    for (const kind of ['programme', 'aftercare'] as const) {
      const weekly = seedPrices.filter((p) => p.priceKind === kind).map((p) => p.weeklyOre);
      expect([kind, weekly.length, new Set(weekly).size]).toEqual([kind, 4, 1]);
    }
    // Inside the synthetic tender's bands: no seed organisation needs a reason for its price.
    expect(seedPrices.every((p) => p.outsideBandReason === null)).toBe(true);
  });

  it('gives seed organisations only the local partners a seed names; the invented ones are synthetic', async () => {
    const partners = await database.db
      .selectFrom('localPartner as l')
      .innerJoin('organisation as o', 'o.id', 'l.providerId')
      .select(['o.code', 'l.name'])
      .execute();
    expect(partners.length).toBeGreaterThan(0);
    // Seed 004: the outreach programme in Sydhavnen cooperates with SydhavnsCompagniet and Opzoomerne.
    const seedNamed = ['sydhavnscompagniet', 'opzoomerne'].map((code) => [
      code,
      'Fremskudt beskæftigelsesindsats i Sydhavnen (BIF)',
    ]);
    const ofSeedOrganisations = partners.filter((p) => SEED_CODES.includes(p.code));
    expect(ofSeedOrganisations.map((p) => [p.code, p.name]).sort()).toEqual(seedNamed.sort());
    for (const partner of partners.filter((p) => !SEED_CODES.includes(p.code))) {
      expect([partner.code, partner.name]).toEqual([
        SYNTHETIC_PROVIDER_CODE,
        expect.stringMatching(/\(syntetisk\)$/),
      ]);
    }
    expect(Object.keys(DEMO_LOCAL_PARTNERS).sort()).toEqual(
      ['opzoomerne', 'sydhavnscompagniet', SYNTHETIC_PROVIDER_CODE].sort(),
    );
  });

  it('records promises (issue 14) only for the synthetic provider, whose shortfall they show', async () => {
    const promises = await database.db
      .selectFrom('agreementPromise as p')
      .innerJoin('frameworkAgreement as a', 'a.id', 'p.agreementId')
      .innerJoin('organisation as o', 'o.id', 'a.providerId')
      .select(['o.code', 'p.kind', 'p.promisedTenths'])
      .execute();
    expect(promises.length).toBeGreaterThan(0);
    expect(new Set(promises.map((p) => p.code))).toEqual(new Set([SYNTHETIC_PROVIDER_CODE]));
  });

  it('names no real organisation in the tender example file, and gives it no aftercare', () => {
    const example = JSON.parse(fs.readFileSync('docs/examples/tender-2020.json', 'utf8')) as {
      priceElements: { id: string }[];
      bids: { bidder: string; prices: Record<string, number> }[];
    };
    const realNames = DEMO_ORGANISATIONS.filter((o) => SEED_CODES.includes(o.code)).map((o) => o.name);
    for (const bid of example.bids) {
      expect(bid.bidder).toMatch(/\(syntetisk\)$/);
      expect(realNames.some((name) => bid.bidder.includes(name))).toBe(false);
      // Seed 003 sets the 2021 prices at the large agreement's level, below Trædesten's band (seed 002).
      expect(bid.prices.programme).toBeLessThan(1_850);
    }
    // Seed 003's tender prices the programme only: no seed gives these agreements aftercare.
    expect(example.priceElements.map((e) => e.id)).toEqual(['programme']);
  });
});
