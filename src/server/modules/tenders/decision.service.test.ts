import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { TENDER_2021 } from '../agreements/agreement.demo.ts';
import {
  addProposal,
  createCommitteeItem,
  getCommitteeItem,
  listCommitteeItems,
  recordVotes,
} from './decision.service.ts';
import { refusal } from './evaluation.test-setup.ts';
import { DECISION_2020, seedTendersDemo } from './tender.demo.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
let tenderId: string;

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);

async function auditRows(entityType: string, entityId: string) {
  return database.db
    .selectFrom('auditEvent')
    .select(['action', 'actorUsername', 'criteria'])
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('seq')
    .execute();
}

const newItem = () =>
  createCommitteeItem(ctx('procurement'), {
    committee: 'Beskæftigelses- og Integrationsudvalget',
    committeeShort: 'BIU',
    meetingDate: '2026-05-18',
    caseNumber: `2026-${Math.floor(Math.random() * 1e7)}`,
    title: 'Rammer for udbud (test)',
    recommendation: '1. at udvalget godkender rammerne\n2. at kvalitet vægter 80 pct. og pris 20 pct.',
  });

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const tender = await database.db
    .insertInto('tender')
    .values({ name: TENDER_2021, caseNumber: '2020-0117251', decidedOn: '2020-05-18' })
    .returning('id')
    .executeTakeFirstOrThrow();
  tenderId = tender.id;
});

afterAll(() => database?.close());

describe('the demo decision of 18 May 2020 (seed 003)', () => {
  it('rejects the 30/40/30 amendment 4–5–2 and adopts the recommendation 8–0–3, linked to the 2021 tender', async () => {
    await seedTendersDemo(database.db);
    await seedTendersDemo(database.db);
    const list = await listCommitteeItems(ctx('analyst'));
    const items = list.items.filter((i) => i.caseNumber === DECISION_2020.caseNumber);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ committeeShort: 'BIU', tenderId, recommendationOutcome: 'adopted' });

    const item = await getCommitteeItem(ctx('analyst'), items[0]!.id);
    const amendment = item.proposals.find((p) => p.kind === 'amendment')!;
    const recommendation = item.proposals.find((p) => p.kind === 'recommendation')!;
    expect(amendment).toMatchObject({
      parties: ['Ø'],
      criteriaWeights: { progression: 30, local: 40, individual: 30 },
      votes: {
        for: { count: 4, parties: ['Ø', 'Å'] },
        against: { count: 5, parties: ['F', 'B', 'A'] },
        abstaining: { count: 2, parties: ['C', 'V'] },
      },
      outcome: 'rejected',
    });
    expect(Object.keys(amendment.criteriaWeights ?? {})).toEqual(['progression', 'local', 'individual']);
    expect(recommendation).toMatchObject({
      votes: {
        for: { count: 8, parties: ['Ø', 'F', 'A', 'Å'] },
        against: { count: 0, parties: [] },
        abstaining: { count: 3, parties: ['B', 'C', 'V'] },
      },
      outcome: 'adopted',
    });
    expect(item.recommendation).toContain('kvalitet vægter 80 pct. og pris 20 pct.');
    const rows = await auditRows('committee_proposal', amendment.id);
    expect(rows.map((r) => [r.action, r.actorUsername])).toEqual([
      ['create', 'system:demo-seed'],
      ['update', 'system:demo-seed'],
    ]);
  });
});

describe('recording a committee decision', () => {
  it('creates an item with its recommendation as the first proposal, not yet voted on, and audits it', async () => {
    const item = await newItem();
    expect(item.proposals).toEqual([
      expect.objectContaining({ kind: 'recommendation', position: 1, votes: null, outcome: null }),
    ]);
    const rows = await auditRows('committee_item', item.id);
    expect(rows.map((r) => [r.action, r.actorUsername])).toEqual([
      ['create', world.users.procurement.username],
    ]);
  });

  it('adds an amendment with its votes and computes the outcome from them; a corrected vote changes it', async () => {
    const item = await newItem();
    const withAmendment = await addProposal(ctx('procurement'), item.id, {
      text: 'Vægtning 30/40/30',
      parties: [' ø'],
      criteriaWeights: { progression: 0.3, local: 0.4, individual: 0.3 },
      votes: {
        for: { count: 4, parties: ['Ø', 'Å'] },
        against: { count: 5, parties: ['F', 'B', 'A'] },
        abstaining: { count: 2, parties: ['C', 'V'] },
      },
    });
    const amendment = withAmendment.proposals.find((p) => p.kind === 'amendment')!;
    expect(amendment).toMatchObject({ position: 2, parties: ['Ø'], outcome: 'rejected' });

    const corrected = await recordVotes(ctx('admin'), amendment.id, {
      for: { count: 6, parties: ['Ø', 'Å', 'F'] },
      against: { count: 5, parties: ['B', 'A'] },
      abstaining: { count: 0, parties: [] },
    });
    expect(corrected.proposals.find((p) => p.id === amendment.id)?.outcome).toBe('adopted');
    const rows = await auditRows('committee_proposal', amendment.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update']);
    expect(rows[2]?.criteria).toMatchObject({ votes: [6, 5, 0], outcome: 'adopted' });
  });

  it('refuses weights that do not sum to 100, bad party letters and parties on zero votes, naming the fields', async () => {
    const item = await newItem();
    const weights = await refusal(
      addProposal(ctx('procurement'), item.id, {
        text: 'Forkert vægtning',
        parties: ['Ø'],
        criteriaWeights: { progression: 30, local: 40, individual: 20 },
      }),
    );
    expect(weights).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { criteriaWeights: 'tender.weights_sum' },
    });
    const party = await refusal(
      addProposal(ctx('procurement'), item.id, { text: 'x', parties: ['Venstre'] }),
    );
    expect(party.fields).toEqual({ parties: 'tender.party_code' });
    const votes = await refusal(
      recordVotes(ctx('procurement'), item.proposals[0]!.id, {
        for: { count: 3, parties: ['A'] },
        against: { count: 0, parties: ['V'] },
        abstaining: { count: 0, parties: [] },
      }),
    );
    expect(votes.fields).toEqual({ 'votes.against.parties': 'tender.vote_parties_without_votes' });
    const unchanged = await getCommitteeItem(ctx('procurement'), item.id);
    expect(unchanged.proposals).toHaveLength(1);
    expect(unchanged.proposals[0]?.votes).toBeNull();
  });

  it('answers not found for an unknown item or proposal and refuses an unknown tender', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await refusal(getCommitteeItem(ctx('analyst'), unknown))).code).toBe('NOT_FOUND');
    expect(
      (await refusal(addProposal(ctx('procurement'), unknown, { text: 'x', parties: ['Ø'] }))).code,
    ).toBe('NOT_FOUND');
    const votes = { count: 0, parties: [] };
    expect(
      (
        await refusal(
          recordVotes(ctx('procurement'), unknown, { for: votes, against: votes, abstaining: votes }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    const tender = await refusal(
      createCommitteeItem(ctx('procurement'), {
        committee: 'BIU',
        meetingDate: '2026-01-01',
        title: 'x',
        recommendation: 'y',
        tenderId: unknown,
      }),
    );
    expect(tender.fields).toEqual({ tenderId: 'tender.unknown_tender' });
  });
});
