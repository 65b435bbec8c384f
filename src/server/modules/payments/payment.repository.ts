// The payments module's SQL: billing bases, their lines, invoices, and the providers and agreements they
// name. Functions take a transaction and return plain rows; scope is decided by the service. The database
// itself refuses any change to an approved basis or its lines (migration 0026).
import type { Kysely } from 'kysely';
import type { BillingBasisLineKind, BillingBasisStatus, DatabaseSchema } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

export async function listProviders(db: Runner, providerId?: string) {
  let query = db.selectFrom('organisation').select(['id', 'name', 'code']).where('kind', '=', 'provider');
  if (providerId) query = query.where('id', '=', providerId);
  return query.orderBy('name').execute();
}

const BASIS_COLUMNS = [
  'b.id',
  'b.providerId',
  'o.name as providerName',
  'b.month',
  'b.status',
  'b.asOf',
  'b.computedAt',
  'b.problemWeeks',
  'b.acceptedBy',
  'ua.displayName as acceptedByName',
  'b.acceptedAt',
  'b.approvedBy',
  'up.displayName as approvedByName',
  'b.approvedAt',
] as const;

function basisQuery(db: Runner) {
  return db
    .selectFrom('billingBasis as b')
    .innerJoin('organisation as o', 'o.id', 'b.providerId')
    .leftJoin('appUser as ua', 'ua.id', 'b.acceptedBy')
    .leftJoin('appUser as up', 'up.id', 'b.approvedBy')
    .select(BASIS_COLUMNS);
}

export type BasisRow = Awaited<ReturnType<typeof findBasis>> & {};

export async function findBasis(db: Runner, id: string) {
  return basisQuery(db).where('b.id', '=', id).executeTakeFirst();
}

export async function findBasisOfMonth(db: Runner, providerId: string, month: string) {
  return basisQuery(db)
    .where('b.providerId', '=', providerId)
    .where('b.month', '=', month)
    .executeTakeFirst();
}

export async function listBasesOfMonth(db: Runner, month: string, providerId?: string) {
  let query = basisQuery(db).where('b.month', '=', month);
  if (providerId) query = query.where('b.providerId', '=', providerId);
  return query.execute();
}

/** Locks the basis row for the rest of the transaction (two approvals of one basis queue). */
export async function lockBasis(db: Runner, id: string): Promise<BillingBasisStatus | undefined> {
  const row = await db
    .selectFrom('billingBasis')
    .select('status')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row?.status;
}

export async function insertBasis(
  db: Runner,
  values: { providerId: string; month: string; asOf: string; problemWeeks: number; preparedBy: string },
): Promise<string> {
  const row = await db.insertInto('billingBasis').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function refreshBasis(
  db: Runner,
  id: string,
  values: { asOf: string; problemWeeks: number; preparedBy: string },
): Promise<void> {
  await db
    .updateTable('billingBasis')
    .set({ ...values, computedAt: new Date(), updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function setBasisStatus(
  db: Runner,
  id: string,
  change: { status: 'accepted'; acceptedBy: string } | { status: 'approved'; approvedBy: string },
): Promise<void> {
  const now = new Date();
  const values =
    change.status === 'accepted'
      ? { status: change.status, acceptedBy: change.acceptedBy, acceptedAt: now, updatedAt: now }
      : { status: change.status, approvedBy: change.approvedBy, approvedAt: now, updatedAt: now };
  await db.updateTable('billingBasis').set(values).where('id', '=', id).execute();
}

export interface NewBasisLine {
  kind: BillingBasisLineKind;
  agreementId: string | null;
  programmeWeeks?: number;
  programmeOre?: number;
  aftercareWeeks?: number;
  aftercareOre?: number;
  courseCount?: number;
  amountOre: number;
  correctsMonth?: string | null;
  reason?: string | null;
  createdBy: string;
}

export async function deleteWeekLines(db: Runner, basisId: string): Promise<void> {
  await db
    .deleteFrom('billingBasisLine')
    .where('basisId', '=', basisId)
    .where('kind', '=', 'weeks')
    .execute();
}

export async function insertLines(
  db: Runner,
  basisId: string,
  lines: readonly NewBasisLine[],
): Promise<void> {
  if (lines.length === 0) return;
  await db
    .insertInto('billingBasisLine')
    .values(lines.map((line) => ({ ...line, basisId })))
    .execute();
}

export async function listLines(db: Runner, basisIds: readonly string[]) {
  if (basisIds.length === 0) return [];
  return db
    .selectFrom('billingBasisLine as l')
    .leftJoin('frameworkAgreement as a', 'a.id', 'l.agreementId')
    .leftJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .leftJoin('tender as t', 't.id', 'ta.tenderId')
    .select([
      'l.id',
      'l.basisId',
      'l.kind',
      'l.agreementId',
      'a.ean',
      'a.caseNumber',
      't.name as tenderName',
      'ta.number as tenderAreaNumber',
      'ta.name as tenderAreaName',
      'l.programmeWeeks',
      'l.programmeOre',
      'l.aftercareWeeks',
      'l.aftercareOre',
      'l.courseCount',
      'l.amountOre',
      'l.correctsMonth',
      'l.reason',
      'l.createdAt',
    ])
    .where('l.basisId', 'in', [...basisIds])
    .orderBy('l.kind', 'desc')
    .orderBy('l.createdAt')
    .orderBy('l.id')
    .execute();
}

export async function listInvoices(db: Runner, month: string, providerId?: string) {
  let query = db
    .selectFrom('billingInvoice')
    .select(['id', 'providerId', 'month', 'invoiceNumber', 'invoiceDate', 'amountOre', 'createdAt'])
    .where('month', '=', month);
  if (providerId) query = query.where('providerId', '=', providerId);
  return query.orderBy('invoiceDate').orderBy('invoiceNumber').execute();
}

export async function findInvoiceByNumber(db: Runner, providerId: string, invoiceNumber: string) {
  return db
    .selectFrom('billingInvoice')
    .select(['id', 'month', 'invoiceDate', 'amountOre'])
    .where('providerId', '=', providerId)
    .where('invoiceNumber', '=', invoiceNumber)
    .executeTakeFirst();
}

export async function insertInvoice(
  db: Runner,
  values: {
    providerId: string;
    month: string;
    invoiceNumber: string;
    invoiceDate: string;
    amountOre: number;
    receivedBy: string;
  },
): Promise<string> {
  const row = await db.insertInto('billingInvoice').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function listApprovedBasesOfYear(db: Runner, year: string) {
  return db
    .selectFrom('billingBasis')
    .select(['id'])
    .where('status', '=', 'approved')
    .where('month', '>=', `${year}-01`)
    .where('month', '<=', `${year}-12`)
    .execute();
}
