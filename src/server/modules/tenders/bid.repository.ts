// SQL of bids, their weekly prices and attachments, and the evaluators' and consensus scores. Functions
// take a transaction (or the database) and return plain rows.
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

function bids(db: Runner) {
  return db
    .selectFrom('tenderBid as b')
    .innerJoin('tenderArea as a', 'a.id', 'b.tenderAreaId')
    .leftJoin('organisation as o', 'o.id', 'b.providerId')
    .leftJoin('providerProfile as pp', 'pp.organisationId', 'b.providerId')
    .select([
      'b.id',
      'b.tenderId',
      'b.tenderAreaId',
      'a.number as areaNumber',
      'a.name as areaName',
      'b.providerId',
      'b.bidderName',
      'b.bidderCvr',
      'b.bidderDistrict',
      'o.name as providerName',
      'pp.cvr as providerCvr',
      'pp.district as providerDistrict',
      'b.solution',
      'b.receivedOn',
    ]);
}

export async function findBids(db: Runner, tenderId: string) {
  return bids(db)
    .where('b.tenderId', '=', tenderId)
    .orderBy('a.number')
    .orderBy(sql`coalesce(o.name, b.bidder_name)`)
    .orderBy('b.id')
    .execute();
}

export async function findBid(db: Runner, id: string) {
  return bids(db).where('b.id', '=', id).executeTakeFirst();
}

export type BidRow = NonNullable<Awaited<ReturnType<typeof findBid>>>;

/** The name a bid goes by: the provider's, or the bidder's as written on the bid. */
export function bidderOf(row: Pick<BidRow, 'providerName' | 'bidderName'>): string {
  return row.providerName ?? row.bidderName ?? '–';
}

export async function findBidIdOf(
  db: Runner,
  areaId: string,
  bidder: { providerId: string | null; cvr: string | null },
): Promise<string | undefined> {
  let query = db.selectFrom('tenderBid').select('id').where('tenderAreaId', '=', areaId);
  query =
    bidder.providerId !== null
      ? query.where('providerId', '=', bidder.providerId)
      : query.where('providerId', 'is', null).where('bidderCvr', '=', bidder.cvr);
  return (await query.executeTakeFirst())?.id;
}

export interface BidValues {
  tenderAreaId: string;
  providerId: string | null;
  bidderName: string | null;
  bidderCvr: string | null;
  bidderDistrict: string | null;
  solution: string;
  receivedOn: string | null;
}

export async function insertBid(db: Runner, tenderId: string, values: BidValues): Promise<string> {
  const row = await db
    .insertInto('tenderBid')
    .values({ tenderId, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateBid(db: Runner, id: string, values: BidValues): Promise<void> {
  await db
    .updateTable('tenderBid')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function deleteBid(db: Runner, id: string): Promise<void> {
  await db.deleteFrom('tenderBid').where('id', '=', id).execute();
}

export async function setBidPrices(
  db: Runner,
  bidId: string,
  prices: readonly { priceElementId: string; weeklyOre: number }[],
): Promise<void> {
  await db.deleteFrom('tenderBidPrice').where('bidId', '=', bidId).execute();
  if (prices.length === 0) return;
  await db
    .insertInto('tenderBidPrice')
    .values(prices.map((p) => ({ bidId, ...p })))
    .execute();
}

export async function findBidPrices(db: Runner, bidIds: readonly string[]) {
  if (bidIds.length === 0) return [];
  return db
    .selectFrom('tenderBidPrice')
    .select(['bidId', 'priceElementId', 'weeklyOre'])
    .where('bidId', 'in', bidIds)
    .execute();
}

export async function findAttachments(db: Runner, bidIds: readonly string[]) {
  if (bidIds.length === 0) return [];
  return db
    .selectFrom('tenderBidAttachment')
    .select(['id', 'bidId', 'fileName', 'contentType', 'sizeBytes'])
    .where('bidId', 'in', bidIds)
    .orderBy('createdAt')
    .execute();
}

export async function findAttachment(db: Runner, id: string) {
  return db
    .selectFrom('tenderBidAttachment as f')
    .innerJoin('tenderBid as b', 'b.id', 'f.bidId')
    .select(['f.id', 'f.bidId', 'b.tenderId', 'f.fileName', 'f.contentType', 'f.sizeBytes', 'f.content'])
    .where('f.id', '=', id)
    .executeTakeFirst();
}

export async function insertAttachment(
  db: Runner,
  values: { bidId: string; fileName: string; contentType: string; content: Buffer; createdBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('tenderBidAttachment')
    .values({ ...values, sizeBytes: values.content.length })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteAttachment(db: Runner, id: string): Promise<void> {
  await db.deleteFrom('tenderBidAttachment').where('id', '=', id).execute();
}

export async function findScores(db: Runner, tenderId: string) {
  return db
    .selectFrom('tenderScore as s')
    .innerJoin('tenderBid as b', 'b.id', 's.bidId')
    .select(['s.bidId', 's.criterionId', 's.evaluatorId', 's.points', 's.justification'])
    .where('b.tenderId', '=', tenderId)
    .execute();
}

export async function findConsensus(db: Runner, tenderId: string) {
  return db
    .selectFrom('tenderConsensusScore as s')
    .innerJoin('tenderBid as b', 'b.id', 's.bidId')
    .select(['s.bidId', 's.criterionId', 's.points', 's.justification'])
    .where('b.tenderId', '=', tenderId)
    .execute();
}

export interface ScoreValues {
  bidId: string;
  criterionId: string;
  points: number;
  justification: string;
  recordedBy: string | null;
}

export async function upsertScore(db: Runner, values: ScoreValues & { evaluatorId: string }): Promise<void> {
  await db
    .insertInto('tenderScore')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['bidId', 'criterionId', 'evaluatorId']).doUpdateSet({
        points: values.points,
        justification: values.justification,
        recordedBy: values.recordedBy,
        updatedAt: new Date(),
      }),
    )
    .execute();
}

export async function upsertConsensus(db: Runner, values: ScoreValues): Promise<void> {
  await db
    .insertInto('tenderConsensusScore')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['bidId', 'criterionId']).doUpdateSet({
        points: values.points,
        justification: values.justification,
        recordedBy: values.recordedBy,
        updatedAt: new Date(),
      }),
    )
    .execute();
}
