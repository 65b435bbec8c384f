// The audit trail's hash chain: pure functions shared by the sealer and `indsats audit verify`. A hash
// covers an audit row's values as stored, read back through their column types (audit-rows.ts), so
// it cannot depend on how a writer spelled them (issue 10: an upper-case id in a URL broke the chain).
import crypto from 'node:crypto';

/** An unsealed row older than this is a fault: the sealer runs about twice a second. */
export const UNSEALED_FAULT_SECONDS = 60;

export const GENESIS_HASH = '0'.repeat(64);

/** An audit row's content as read back from the database, in canonical text forms. */
export interface StoredAuditContent {
  /** The insertion number. */
  seq: number;
  /** UTC with microseconds, as stored: `2026-11-23T12:00:01.123456Z`. */
  occurredAt: string;
  /** uuids in PostgreSQL's text form (lower case). */
  actorUserId: string | null;
  actorUsername: string;
  organisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  citizenId: string | null;
  resultCitizenIds: readonly string[];
  /** The parsed jsonb value. */
  criteria: unknown;
  requestId: string | null;
}

export interface SealedAuditRow extends StoredAuditContent {
  /** The chain position the sealer gave the row. */
  position: number;
  prevHash: string;
  hash: string;
}

export interface ChainHead {
  /** The newest chain position (0: empty) and its hash. */
  seq: number;
  hash: string;
  /** Positions up to here were hashed by the writer before migration 0012 (legacyAuditHash). */
  legacySeq: number;
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

function sha256(prevHash: string, content: string): string {
  return crypto.createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

function contentFields(row: StoredAuditContent) {
  return [
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
  ];
}

/** The hash the sealer gives a row at `position` after the row holding `prevHash`. */
export function computeAuditHash(prevHash: string, position: number, row: StoredAuditContent): string {
  return sha256(prevHash, canonicalJson(['v2', position, row.seq, row.occurredAt, ...contentFields(row)]));
}

/**
 * The hash as the writer before migration 0012 computed it: without the insertion number (it equalled
 * the position) and with the time in milliseconds (a JavaScript Date).
 */
export function legacyAuditHash(prevHash: string, position: number, row: StoredAuditContent): string {
  const occurredAt = row.occurredAt.replace(/(\.\d{3})000Z$/, '$1Z');
  return sha256(prevHash, canonicalJson([position, occurredAt, ...contentFields(row)]));
}

function legacyHashMatches(row: SealedAuditRow): boolean {
  if (row.seq !== row.position) return false;
  if (legacyAuditHash(row.prevHash, row.position, row) === row.hash) return true;
  // The defect of issue 10: the old writer hashed a citizen id as the URL spelled it (upper case) while
  // the uuid column stored it in lower case. The same uuid in another case is the same value.
  const citizenId = row.citizenId?.toUpperCase() ?? null;
  return (
    citizenId !== row.citizenId &&
    legacyAuditHash(row.prevHash, row.position, { ...row, citizenId }) === row.hash
  );
}

export type AuditProblem =
  /** The row's content or chain fields no longer match its hash. */
  | { reason: 'changed'; position: number; seq: number }
  /** The row's link is not the previous row's hash: that row was changed and re-hashed. */
  | { reason: 'relinked'; position: number; seq: number }
  /** No row holds this chain position (deleted). */
  | { reason: 'missing'; position: number }
  /** A second row claims a position already taken. */
  | { reason: 'duplicate'; position: number; seq: number }
  /** The head does not point at the newest row. */
  | { reason: 'head_mismatch'; position: number; headPosition: number }
  /** Written more than a minute ago and still not chained: the sealer is not running or failing. */
  | { reason: 'unsealed'; seq: number; occurredAt: string }
  /** The checkpoint the chain starts from is not signed with this installation's key. */
  | { reason: 'checkpoint_forged'; position: number };

export type AuditProblemReason = AuditProblem['reason'];

export interface ProblemReport {
  /** Every problem, counted exactly: a missing row counts once per position. */
  total: number;
  byReason: Partial<Record<AuditProblemReason, number>>;
  /** The first `maxListed`, in chain order, then the unsealed rows. */
  listed: AuditProblem[];
}

export const MAX_LISTED_PROBLEMS = 100;

export function createProblemReport(maxListed = MAX_LISTED_PROBLEMS) {
  const report: ProblemReport = { total: 0, byReason: {}, listed: [] };
  const count = (reason: AuditProblemReason, n: number) => {
    report.total += n;
    report.byReason[reason] = (report.byReason[reason] ?? 0) + n;
  };
  return {
    report,
    add(problem: AuditProblem): void {
      count(problem.reason, 1);
      if (report.listed.length < maxListed) report.listed.push(problem);
    },
    /** Positions `from`..`to` are missing: counted all, listed as far as room is left. */
    addMissing(from: number, to: number): void {
      count('missing', to - from + 1);
      for (let position = from; position <= to && report.listed.length < maxListed; position++) {
        report.listed.push({ reason: 'missing', position });
      }
    },
    /** How many more problems would be listed. */
    room(): number {
      return maxListed - report.listed.length;
    },
    /** `total` problems of one reason, known by a count; `first` are the earliest of them. */
    addCounted(reason: AuditProblemReason, total: number, first: readonly AuditProblem[]): void {
      count(reason, total);
      for (const problem of first) if (report.listed.length < maxListed) report.listed.push(problem);
    },
  };
}

export type ProblemCollector = ReturnType<typeof createProblemReport>;

/** Where a chain begins: the genesis, or the last row deleted by a pruning (an audit checkpoint). */
export interface ChainStart {
  position: number;
  hash: string;
}

/** What an audit checkpoint states; its signature covers exactly these. */
export interface CheckpointContent {
  chainSeq: number;
  hash: string;
  deleted: number;
  deletedTotal: number;
  deletedThrough: string;
}

/** HMAC-SHA-256 of a checkpoint's content under the app's checkpoint key. */
export function signCheckpoint(key: Buffer, checkpoint: CheckpointContent): string {
  const content = canonicalJson([
    'checkpoint-v1',
    checkpoint.chainSeq,
    checkpoint.hash,
    checkpoint.deleted,
    checkpoint.deletedTotal,
    checkpoint.deletedThrough,
  ]);
  return crypto.createHmac('sha256', key).update(content).digest('hex');
}

export function checkpointSignatureMatches(
  key: Buffer,
  checkpoint: CheckpointContent & { signature: string },
): boolean {
  const expected = Buffer.from(signCheckpoint(key, checkpoint), 'hex');
  const given = Buffer.from(checkpoint.signature, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/**
 * Checks sealed rows fed in chain order and reports every problem, not only the first: after a changed
 * row the next link is checked against its stored hash, so one change is reported once; after missing
 * positions the next link cannot be known and is not held against the next row.
 */
export function createChainChecker(
  head: ChainHead,
  problems: ProblemCollector,
  start: ChainStart = { position: 0, hash: GENESIS_HASH },
) {
  let expected = start.position + 1;
  let prevHash = start.hash;
  let linkKnown = true;
  return {
    check(row: SealedAuditRow): void {
      if (row.position < expected) {
        problems.add({ reason: 'duplicate', position: row.position, seq: row.seq });
        return;
      }
      if (row.position > expected) {
        problems.addMissing(expected, row.position - 1);
        linkKnown = false;
      }
      const hashMatches =
        row.position <= head.legacySeq
          ? legacyHashMatches(row)
          : computeAuditHash(row.prevHash, row.position, row) === row.hash;
      if (!hashMatches) problems.add({ reason: 'changed', position: row.position, seq: row.seq });
      else if (linkKnown && row.prevHash !== prevHash) {
        problems.add({ reason: 'relinked', position: row.position, seq: row.seq });
      }
      prevHash = row.hash;
      expected = row.position + 1;
      linkKnown = true;
    },
    finish(): void {
      const last = expected - 1;
      if (head.seq > last) problems.addMissing(last + 1, head.seq);
      else if (head.seq < last || head.hash !== prevHash) {
        problems.add({ reason: 'head_mismatch', position: last, headPosition: head.seq });
      }
    },
  };
}

/** Checks a whole chain in memory (tests, small trails). */
export function checkChain(
  rows: Iterable<SealedAuditRow>,
  head: ChainHead,
  maxListed?: number,
  start?: ChainStart,
): ProblemReport {
  const problems = createProblemReport(maxListed);
  const checker = createChainChecker(head, problems, start);
  for (const row of rows) checker.check(row);
  checker.finish();
  return problems.report;
}

/** Chains unsealed rows after `head`, in the order given: what the sealer writes. */
export function chainRows(
  head: { seq: number; hash: string },
  rows: readonly StoredAuditContent[],
): { sealed: SealedAuditRow[]; head: { seq: number; hash: string } } {
  let { seq, hash } = head;
  const sealed = rows.map((row) => {
    const position = seq + 1;
    const rowHash = computeAuditHash(hash, position, row);
    const result = { ...row, position, prevHash: hash, hash: rowHash };
    seq = position;
    hash = rowHash;
    return result;
  });
  return { sealed, head: { seq, hash } };
}
