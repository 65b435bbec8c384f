// The evaluation of stored tenders, the decision (agreements with the bid prices, new providers, the
// evaluation frozen) and the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { createRng, syntheticCvr } from '../../seed/synthetic.ts';
import { FIXTURE_CRITERIA, insertEvaluatedTender } from './evaluation.fixtures.ts';
import { insertNewTender, refusal, SETUP, twoFixtureBids } from './evaluation.test-setup.ts';
import {
  createBid,
  decideTender,
  evaluationReport,
  getEvaluation,
  getEvaluationOverview,
  recordConsensusScores,
  saveEvaluationSetup,
} from './evaluation.service.ts';
import { addProposal, createCommitteeItem } from './decision.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const rng = createRng(6_006);

const newTender = () => insertNewTender(database.db);
const twoBids = () => twoFixtureBids(world.organisations.providerA.id, world.organisations.providerB.id);

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

describe('the evaluation', () => {
  it('names a bid missing a consensus score instead of ranking the area', async () => {
    const bids = twoBids();
    bids[1]!.points = [7, 7];
    const tender = await insertEvaluatedTender(database.db, { bids });
    const result = await getEvaluation(ctx('procurement'), tender.tenderId);
    expect(result.complete).toBe(false);
    expect(result.areas[0]!.problems).toEqual([
      `Buddet fra ${world.organisations.providerB.name} i delområde 1 mangler konsensuspoint for »Individuel tilgang«.`,
    ]);
    expect(result.areas[0]!.bids).toEqual([]);
  });

  it("ranks the bids, gives the stable interval and evaluates the committee's amendment weighting", async () => {
    const tender = await insertEvaluatedTender(database.db, { bids: twoBids() });
    const item = await createCommitteeItem(ctx('procurement'), {
      committee: 'Beskæftigelses- og Integrationsudvalget',
      meetingDate: '2026-05-18',
      title: 'Rammer (test)',
      tenderId: tender.tenderId,
      recommendation: '1. at udvalget godkender',
    });
    await addProposal(ctx('procurement'), item.id, {
      text: '20/20/60',
      parties: ['Ø'],
      criteriaWeights: { progression: 20, local: 20, individual: 60 },
      votes: {
        for: { count: 4, parties: ['Ø'] },
        against: { count: 5, parties: ['A'] },
        abstaining: { count: 0 },
      },
    });
    const area = (await getEvaluation(ctx('procurement'), tender.tenderId)).areas[0]!;
    // A: quality 8.2, price points 10 × 55.575 / 58.760; B: quality 7.2, price points 10.
    expect(area.bids.map((b) => [b.bidder, b.rank, b.selected])).toEqual([
      [world.organisations.providerA.name, 1, true],
      [world.organisations.providerB.name, 2, false],
    ]);
    expect(area.bids[0]!.qualityScore).toBeCloseTo(8.2, 10);
    expect(area.stableQualityWeight!.to).toBe(1);
    expect(area.chart).toHaveLength(21);
    expect(area.alternatives).toEqual([
      expect.objectContaining({
        name: 'Ændringsforslag fra Ø',
        source: 'committee',
        outcome: 'rejected',
        selectionChanges: true,
      }),
    ]);
  });
});

