// Audit rows read back through their column types, in the canonical forms the hash covers: the sealer
// hashes what this returns and `indsats audit verify` recomputes from it, so both see the values as
// stored, whatever spelling a writer passed in.
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { Tx } from '../context.ts';
import type { SealedAuditRow, StoredAuditContent } from './audit-chain.ts';

export function selectStoredAuditRows(db: Db | Tx) {
  return db.selectFrom('auditEvent').select([
    'seq',
    'chainSeq',
    'prevHash',
    'hash',
    // UTC with all six fractional digits: the stored instant exactly, whatever the session's time zone.
    sql<string>`to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('occurredAt'),
    sql<string | null>`actor_user_id::text`.as('actorUserId'),
    'actorUsername',
    sql<string | null>`organisation_id::text`.as('organisationId'),
    'action',
    'entityType',
    'entityId',
    sql<string | null>`citizen_id::text`.as('citizenId'),
    sql<string[] | null>`result_citizen_ids::text[]`.as('resultCitizenIds'),
    'criteria',
    'requestId',
  ]);
}

type StoredRow = Awaited<ReturnType<ReturnType<typeof selectStoredAuditRows>['execute']>>[number];

export function toStoredContent(row: StoredRow): StoredAuditContent {
  return {
    seq: row.seq,
    occurredAt: row.occurredAt,
    actorUserId: row.actorUserId,
    actorUsername: row.actorUsername,
    organisationId: row.organisationId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    citizenId: row.citizenId,
    resultCitizenIds: row.resultCitizenIds ?? [],
    criteria: row.criteria,
    requestId: row.requestId,
  };
}

/** A sealed row; a missing chain field (the table's check forbids it) makes the hash fail to match. */
export function toSealedRow(row: StoredRow): SealedAuditRow {
  return {
    ...toStoredContent(row),
    position: row.chainSeq ?? 0,
    prevHash: row.prevHash ?? '',
    hash: row.hash ?? '',
  };
}
