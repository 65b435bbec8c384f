// SQL of the provider's promises per framework agreement (migration 0029) and of the agreement's EAN
// number (migration 0026). Functions take a transaction and return plain rows.
import type { Tx } from '../../platform/context.ts';
import type { PromiseKind, PromiseSource } from '../../../shared/agreements/promise.constants.ts';

export async function listPromises(tx: Tx, agreementId: string) {
  return tx
    .selectFrom('agreementPromise as p')
    .leftJoin('appUser as u', 'u.id', 'p.recordedBy')
    .select([
      'p.id',
      'p.agreementId',
      'p.kind',
      'p.label',
      'p.unit',
      'p.promisedTenths',
      'p.source',
      'p.bidId',
      'p.criterionId',
      'p.sourceText',
      'p.recordedBy',
      'u.displayName as recordedByName',
      'p.recordedAt',
    ])
    .where('p.agreementId', '=', agreementId)
    .orderBy('p.recordedAt')
    .orderBy('p.id')
    .execute();
}

export type PromiseRow = Awaited<ReturnType<typeof listPromises>>[number];

export interface PromiseValues {
  agreementId: string;
  kind: PromiseKind;
  label: string | null;
  unit: string | null;
  promisedTenths: number;
  source: PromiseSource;
  bidId: string | null;
  criterionId: string | null;
  sourceText: string | null;
  recordedBy: string | null;
}

export async function insertPromise(tx: Tx, values: PromiseValues): Promise<string> {
  const row = await tx
    .insertInto('agreementPromise')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findPromise(tx: Tx, id: string) {
  return tx
    .selectFrom('agreementPromise')
    .select(['id', 'agreementId', 'kind', 'promisedTenths'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deletePromise(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('agreementPromise').where('id', '=', id).execute();
}

export async function findEan(tx: Tx, agreementId: string): Promise<string | null> {
  const row = await tx
    .selectFrom('frameworkAgreement')
    .select('ean')
    .where('id', '=', agreementId)
    .executeTakeFirst();
  return row?.ean ?? null;
}

export async function setEan(tx: Tx, agreementId: string, ean: string | null): Promise<void> {
  await tx
    .updateTable('frameworkAgreement')
    .set({ ean, updatedAt: new Date() })
    .where('id', '=', agreementId)
    .execute();
}

/** The promises of a provider's agreements in force on a day (not drafts, started, not ended). */
export async function listPromisesOfProvider(tx: Tx, providerId: string, onDate: string) {
  return tx
    .selectFrom('agreementPromise as p')
    .innerJoin('frameworkAgreement as a', 'a.id', 'p.agreementId')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .innerJoin('tender as t', 't.id', 'ta.tenderId')
    .select([
      'p.id',
      'p.agreementId',
      't.name as tenderName',
      'ta.number as areaNumber',
      'ta.name as areaName',
      'p.kind',
      'p.label',
      'p.unit',
      'p.source',
      'p.promisedTenths',
    ])
    .where('a.providerId', '=', providerId)
    .where('a.status', '<>', 'draft')
    .where('a.startsOn', '<=', onDate)
    .where('a.endsOn', '>=', onDate)
    .orderBy('a.startsOn')
    .orderBy('p.recordedAt')
    .orderBy('p.id')
    .execute();
}