describe('deciding the tender', () => {
  it('refuses an incomplete evaluation', async () => {
    const bids = twoBids();
    delete bids[0]!.points;
    const tender = await insertEvaluatedTender(database.db, { bids });
    const error = await refusal(
      decideTender(ctx('procurement'), tender.tenderId, {
        decidedOn: '2026-06-01',
        startsOn: '2027-01-01',
        originalEndsOn: '2028-12-31',
      }),
    );
    expect(error.code).toBe('INVALID_STATE');
    expect(String(error.params.problems)).toContain('mangler konsensuspoint for »Fremdrift«');
  });

  it('creates agreements with the bid prices for the selected bidders, new bidders as providers, and freezes the evaluation', async () => {
    const { tenderId, areaId } = await newTender();
    await database.db
      .updateTable('tenderArea')
      .set({ providersToSelect: 2 })
      .where('id', '=', areaId)
      .execute();
    await saveEvaluationSetup(ctx('procurement'), tenderId, SETUP);
    const cvr = syntheticCvr(rng);
    const newcomer = await createBid(ctx('procurement'), tenderId, {
      tenderAreaId: areaId,
      bidderName: 'Nørrebro Jobværksted',
      bidderCvr: cvr,
      bidderDistrict: 'Nørrebro',
      prices: { programme: '1.900', aftercare: '590' },
    });
    const known = await createBid(ctx('procurement'), tenderId, {
      tenderAreaId: areaId,
      providerId: world.organisations.providerA.id,
      prices: { programme: '2.000', aftercare: '600' },
    });
    const loser = await createBid(ctx('procurement'), tenderId, {
      tenderAreaId: areaId,
      providerId: world.organisations.providerB.id,
      prices: { programme: '2.100', aftercare: '650' },
    });
    for (const [bid, points] of [
      [newcomer, 8],
      [known, 7],
      [loser, 5],
    ] as const) {
      await recordConsensusScores(ctx('procurement'), bid.id, {
        scores: FIXTURE_CRITERIA.map((c) => ({ criterion: c.code, points, justification: 'Konsensus' })),
      });
    }
    const result = await decideTender(ctx('procurement'), tenderId, {
      decidedOn: '2026-06-01',
      startsOn: '2027-01-01',
      originalEndsOn: '2028-12-31',
      extensionMonths: [12],
    });
    expect(result.agreements.map((a) => [a.providerName, a.createdProvider])).toEqual([
      ['Nørrebro Jobværksted', true],
      [world.organisations.providerA.name, false],
    ]);
    const prices = await database.db
      .selectFrom('agreementPrice as p')
      .innerJoin('frameworkAgreement as a', 'a.id', 'p.agreementId')
      .select(['a.providerId', 'p.priceKind', 'p.weeklyOre', 'p.validFrom'])
      .where('a.tenderAreaId', '=', areaId)
      .orderBy('p.weeklyOre')
      .execute();
    expect(prices.map((p) => [p.priceKind, p.weeklyOre, p.validFrom])).toEqual([
      ['aftercare', 59_000, '2027-01-01'],
      ['aftercare', 60_000, '2027-01-01'],
      ['programme', 190_000, '2027-01-01'],
      ['programme', 200_000, '2027-01-01'],
    ]);
    const profile = await database.db
      .selectFrom('providerProfile')
      .select(['district', 'providerSince'])
      .where('cvr', '=', cvr)
      .executeTakeFirstOrThrow();
    expect(profile).toEqual({ district: 'Nørrebro', providerSince: 2026 });

    const overview = await getEvaluationOverview(ctx('analyst'), tenderId);
    expect(overview.decidedOn).toBe('2026-06-01');
    expect(overview.maySeeBids).toBe(true);
    // Thunks: each attempt starts only when the previous refusal has been checked.
    const frozen = [
      () =>
        recordConsensusScores(ctx('procurement'), loser.id, {
          scores: [{ criterion: 'progression', points: 9, justification: 'Ændret' }],
        }),
      () =>
        createBid(ctx('procurement'), tenderId, {
          tenderAreaId: areaId,
          providerId: world.organisations.providerB.id,
          prices: { programme: '2.000', aftercare: '600' },
        }),
      () => saveEvaluationSetup(ctx('procurement'), tenderId, SETUP),
      () =>
        decideTender(ctx('procurement'), tenderId, {
          decidedOn: '2026-06-02',
          startsOn: '2027-01-01',
          originalEndsOn: '2028-12-31',
        }),
    ];
    for (const attempt of frozen) {
      const error = await refusal(attempt());
      expect([error.code, error.message]).toEqual(['INVALID_STATE', 'tender.decided_read_only']);
    }
  });
});

describe('the evaluation report', () => {
  it('exports XLSX and PDF and audits the export', async () => {
    const tender = await insertEvaluatedTender(database.db, { bids: twoBids() });
    const xlsx = await evaluationReport(ctx('procurement'), tender.tenderId, 'xlsx');
    expect(xlsx.content.subarray(0, 2).toString()).toBe('PK');
    const pdf = await evaluationReport(ctx('procurement'), tender.tenderId, 'pdf');
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.fileName).toMatch(/\.pdf$/);
    const audit = await database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityType', '=', 'tender_evaluation')
      .where('entityId', '=', tender.tenderId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['export', 'export']);
  });
});
