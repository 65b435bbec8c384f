// The award model, bids, who sees them, and scores (evaluation-decision.service.test.ts: the rest).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { createRng, syntheticCvr } from '../../seed/synthetic.ts';
import { FIXTURE_CRITERIA, insertEvaluatedTender } from './evaluation.fixtures.ts';
import { insertNewTender, refusal, SETUP, twoFixtureBids } from './evaluation.test-setup.ts';
import {
  createBid,
  evaluationReport,
  getEvaluation,
  getEvaluationOverview,
  getScoreSheet,
  listBids,
  recordConsensusScores,
  recordEvaluatorScores,
  saveEvaluationSetup,
  saveEvaluators,
} from './evaluation.service.ts';
import { safeContentType } from './services/bids.ts';

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

describe('setting up the award model', () => {
  it('refuses weights that do not sum to 100 % and names the sum and the criteria', async () => {
    const { tenderId } = await newTender();
    const error = await refusal(
      saveEvaluationSetup(ctx('procurement'), tenderId, {
        ...SETUP,
        weights: { quality: 80, price: 10 },
        criteria: FIXTURE_CRITERIA.map((c) => (c.code === 'individual' ? { ...c, weight: 30 } : c)),
      }),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toEqual({
      'weights.quality': 'Kvalitet og pris skal vægte 100 % i alt; de vægter 90 %.',
      criteria:
        'Delkriteriernes vægte skal give 100 % i alt; Fremdrift, Lokalt kendskab, Individuel tilgang giver 110 %.',
    });
  });

  it('refuses an interval model whose price for 0 points is not above the price for full points', async () => {
    const { tenderId } = await newTender();
    const error = await refusal(
      saveEvaluationSetup(ctx('procurement'), tenderId, {
        ...SETUP,
        priceModel: { type: 'interval', best: '2.150', worst: '1.850' },
      }),
    );
    expect(error.fields?.['priceModel.worst']).toBe(
      'Prisen for 0 point (1.850) skal være højere end prisen for fulde point (2.150).',
    );
  });

  it('accepts fractions (0.8 and 0.2), stores percents, audits the change and shows the model to analysts', async () => {
    const { tenderId } = await newTender();
    const overview = await saveEvaluationSetup(ctx('procurement'), tenderId, {
      ...SETUP,
      weights: { quality: 0.8, price: 0.2 },
    });
    expect(overview.setup?.weights).toEqual({ quality: 80, price: 20 });
    expect(overview.setup?.criteria.map((c) => [c.code, c.weight])).toEqual([
      ['progression', 40],
      ['local', 40],
      ['individual', 20],
    ]);
    const audit = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'actorUsername'])
      .where('entityType', '=', 'tender_evaluation')
      .where('entityId', '=', tenderId)
      .execute();
    expect(audit).toEqual([{ action: 'create', actorUsername: world.users.procurement.username }]);
    const seen = await getEvaluationOverview(ctx('analyst'), tenderId);
    expect(seen.setup?.criteria).toHaveLength(3);
    expect(seen.maySeeBids).toBe(false);
    expect(seen.evaluatorCandidates).toEqual([]);
  });

  it('refuses evaluators without the procurement or administrator role', async () => {
    const { tenderId } = await newTender();
    await saveEvaluationSetup(ctx('procurement'), tenderId, SETUP);
    const error = await refusal(
      saveEvaluators(ctx('procurement'), tenderId, { userIds: [world.users.analyst.userId] }),
    );
    expect(error.fields?.userIds).toMatch(/indkøb eller administrator/);
    const saved = await saveEvaluators(ctx('procurement'), tenderId, {
      userIds: [world.users.procurement.userId, world.users.admin.userId],
    });
    expect(saved.evaluators.map((e) => e.userId).sort()).toEqual(
      [world.users.procurement.userId, world.users.admin.userId].sort(),
    );
  });
});

