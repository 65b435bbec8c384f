// SQL of tenders, their price bands and tender areas. Functions take a transaction (or the database).
import type { Kysely } from 'kysely';
import type { DatabaseSchema, PriceKind } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

const tenderColumns = [
  't.id',
  't.name',
  't.caseNumber',
  't.decidedOn',
  't.minBindingPartnerships',
  't.maxBindingPartnerships',
  't.programmeCapWeeklyOre',
  't.aftercareCapWeeklyOre',
] as const;

/** Tenders with how many areas each has. */
function tenders(db: Runner) {
  return db
    .selectFrom('tender as t')
    .select(tenderColumns)
    .select((eb) =>
      eb
        .selectFrom('tenderArea as ta')
        .whereRef('ta.tenderId', '=', 't.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('areaCount'),
    );
}

export async function findTenders(db: Runner) {
  return tenders(db)
    .orderBy('t.decidedOn', (ob) => ob.desc().nullsLast())
    .orderBy('t.name')
    .execute();
}

export async function findTender(db: Runner, id: string) {
  return tenders(db).where('t.id', '=', id).executeTakeFirst();
}

export async function findPriceBands(db: Runner, tenderIds: readonly string[]) {
  if (tenderIds.length === 0) return [];
  return db
    .selectFrom('tenderPriceBand')
    .select(['tenderId', 'priceKind', 'minWeeklyOre', 'maxWeeklyOre'])
    .where('tenderId', 'in', tenderIds)
    .orderBy('priceKind', 'desc')
    .execute();
}

export async function findTenderCaps(db: Runner, tenderId: string) {
  return db
    .selectFrom('tender')
    .select(['programmeCapWeeklyOre', 'aftercareCapWeeklyOre'])
    .where('id', '=', tenderId)
    .executeTakeFirst();
}

export async function findAreasOfTender(db: Runner, tenderId: string) {
  return db
    .selectFrom('tenderArea as ta')
    .select(['ta.id', 'ta.tenderId', 'ta.number', 'ta.name', 'ta.targetGroup', 'ta.providersToSelect'])
    .select((eb) =>
      eb
        .selectFrom('frameworkAgreement as a')
        .whereRef('a.tenderAreaId', '=', 'ta.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('agreementCount'),
    )
    .where('ta.tenderId', '=', tenderId)
    .orderBy('ta.number')
    .execute();
}

export async function findArea(db: Runner, id: string) {
  return db
    .selectFrom('tenderArea as ta')
    .select(['ta.id', 'ta.tenderId', 'ta.number', 'ta.name', 'ta.targetGroup', 'ta.providersToSelect'])
    .where('ta.id', '=', id)
    .executeTakeFirst();
}

export async function isAreaNumberTaken(db: Runner, tenderId: string, number: number, exceptId?: string) {
  let query = db
    .selectFrom('tenderArea')
    .select('id')
    .where('tenderId', '=', tenderId)
    .where('number', '=', number);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export interface TenderValues {
  name: string;
  caseNumber: string | null;
  decidedOn: string | null;
  minBindingPartnerships: number | null;
  maxBindingPartnerships: number | null;
  /** The real caps (migration 0024); the bands are estimates. */
  programmeCapWeeklyOre: number | null;
  aftercareCapWeeklyOre: number | null;
}

export async function insertTender(db: Runner, values: TenderValues) {
  return db.insertInto('tender').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateTender(db: Runner, id: string, values: Partial<TenderValues>) {
  await db
    .updateTable('tender')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Replaces the tender's band of each kind given: a band, or null to remove it. */
export async function setPriceBands(
  db: Runner,
  tenderId: string,
  bands: Partial<Record<PriceKind, { minWeeklyOre: number; maxWeeklyOre: number } | null>>,
) {
  for (const [priceKind, band] of Object.entries(bands) as [PriceKind, typeof bands.programme][]) {
    if (band === undefined) continue;
    await db
      .deleteFrom('tenderPriceBand')
      .where('tenderId', '=', tenderId)
      .where('priceKind', '=', priceKind)
      .execute();
    if (band)
      await db
        .insertInto('tenderPriceBand')
        .values({ tenderId, priceKind, ...band })
        .execute();
  }
}

export interface AreaValues {
  number: number;
  name: string;
  targetGroup: string;
  providersToSelect: number;
}

export async function insertArea(db: Runner, tenderId: string, values: AreaValues) {
  return db
    .insertInto('tenderArea')
    .values({ tenderId, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateArea(db: Runner, id: string, values: Partial<AreaValues>) {
  await db
    .updateTable('tenderArea')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}
