// SQL of the committee's decision record: meeting items and their proposals with votes. Functions take a
// transaction (or the database).
import type { Kysely } from 'kysely';
import type { CommitteeProposalKind, DatabaseSchema } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

function items(db: Runner) {
  return db
    .selectFrom('committeeItem as ci')
    .leftJoin('tender as t', 't.id', 'ci.tenderId')
    .select([
      'ci.id',
      'ci.committee',
      'ci.committeeShort',
      'ci.meetingDate',
      'ci.meetingDateNote',
      'ci.caseNumber',
      'ci.title',
      'ci.tenderId',
      't.name as tenderName',
      'ci.recommendation',
    ])
    .select((eb) =>
      eb
        .selectFrom('committeeProposal as p')
        .whereRef('p.committeeItemId', '=', 'ci.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('proposalCount'),
    );
}

export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

export async function findItems(db: Runner) {
  return items(db).orderBy('ci.meetingDate', 'desc').orderBy('ci.title').execute();
}

export async function findItem(db: Runner, id: string) {
  return items(db).where('ci.id', '=', id).executeTakeFirst();
}

const proposalColumns = [
  'id',
  'committeeItemId',
  'kind',
  'position',
  'text',
  'parties',
  'criteriaWeights',
  'votesFor',
  'votesAgainst',
  'votesAbstaining',
  'partiesFor',
  'partiesAgainst',
  'partiesAbstaining',
] as const;

export type ProposalRow = Awaited<ReturnType<typeof findProposals>>[number];

export async function findProposals(db: Runner, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('committeeProposal')
    .select(proposalColumns)
    .where('committeeItemId', 'in', itemIds)
    .orderBy('committeeItemId')
    .orderBy('position')
    .execute();
}

export async function findProposal(db: Runner, id: string) {
  return db.selectFrom('committeeProposal').select(proposalColumns).where('id', '=', id).executeTakeFirst();
}

export async function tenderExists(db: Runner, id: string): Promise<boolean> {
  const row = await db.selectFrom('tender').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** The tender of that name (demo data links the 2020 decision to the 2021 tender). */
export async function findTenderIdByName(db: Runner, name: string): Promise<string | undefined> {
  const row = await db.selectFrom('tender').select('id').where('name', '=', name).executeTakeFirst();
  return row?.id;
}

export async function findItemByCase(db: Runner, meetingDate: string, caseNumber: string) {
  return db
    .selectFrom('committeeItem')
    .select('id')
    .where('meetingDate', '=', meetingDate)
    .where('caseNumber', '=', caseNumber)
    .executeTakeFirst();
}

export interface NewItem {
  committee: string;
  committeeShort: string | null;
  meetingDate: string;
  meetingDateNote?: string | null;
  caseNumber: string | null;
  title: string;
  tenderId: string | null;
  recommendation: string;
}

export async function insertItem(db: Runner, item: NewItem): Promise<string> {
  const row = await db.insertInto('committeeItem').values(item).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export interface NewProposal {
  committeeItemId: string;
  kind: CommitteeProposalKind;
  text: string;
  parties: string[];
  criteriaWeights: Record<string, number> | null;
}

/** Inserts the proposal after the item's last one (position = max + 1). */
export async function insertProposal(db: Runner, proposal: NewProposal): Promise<string> {
  const last = await db
    .selectFrom('committeeProposal')
    .select((eb) => eb.fn.max<number | null>('position').as('max'))
    .where('committeeItemId', '=', proposal.committeeItemId)
    .executeTakeFirst();
  const row = await db
    .insertInto('committeeProposal')
    .values({
      ...proposal,
      position: Number(last?.max ?? 0) + 1,
      criteriaWeights: proposal.criteriaWeights === null ? null : JSON.stringify(proposal.criteriaWeights),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface VoteValues {
  votesFor: number;
  votesAgainst: number;
  votesAbstaining: number;
  partiesFor: string[];
  partiesAgainst: string[];
  partiesAbstaining: string[];
}

export async function updateVotes(db: Runner, proposalId: string, votes: VoteValues): Promise<void> {
  await db
    .updateTable('committeeProposal')
    .set({ ...votes, votedAt: new Date(), updatedAt: new Date() })
    .where('id', '=', proposalId)
    .execute();
}

/** Locks the item so that two proposals added at once get different positions. */
export async function lockItem(db: Runner, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('committeeItem')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}
