// Writing and reading the audit trail. Every read, search, create, change, export and delete of
// personal data calls recordAudit inside the same transaction as the action, so an action without
// its audit row cannot commit.
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import type { AuditAction } from '../db/schema.ts';
import type { Tx } from '../context.ts';
import { computeAuditHash, createChainChecker, type ChainProblem } from './audit-chain.ts';

export interface AuditActor {
  userId: string | null;
  username: string;
  organisationId: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  citizenId?: string | null;
  resultCitizenIds?: readonly string[];
  /** Search criteria and other context. Never a raw CPR number: use the look-up hash. */
  criteria?: Record<string, unknown> | null;
}

export async function recordAudit(
  tx: Tx,
  actor: AuditActor,
  requestId: string | null,
  entry: AuditEntry,
): Promise<number> {
  // The head row lock serialises writers (across server instances too), so the chain stays linear.
  const head = await tx.selectFrom('auditHead').select(['seq', 'hash']).forUpdate().executeTakeFirstOrThrow();
  const row = {
    seq: head.seq + 1,
    occurredAt: new Date(),
    actorUserId: actor.userId,
    actorUsername: actor.username,
    organisationId: actor.organisationId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    citizenId: entry.citizenId ?? null,
    resultCitizenIds: [...(entry.resultCitizenIds ?? [])],
    criteria: entry.criteria ?? null,
    requestId,
  };
  const hash = computeAuditHash(head.hash, row);
  await tx
    .insertInto('auditEvent')
    .values({
      ...row,
      resultCitizenIds: sql<string[]>`${row.resultCitizenIds}::uuid[]`,
      criteria: row.criteria === null ? null : JSON.stringify(row.criteria),
      prevHash: head.hash,
      hash,
    })
    .execute();
  await tx.updateTable('auditHead').set({ seq: row.seq, hash }).execute();
  return row.seq;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  problem?: ChainProblem;
}

const VERIFY_BATCH = 5_000;

/** Recomputes the whole chain in batches (system access: the caller's connection, not the app role). */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (checked: number, total: number) => void,
): Promise<VerifyResult> {
  const head = await db.selectFrom('auditHead').select(['seq', 'hash']).executeTakeFirstOrThrow();
  const checker = createChainChecker(head);
  let checked = 0;
  let lastSeq = 0;
  for (;;) {
    const batch = await db
      .selectFrom('auditEvent')
      .selectAll()
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(VERIFY_BATCH)
      .execute();
    for (const row of batch) {
      checked += 1;
      const problem = checker.check({ ...row, resultCitizenIds: row.resultCitizenIds ?? [] });
      if (problem) return { ok: false, checked, problem };
    }
    onProgress?.(checked, head.seq);
    if (batch.length < VERIFY_BATCH) break;
    lastSeq = batch[batch.length - 1]!.seq;
  }
  const problem = checker.finish();
  return problem ? { ok: false, checked, problem } : { ok: true, checked };
}
