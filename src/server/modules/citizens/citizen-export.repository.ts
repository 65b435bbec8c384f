// The citizens module's SQL for the right of access (GDPR art. 15): the citizen row itself, its manual
// provider links, and the names of the staff the other sections refer to. Takes the caller's transaction.
import type { Tx } from '../../platform/context.ts';

const citizenColumns = [
  'citizen.id',
  'citizen.jobCentreId',
  'jc.name as jobCentreName',
  'citizen.cprHash',
  'citizen.cprEncrypted',
  'citizen.name',
  'citizen.district',
  'citizen.notesEncrypted',
  'citizen.createdAt',
  'citizen.updatedAt',
] as const;

function selectCitizen(tx: Tx) {
  return tx
    .selectFrom('citizen')
    .innerJoin('organisation as jc', 'jc.id', 'citizen.jobCentreId')
    .select(citizenColumns);
}

/** By id; under the actor's row scope the caller checks the scope first. */
export function findCitizenForExport(tx: Tx, citizenId: string) {
  return selectCitizen(tx).where('citizen.id', '=', citizenId).executeTakeFirst();
}

/** By the look-up hash of the CPR number (the operator's command line). */
export function findCitizenForExportByCprHash(tx: Tx, cprHash: Buffer) {
  return selectCitizen(tx).where('citizen.cprHash', '=', cprHash).executeTakeFirst();
}

export function listProviderLinks(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('citizenProviderLink as l')
    .innerJoin('organisation as o', 'o.id', 'l.providerId')
    .select(['l.providerId', 'o.name as providerName', 'l.createdAt'])
    .where('l.citizenId', '=', citizenId)
    .orderBy('l.createdAt')
    .execute();
}

/** The staff the sections name: display name and organisation (the columns the app role may read). */
export function listStaff(tx: Tx, userIds: readonly string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('appUser as u')
    .leftJoin('organisation as o', 'o.id', 'u.organisationId')
    .select(['u.id', 'u.displayName', 'o.name as organisationName'])
    .where('u.id', 'in', userIds)
    .execute();
}
