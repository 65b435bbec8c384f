// The agreements module's SQL. Functions take a transaction (or the database) and return plain rows.
import type { Kysely } from 'kysely';
import type { AgreementStatus, DatabaseSchema, PriceKind } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

export interface AgreedPriceFilter {
  /** Prices valid at some time during this calendar year. */
  year?: number;
  tenderId?: string;
  tenderAreaId?: string;
  providerId?: string;
}

export async function findAgreedPrices(db: Runner, filter: AgreedPriceFilter) {
  let query = db
    .selectFrom('agreementPrice as p')
    .innerJoin('frameworkAgreement as a', 'a.id', 'p.agreementId')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .innerJoin('organisation as o', 'o.id', 'a.providerId')
    .select([
      'p.agreementId',
      'a.providerId',
      'o.name as providerName',
      'a.tenderAreaId',
      'ta.tenderId',
      'ta.name as tenderAreaName',
      'a.startsOn',
      'a.endsOn',
      'a.status',
      'p.priceKind',
      'p.validFrom',
      'p.validTo',
      'p.weeklyOre',
    ])
    .where('a.status', '!=', 'draft');
  if (filter.year !== undefined) {
    const first = `${filter.year}-01-01`;
    const last = `${filter.year}-12-31`;
    query = query
      .where('p.validFrom', '<=', last)
      .where((eb) => eb.or([eb('p.validTo', 'is', null), eb('p.validTo', '>=', first)]))
      .where('a.startsOn', '<=', last)
      .where('a.endsOn', '>=', first);
  }
  if (filter.tenderId) query = query.where('ta.tenderId', '=', filter.tenderId);
  if (filter.tenderAreaId) query = query.where('a.tenderAreaId', '=', filter.tenderAreaId);
  if (filter.providerId) query = query.where('a.providerId', '=', filter.providerId);
  return query.orderBy('o.name').orderBy('p.priceKind').orderBy('p.validFrom').execute();
}

export async function findPartnershipRequirement(db: Runner, providerId: string, onDate: string) {
  return db
    .selectFrom('frameworkAgreement as a')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .innerJoin('tender as t', 't.id', 'ta.tenderId')
    .select([
      't.id as tenderId',
      't.name as tenderName',
      't.minBindingPartnerships',
      't.maxBindingPartnerships',
    ])
    .where('a.providerId', '=', providerId)
    .where('a.status', '!=', 'draft')
    .where('a.startsOn', '<=', onDate)
    .where('a.endsOn', '>=', onDate)
    .orderBy('a.startsOn', 'desc')
    .executeTakeFirst();
}

export interface AgreementFilter {
  providerId?: string | undefined;
  tenderId?: string | undefined;
  tenderAreaId?: string | undefined;
}

function agreements(db: Runner) {
  return db
    .selectFrom('frameworkAgreement as a')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .innerJoin('tender as t', 't.id', 'ta.tenderId')
    .innerJoin('organisation as o', 'o.id', 'a.providerId')
    .select([
      'a.id',
      'a.tenderAreaId',
      'a.providerId',
      'a.caseNumber',
      'a.startsOn',
      'a.originalEndsOn',
      'a.endsOn',
      'a.noticeWeeks',
      'a.status',
      'a.noticeGivenOn',
      'a.terminationReason',
      'a.longDurationJustification',
      'a.ean',
      'ta.number as areaNumber',
      'ta.name as areaName',
      'ta.tenderId',
      't.name as tenderName',
      'o.name as providerName',
    ]);
}

export async function findAgreements(db: Runner, filter: AgreementFilter) {
  let query = agreements(db);
  if (filter.providerId) query = query.where('a.providerId', '=', filter.providerId);
  if (filter.tenderId) query = query.where('ta.tenderId', '=', filter.tenderId);
  if (filter.tenderAreaId) query = query.where('a.tenderAreaId', '=', filter.tenderAreaId);
  return query
    .orderBy('a.startsOn', 'desc')
    .orderBy('t.name')
    .orderBy('ta.number')
    .orderBy('o.name')
    .orderBy('a.id')
    .execute();
}

export type AgreementRow = Awaited<ReturnType<typeof findAgreements>>[number];

