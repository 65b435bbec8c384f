// The audit trail's hash chain: pure functions shared by the writer and `indsats audit verify`.
import crypto from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorUsername: string;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  citizenId: string | null;
  resultCitizenIds: readonly string[];
  criteria: unknown;
  requestId: string | null;
}

/** JSON with object keys sorted at every level, so jsonb's own key order cannot change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function computeAuditHash(prevHash: string, row: ChainedFields): string {
  const content = canonicalJson([
    row.seq,
    row.occurredAt.toISOString(),
    row.actorUserId,
    row.actorUsername,
    row.organisationId,
    row.action,
    row.entityType,
    row.entityId,
    row.citizenId,
    [...row.resultCitizenIds].sort(),
    row.criteria ?? null,
    row.requestId,
  ]);
  return crypto.createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

export type ChainProblem =
  | { seq: number; reason: 'gap'; expectedSeq: number }
  | { seq: number; reason: 'prev_hash_mismatch' }
  | { seq: number; reason: 'hash_mismatch' }
  | { seq: number; reason: 'head_mismatch'; headSeq: number };

type ChainedRow = ChainedFields & { prevHash: string; hash: string };

/**
 * Checks rows fed in seq order and reports the first break: a missing row (gap), a row whose content
 * no longer matches its hash (changed), or — at the end — a head pointing past the last row (tail deleted).
 */
export function createChainChecker(head: { seq: number; hash: string }) {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  return {
    check(row: ChainedRow): ChainProblem | undefined {
      if (row.seq !== expectedSeq) return { seq: row.seq, reason: 'gap', expectedSeq };
      if (row.prevHash !== prevHash) return { seq: row.seq, reason: 'prev_hash_mismatch' };
      if (computeAuditHash(prevHash, row) !== row.hash) return { seq: row.seq, reason: 'hash_mismatch' };
      prevHash = row.hash;
      expectedSeq += 1;
      return undefined;
    },
    finish(): ChainProblem | undefined {
      if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
        return { seq: expectedSeq, reason: 'head_mismatch', headSeq: head.seq };
      }
      return undefined;
    },
  };
}

export function findFirstBreak(
  rows: Iterable<ChainedRow>,
  head: { seq: number; hash: string },
): ChainProblem | undefined {
  const checker = createChainChecker(head);
  for (const row of rows) {
    const problem = checker.check(row);
    if (problem) return problem;
  }
  return checker.finish();
}
