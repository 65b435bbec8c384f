// Deleting old audit rows without breaking the chain (issue 11). The oldest sealed rows — a prefix of
// the chain — are deleted in batches; each batch, in its own transaction, also writes a signed
// checkpoint holding the chain position and hash of the last row it deleted, so after every commit
// `audit verify` starts from the newest checkpoint and finds the chain intact. Rows are deleted only by
// their chain position, never by their age alone, so no gap can open in the middle of the chain.
// Owner role only: the app role can neither delete audit rows nor write checkpoints.
import { sql } from 'kysely';
import type { Keys } from '../crypto/keys.ts';
import type { Db } from '../db/client.ts';
import type { Tx } from '../context.ts';
import { signCheckpoint } from './audit-chain.ts';
import { latestCheckpoint } from './audit.ts';
import { ADVISORY_LOCKS } from '../db/advisory-locks.ts';

const PRUNE_LOCK_ID = ADVISORY_LOCKS.auditPrune;
const PRUNE_BATCH = 5_000;

/**
 * The chain position up to which rows are due: every sealed row before the first one written at or
 * after `cutoff`. A row sealed out of order within a second of the cutoff may go with its neighbours.
 */
async function duePosition(db: Db | Tx, cutoff: Date): Promise<number> {
  const { rows } = await sql<{ position: string | number | null }>`
    SELECT coalesce(
      (SELECT min(chain_seq) - 1 FROM audit_event WHERE chain_seq IS NOT NULL AND occurred_at >= ${cutoff}),
      (SELECT max(chain_seq) FROM audit_event)
    ) AS position`.execute(db);
  return Number(rows[0]?.position ?? 0);
}

/** How many audit rows written before `cutoff` are due (for a dry run). */
export async function countAuditRowsDue(db: Db, cutoff: Date): Promise<number> {
  const through = await duePosition(db, cutoff);
  const start = (await latestCheckpoint(db))?.chainSeq ?? 0;
  const row = await db
    .selectFrom('auditEvent')
    .select(sql<string>`count(*)`.as('n'))
    .where('chainSeq', '>', start)
    .where('chainSeq', '<=', through)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Deletes the sealed audit rows written before `cutoff`, oldest first, in batches, each with its signed
 * checkpoint; returns how many. Unsealed rows are never deleted (they are not in the chain yet).
 */
export async function pruneAuditTrail(
  db: Db,
  keys: Keys,
  cutoff: Date,
  onBatch?: (deleted: number) => void,
): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.transaction().execute(async (tx) => {
      // One pruning at a time (several instances run the daily job): the next waits, then goes on.
      await sql`SELECT pg_advisory_xact_lock(${PRUNE_LOCK_ID})`.execute(tx);
      const through = await duePosition(tx, cutoff);
      const previous = await latestCheckpoint(tx);
      const start = previous?.chainSeq ?? 0;
      if (through <= start) return 0;
      const last = await tx
        .selectFrom('auditEvent')
        .select([
          'chainSeq',
          'hash',
          sql<string>`to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
            'occurredAt',
          ),
        ])
        .where('chainSeq', '>', start)
        .where('chainSeq', '<=', Math.min(through, start + PRUNE_BATCH))
        .orderBy('chainSeq', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!last?.chainSeq || !last.hash) return 0;
      const result = await tx
        .deleteFrom('auditEvent')
        .where('chainSeq', '>', start)
        .where('chainSeq', '<=', last.chainSeq)
        .executeTakeFirst();
      const count = Number(result.numDeletedRows);
      const content = {
        chainSeq: last.chainSeq,
        hash: last.hash,
        deleted: count,
        deletedTotal: (previous?.deletedTotal ?? 0) + count,
        deletedThrough: last.occurredAt,
      };
      await tx
        .insertInto('auditCheckpoint')
        .values({ ...content, signature: signCheckpoint(keys.auditCheckpoint, content) })
        .execute();
      return count;
    });
    if (deleted === 0) return total;
    total += deleted;
    onBatch?.(total);
  }
}