export async function findAgreement(db: Runner, id: string) {
  return agreements(db).where('a.id', '=', id).executeTakeFirst();
}

/** Serialises changes to one agreement (termination, extensions, prices) across requests. */
export async function lockAgreement(db: Runner, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('frameworkAgreement')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

export async function findExtensions(db: Runner, agreementIds: readonly string[]) {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('agreementExtension')
    .select(['id', 'agreementId', 'position', 'months', 'exercisedOn'])
    .where('agreementId', 'in', agreementIds)
    .orderBy('agreementId')
    .orderBy('position')
    .execute();
}

export async function findPrices(db: Runner, agreementIds: readonly string[]) {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('agreementPrice')
    .select(['id', 'agreementId', 'priceKind', 'validFrom', 'validTo', 'weeklyOre', 'outsideBandReason'])
    .where('agreementId', 'in', agreementIds)
    .orderBy('agreementId')
    .orderBy('priceKind', 'desc')
    .orderBy('validFrom')
    .execute();
}

export async function existsAgreement(
  db: Runner,
  tenderAreaId: string,
  providerId: string,
  startsOn: string,
) {
  const row = await db
    .selectFrom('frameworkAgreement')
    .select('id')
    .where('tenderAreaId', '=', tenderAreaId)
    .where('providerId', '=', providerId)
    .where('startsOn', '=', startsOn)
    .executeTakeFirst();
  return row !== undefined;
}

export interface NewAgreement {
  tenderAreaId: string;
  providerId: string;
  caseNumber: string | null;
  startsOn: string;
  originalEndsOn: string;
  endsOn: string;
  noticeWeeks: number;
  status: AgreementStatus;
  longDurationJustification: string | null;
}

export async function insertAgreement(db: Runner, values: NewAgreement) {
  return db.insertInto('frameworkAgreement').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function insertExtensions(db: Runner, agreementId: string, months: readonly number[]) {
  if (months.length === 0) return;
  await db
    .insertInto('agreementExtension')
    .values(months.map((m, index) => ({ agreementId, position: index + 1, months: m })))
    .execute();
}

export async function updateAgreement(
  db: Runner,
  id: string,
  values: Partial<
    Pick<NewAgreement, 'caseNumber' | 'endsOn' | 'status' | 'longDurationJustification'> & {
      noticeGivenOn: string;
      terminationReason: string | null;
    }
  >,
) {
  await db
    .updateTable('frameworkAgreement')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function markExtensionExercised(
  db: Runner,
  agreementId: string,
  position: number,
  exercisedOn: string,
) {
  await db
    .updateTable('agreementExtension')
    .set({ exercisedOn })
    .where('agreementId', '=', agreementId)
    .where('position', '=', position)
    .execute();
}

export async function insertPrice(
  db: Runner,
  values: {
    agreementId: string;
    priceKind: PriceKind;
    validFrom: string;
    validTo: string | null;
    weeklyOre: number;
    outsideBandReason?: string | null;
  },
) {
  return db.insertInto('agreementPrice').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function setPriceValidTo(db: Runner, id: string, validTo: string) {
  await db.updateTable('agreementPrice').set({ validTo }).where('id', '=', id).execute();
}

export type { PriceKind };

// Tenders and their areas as a flat list (e.g. to tie a budget frame to one).
export async function listTenderAreas(db: Runner) {
  return db
    .selectFrom('tender as t')
    .leftJoin('tenderArea as ta', 'ta.tenderId', 't.id')
    .select([
      't.id as tenderId',
      't.name as tenderName',
      't.decidedOn',
      'ta.id as areaId',
      'ta.number',
      'ta.name',
    ])
    .orderBy('t.decidedOn', 'desc')
    .orderBy('t.name')
    .orderBy('ta.number')
    .execute();
}

export async function findTenderOfArea(db: Runner, areaId: string) {
  return db.selectFrom('tenderArea').select(['id', 'tenderId']).where('id', '=', areaId).executeTakeFirst();
}

export async function existsTender(db: Runner, tenderId: string) {
  return (
    (await db.selectFrom('tender').select('id').where('id', '=', tenderId).executeTakeFirst()) !== undefined
  );
}
