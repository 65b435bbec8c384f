// The sealer: chains committed audit rows into the hash chain, outside the requests' transactions, so
// audited requests do not queue on one lock (issue 10). Requests insert unchained rows (recordAudit);
// one sealer at a time — on any instance, under an advisory lock — takes the committed unsealed rows,
// gives them the next chain positions in insertion order and hashes their values as stored. A row that
// commits after a higher-numbered one is simply not visible yet and gets a later position next time.
// Runs as the owner role: the app role may not write the chain fields.
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import { chainRows } from './audit-chain.ts';
import { selectStoredAuditRows, toStoredContent } from './audit-rows.ts';
import { ADVISORY_LOCKS } from '../db/advisory-locks.ts';

const SEALER_LOCK_ID = ADVISORY_LOCKS.auditSealer;
const SEAL_BATCH = 1_000;
// Bounds one transaction after a long stop (many rows waiting); the next run goes on.
const MAX_BATCHES_PER_RUN = 50;

/** Seals the committed unsealed audit rows; returns how many. 0 when another sealer holds the lock. */
export async function sealAuditTrail(db: Db): Promise<number> {
  // An idle trail costs one indexed look-up per run, no transaction and no lock.
  const waiting = await db
    .selectFrom('auditEvent')
    .select('seq')
    .where('chainSeq', 'is', null)
    .limit(1)
    .executeTakeFirst();
  if (!waiting) return 0;
  return db.transaction().execute(async (tx) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`SELECT pg_try_advisory_xact_lock(${SEALER_LOCK_ID}) AS locked`.execute(tx);
    if (!rows[0]?.locked) return 0;
    // The head row lock as well: a second sealer that bypassed the advisory lock still cannot fork the chain.
    let head = await tx.selectFrom('auditHead').select(['seq', 'hash']).forUpdate().executeTakeFirstOrThrow();
    let sealed = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const unsealed = await selectStoredAuditRows(tx)
        .where('chainSeq', 'is', null)
        .orderBy('seq')
        .limit(SEAL_BATCH)
        .execute();
      if (unsealed.length === 0) break;
      const chained = chainRows(head, unsealed.map(toStoredContent));
      const updated = await sql`UPDATE audit_event AS a
        SET chain_seq = v.position, prev_hash = v.prev_hash, hash = v.hash
        FROM unnest(
          ${chained.sealed.map((r) => r.seq)}::bigint[],
          ${chained.sealed.map((r) => r.position)}::bigint[],
          ${chained.sealed.map((r) => r.prevHash)}::text[],
          ${chained.sealed.map((r) => r.hash)}::text[]
        ) AS v (seq, position, prev_hash, hash)
        WHERE a.seq = v.seq AND a.chain_seq IS NULL`.execute(tx);
      if (Number(updated.numAffectedRows) !== unsealed.length) {
        throw new Error('audit rows were sealed by another writer meanwhile; nothing sealed in this run');
      }
      head = chained.head;
      sealed += unsealed.length;
      if (unsealed.length < SEAL_BATCH) break;
    }
    await tx.updateTable('auditHead').set({ seq: head.seq, hash: head.hash }).execute();
    return sealed;
  });
}

export const SEAL_INTERVAL_MS = 500;

/**
 * Seals now and then every `intervalMs` (a run still busy is not started twice); errors go to `onError`,
 * never thrown. The returned stop function waits for a run in progress and seals once more, so rows
 * written by the last requests before a shutdown are chained.
 */
export function startAuditSealer(
  db: Db,
  onError: (error: unknown) => void,
  intervalMs = SEAL_INTERVAL_MS,
): () => Promise<void> {
  let current: Promise<void> | undefined;
  const run = () => {
    if (current) return;
    current = sealAuditTrail(db)
      .then(() => undefined, onError)
      .finally(() => {
        current = undefined;
      });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await current;
    await sealAuditTrail(db).catch(onError);
  };
}
