// SQL of price indexation and the pause kinds an agreement excludes from payment (migration 0027, issue 14).
import type { Kysely } from 'kysely';
import { PAUSE_KINDS, type PauseKind } from '../../../shared/courses/pause.constants.ts';
import type { DatabaseSchema } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

export async function findIndexations(db: Runner, agreementId: string) {
  return db
    .selectFrom('agreementPriceIndexation as i')
    .leftJoin('appUser as u', 'u.id', 'i.createdBy')
    .select([
      'i.id',
      'i.effectiveFrom',
      'i.basisPoints',
      'i.reason',
      'i.createdAt',
      'u.displayName as createdByName',
    ])
    .where('i.agreementId', '=', agreementId)
    .orderBy('i.effectiveFrom')
    .execute();
}

/** The indexations of several agreements (for the prices in force in lists and capacity), oldest first. */
export async function findIndexationsOf(db: Runner, agreementIds: readonly string[]) {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('agreementPriceIndexation')
    .select(['agreementId', 'effectiveFrom', 'basisPoints'])
    .where('agreementId', 'in', agreementIds)
    .orderBy('effectiveFrom')
    .execute();
}

export async function insertIndexation(
  db: Runner,
  values: {
    agreementId: string;
    effectiveFrom: string;
    basisPoints: number;
    reason: string;
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('agreementPriceIndexation')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findPauseExclusions(db: Runner, agreementId: string): Promise<PauseKind[]> {
  const rows = await db
    .selectFrom('agreementPauseExclusion')
    .select('pauseKind')
    .where('agreementId', '=', agreementId)
    .execute();
  // In the constants' order (illness, hospital stay, other), as the forms list them.
  return PAUSE_KINDS.filter((kind) => rows.some((r) => r.pauseKind === kind));
}

export async function replacePauseExclusions(
  db: Runner,
  agreementId: string,
  kinds: readonly PauseKind[],
  createdBy: string,
): Promise<void> {
  await db.deleteFrom('agreementPauseExclusion').where('agreementId', '=', agreementId).execute();
  if (kinds.length === 0) return;
  await db
    .insertInto('agreementPauseExclusion')
    .values(kinds.map((pauseKind) => ({ agreementId, pauseKind, createdBy })))
    .execute();
}
