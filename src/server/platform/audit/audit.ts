// Writing and verifying the audit trail. Every read, search, create, change, export and delete of
// personal data calls recordAudit inside the same transaction as the action, so an action without its
// audit row cannot commit. The row is written unchained; the sealer (audit-sealer.ts) chains it within
// about a second, so audited requests do not wait for each other.
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';
import { compiledQuery } from '../db/compiled-query.ts';
import { DEFERRED } from '../db/pg-client.ts';
import type { AuditAction, AuditEventTable } from '../db/schema.ts';
import type { Tx } from '../context.ts';
import type { Keys } from '../crypto/keys.ts';
import {
  UNSEALED_FAULT_SECONDS,
  checkpointSignatureMatches,
  createChainChecker,
  createProblemReport,
  type AuditProblem,
  type AuditProblemReason,
} from './audit-chain.ts';
import { selectStoredAuditRows, toSealedRow } from './audit-rows.ts';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** entity_id is text: a uuid is stored in one spelling, so the log reads and searches alike. */
function canonicalEntityId(id: string | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  return UUID.test(id) ? id.toLowerCase() : id;
}

/**
 * Writes the audit row of an action in the action's transaction: one INSERT, no lock. The database
 * gives the insertion number and the time; the app role may not set either, nor any chain field.
 */
export async function recordAudit(
  tx: Tx,
  actor: AuditActor,
  requestId: string | null,
  entry: AuditEntry,
): Promise<void> {
  await insertAuditRow(tx, {
    actorUserId: actor.userId,
    actorUsername: actor.username,
    organisationId: actor.organisationId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: canonicalEntityId(entry.entityId),
    citizenId: entry.citizenId ?? null,
    resultCitizenIds: [...(entry.resultCitizenIds ?? [])],
    criteria: entry.criteria ? JSON.stringify(entry.criteria) : null,
    requestId,
  });
}

/**
 * Compiled once (compiled-query.ts): every audited request writes one. Deferred (pg-client.ts): the row
 * goes to the server with the transaction's next statement or its COMMIT, in one write; if it fails,
 * that statement or the COMMIT fails, so the action cannot commit without it.
 */
/** The columns the writer gives (schema.ts's AuditEventTable), criteria as its JSON text. */
type AuditRowValues = Pick<
  AuditEventTable,
  | 'actorUserId'
  | 'actorUsername'
  | 'organisationId'
  | 'action'
  | 'entityType'
  | 'entityId'
  | 'citizenId'
  | 'resultCitizenIds'
  | 'requestId'
> & { criteria: string | null };

const insertAuditRow = compiledQuery((db, p: AuditRowValues) =>
  db
    .insertInto('auditEvent')
    .values({
      actorUserId: p.actorUserId,
      actorUsername: p.actorUsername,
      organisationId: p.organisationId,
      action: p.action,
      entityType: p.entityType,
      entityId: p.entityId,
      citizenId: p.citizenId,
      resultCitizenIds: sql<string[]>`${p.resultCitizenIds}::uuid[]`,
      criteria: p.criteria,
      requestId: p.requestId,
    })
    .modifyEnd(sql.raw(DEFERRED)),
);

export interface VerifyResult {
  ok: boolean;
  /** Sealed rows checked. */
  checked: number;
  /** Unsealed rows younger than UNSEALED_FAULT_SECONDS: waiting for the sealer, not a fault. */
  pending: number;
  /** Every problem, counted exactly (a missing row once per chain position). */
  problemCount: number;
  problemsByReason: Partial<Record<AuditProblemReason, number>>;
  /** The first 100 problems, in chain order, then the unsealed rows. */
  problems: AuditProblem[];
}

const VERIFY_BATCH = 5_000;