describe('bids', () => {
  it('refuses a bid missing a price, naming the element, and a new bidder without a district', async () => {
    const { tenderId, areaId } = await newTender();
    await saveEvaluationSetup(ctx('procurement'), tenderId, SETUP);
    const error = await refusal(
      createBid(ctx('procurement'), tenderId, {
        tenderAreaId: areaId,
        bidderName: 'Ny Tilbudsgiver',
        bidderCvr: syntheticCvr(rng),
        prices: { programme: '1.950' },
      }),
    );
    expect(error.fields).toMatchObject({
      'prices.aftercare': 'Buddet mangler en ugepris for »Ugepris for efterværn«.',
      bidderDistrict: expect.any(String),
    });
  });

  it('enters a bid for a new bidder and one for a provider, and refuses a second bid from the provider', async () => {
    const { tenderId, areaId } = await newTender();
    await saveEvaluationSetup(ctx('procurement'), tenderId, SETUP);
    const bid = await createBid(ctx('procurement'), tenderId, {
      tenderAreaId: areaId,
      bidderName: 'Ny Tilbudsgiver',
      bidderCvr: syntheticCvr(rng),
      bidderDistrict: 'Valby',
      prices: { programme: '1.950,50', aftercare: '620' },
    });
    expect(bid.bidder).toBe('Ny Tilbudsgiver');
    expect(bid.evaluatedPriceOre).toBe(195_050 * 26 + 62_000 * 13);
    const input = {
      tenderAreaId: areaId,
      providerId: world.organisations.providerA.id,
      prices: { programme: '2.000', aftercare: '600' },
    };
    await createBid(ctx('procurement'), tenderId, input);
    const error = await refusal(createBid(ctx('procurement'), tenderId, input));
    expect(error.fields?.providerId).toBe(
      `${world.organisations.providerA.name} har allerede afgivet bud i delområde 1.`,
    );
  });
});

describe('who sees bids, scores and rankings', () => {
  it('refuses analysts before the decision and lets them read after it', async () => {
    const open = await insertEvaluatedTender(database.db, { bids: twoBids() });
    for (const read of [listBids, getScoreSheet, getEvaluation]) {
      const error = await refusal(read(ctx('analyst'), open.tenderId));
      expect([error.code, error.message]).toEqual(['FORBIDDEN', 'tender.bids_before_decision']);
    }
    expect((await refusal(evaluationReport(ctx('analyst'), open.tenderId, 'xlsx'))).code).toBe('FORBIDDEN');
    expect((await listBids(ctx('procurement'), open.tenderId)).items).toHaveLength(2);

    const decided = await insertEvaluatedTender(database.db, { bids: twoBids(), decided: true });
    expect((await listBids(ctx('analyst'), decided.tenderId)).items).toHaveLength(2);
    expect((await getEvaluation(ctx('analyst'), decided.tenderId)).complete).toBe(true);
  });
});

describe('scores', () => {
  it('refuses points outside the scale and a missing justification, naming the criterion', async () => {
    const tender = await insertEvaluatedTender(database.db, {
      bids: twoBids(),
      evaluatorIds: [world.users.procurement.userId],
    });
    const error = await refusal(
      recordConsensusScores(ctx('procurement'), tender.bidIds[0]!, {
        scores: [
          { criterion: 'progression', points: 11, justification: 'For højt' },
          { criterion: 'local', points: 5, justification: ' ' },
        ],
      }),
    );
    expect(error.fields).toEqual({
      'scores.0.points': '11 point for »Fremdrift« ligger uden for skalaen 0–10.',
      'scores.1.justification': 'Skriv en begrundelse for pointene for »Lokalt kendskab«.',
    });
  });

  it("records an evaluator's own points only when they are an evaluator of the tender, and audits each entry", async () => {
    const tender = await insertEvaluatedTender(database.db, {
      bids: twoBids(),
      evaluatorIds: [world.users.procurement.userId],
    });
    const error = await refusal(
      recordEvaluatorScores(ctx('admin'), tender.bidIds[0]!, {
        scores: [{ criterion: 'progression', points: 7, justification: 'God fremdrift' }],
      }),
    );
    expect(error.fields?.evaluatorId).toMatch(/er ikke evaluator på udbuddet/);
    const sheet = await recordEvaluatorScores(ctx('procurement'), tender.bidIds[0]!, {
      scores: [
        { criterion: 'progression', points: 7, justification: 'God fremdrift' },
        { criterion: 'local', points: 8.5, justification: 'Stærkt lokalt netværk' },
      ],
    });
    expect(sheet.bids.find((b) => b.bidId === tender.bidIds[0])!.evaluatorScores).toHaveLength(2);
    const audit = await database.db
      .selectFrom('auditEvent')
      .select('criteria')
      .where('entityType', '=', 'tender_score')
      .where('entityId', '=', tender.bidIds[0]!)
      .execute();
    expect(audit.map((a) => (a.criteria as { criterion: string }).criterion)).toEqual([
      'progression',
      'local',
    ]);
  });
});

describe('attachment downloads', () => {
  it('serves types a browser would run as plain bytes', () => {
    expect(safeContentType('application/pdf')).toBe('application/pdf');
    expect(
      safeContentType('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toMatch(/^application\/vnd\./);
    expect(safeContentType('text/html')).toBe('application/octet-stream');
    expect(safeContentType('image/svg+xml')).toBe('application/octet-stream');
  });
});