/** The newest audit checkpoint (where the chain starts after a pruning), or undefined. */
export async function latestCheckpoint(db: Db | Tx) {
  return db
    .selectFrom('auditCheckpoint')
    .select(['chainSeq', 'hash', 'deleted', 'deletedTotal', 'deletedThrough', 'signature'])
    .orderBy('chainSeq', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Recomputes the sealed chain in batches and reports every changed, re-linked or missing row, a head
 * that does not point at the newest row, and rows left unsealed for more than a minute. Does not seal:
 * it checks. System access: the caller's connection, not the app role. One snapshot (repeatable read),
 * so sealers at work meanwhile do not move the rows under it.
 */
export async function verifyAuditChain(
  db: Db,
  options: { keys?: Keys; onProgress?: (checked: number, total: number) => void } = {},
): Promise<VerifyResult> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const head = await tx
        .selectFrom('auditHead')
        .select(['seq', 'hash', 'legacySeq'])
        .executeTakeFirstOrThrow();
      const problems = createProblemReport();
      // After old rows were deleted (audit-prune.ts) the chain starts at the newest signed checkpoint.
      const checkpoint = await latestCheckpoint(tx);
      if (checkpoint) {
        if (!options.keys)
          throw new Error('The audit trail starts from a checkpoint: verifying it needs the key.');
        if (!checkpointSignatureMatches(options.keys.auditCheckpoint, checkpoint)) {
          problems.add({ reason: 'checkpoint_forged', position: checkpoint.chainSeq });
        }
      }
      const checker = createChainChecker(
        head,
        problems,
        checkpoint ? { position: checkpoint.chainSeq, hash: checkpoint.hash } : undefined,
      );
      let checked = 0;
      let afterPosition = Number.MIN_SAFE_INTEGER; // every sealed row, even one moved to a position ≤ 0
      for (;;) {
        const batch = await selectStoredAuditRows(tx)
          .where('chainSeq', '>', afterPosition)
          .orderBy('chainSeq')
          .limit(VERIFY_BATCH)
          .execute();
        for (const row of batch) checker.check(toSealedRow(row));
        checked += batch.length;
        options.onProgress?.(checked, head.seq - (checkpoint?.chainSeq ?? 0));
        if (batch.length < VERIFY_BATCH) break;
        afterPosition = batch[batch.length - 1]!.chainSeq!;
      }
      checker.finish();

      const isOld = sql<boolean>`occurred_at < now() - make_interval(secs => ${UNSEALED_FAULT_SECONDS})`;
      const unsealed = await tx
        .selectFrom('auditEvent')
        .select([
          sql<string>`count(*) FILTER (WHERE ${isOld})`.as('old'),
          sql<string>`count(*) FILTER (WHERE NOT (${isOld}))`.as('young'),
        ])
        .where('chainSeq', 'is', null)
        .executeTakeFirstOrThrow();
      const old = Number(unsealed.old);
      if (old > 0) {
        const first =
          problems.room() > 0
            ? await selectStoredAuditRows(tx)
                .where('chainSeq', 'is', null)
                .where(isOld)
                .orderBy('seq')
                .limit(problems.room())
                .execute()
            : [];
        problems.addCounted(
          'unsealed',
          old,
          first.map((r) => ({ reason: 'unsealed' as const, seq: r.seq, occurredAt: r.occurredAt })),
        );
      }
      const { report } = problems;
      return {
        ok: report.total === 0,
        checked,
        pending: Number(unsealed.young),
        problemCount: report.total,
        problemsByReason: report.byReason,
        problems: report.listed,
      };
    });
}

const LAST_VERIFY_SETTING = 'audit_last_verify';

/** What `indsats doctor` shows of the last `audit verify`: when, and what it found. */
export interface LastVerify {
  at: string;
  ok: boolean;
  checked: number;
  problemCount: number;
}

/** Keeps the outcome of a verify run (one row in system_setting, replaced each time). */
export async function recordVerifyResult(db: Db, result: VerifyResult, at = new Date()): Promise<void> {
  const value = JSON.stringify({
    at: at.toISOString(),
    ok: result.ok,
    checked: result.checked,
    problemCount: result.problemCount,
  } satisfies LastVerify);
  await db
    .insertInto('systemSetting')
    .values({ key: LAST_VERIFY_SETTING, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: at }))
    .execute();
}

export async function lastVerifyResult(db: Db): Promise<LastVerify | null> {
  const row = await db
    .selectFrom('systemSetting')
    .select('value')
    .where('key', '=', LAST_VERIFY_SETTING)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as LastVerify) : null;
}
