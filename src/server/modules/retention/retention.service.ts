// The data's lifecycle (issue 11; GDPR art. 5(1)(e), Danish archive rules): the retention run deletes
// what has been kept as long as the administration's settings say (src/shared/local-settings.ts), in
// batches, and writes a deletion log with what kind, how many, under which rule and when — never who.
// `indsats retention run` runs it (with --dry-run: counts only); the server runs it once a day.
import crypto from 'node:crypto';
import {
  RETENTION_AUDIT_MONTHS_KEY,
  RETENTION_CASE_YEARS_KEY,
  RETENTION_IMPORT_DAYS_KEY,
  RETENTION_REGISTER_YEARS_KEY,
} from '../../../shared/local-settings.ts';
import { countAuditRowsDue, pruneAuditTrail } from '../../platform/audit/audit-prune.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.ts';
import { housekeep } from '../../platform/auth/housekeeping.ts';
import type { Tx } from '../../platform/context.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { claimDailyKey } from '../../platform/settings/daily-claim.ts';
import { readLocalNumber } from '../../platform/settings/local-settings.ts';
import * as repo from './retention.repository.ts';

export const RETENTION_RULES = [
  'citizen_case',
  'register_person',
  'import_batch',
  'audit',
  'sign_in',
] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

export interface RetentionLine {
  rule: RetentionRule;
  /** What kind of row: citizen, register_person, import_batch, audit_event, user_session, login_attempt. */
  entity: string;
  /** Rows due (dry run) or deleted. */
  count: number;
  /** Rows from before this moment (citizens: whose last activity was before its date) are due. */
  cutoff: string;
  /** The period in force, e.g. "5 years". */
  period: string;
}

export interface RetentionResult {
  runId: string;
  dryRun: boolean;
  lines: RetentionLine[];
}

const BATCH = 500;

/** Deletes in batches, one transaction each, until a batch deletes nothing; returns the total. */
async function inBatches(
  db: Db,
  deleteBatch: (tx: Tx) => Promise<number>,
  onProgress?: (deleted: number) => void,
): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await db.transaction().execute(deleteBatch);
    if (deleted === 0) return total;
    total += deleted;
    onProgress?.(total);
  }
}

export interface RetentionOptions {
  dryRun?: boolean;
  /** The moment the periods count back from (tests); now by default. */
  now?: Date;
  actor: AuditActor;
  onProgress?: (rule: RetentionRule, deleted: number) => void;
}

/**
 * Runs every retention rule: counts what is due (dry run) or deletes it and logs the counts. Citizens go
 * with every row that names them and their register rows; old audit rows go with a signed checkpoint, so
 * `audit verify` still passes. Safe to run again at any time (after restoring a backup, too: what was
 * deleted is due again and goes again).
 */
export async function runRetention(db: Db, keys: Keys, options: RetentionOptions): Promise<RetentionResult> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const caseYears = await readLocalNumber(db, RETENTION_CASE_YEARS_KEY);
  const registerYears = await readLocalNumber(db, RETENTION_REGISTER_YEARS_KEY);
  const auditMonths = await readLocalNumber(db, RETENTION_AUDIT_MONTHS_KEY);
  const importDays = await readLocalNumber(db, RETENTION_IMPORT_DAYS_KEY);
  const caseCutoff = await repo.cutoffBefore(db, now, caseYears, 'years');
  const registerCutoff = await repo.cutoffBefore(db, now, registerYears, 'years');
  const auditCutoff = await repo.cutoffBefore(db, now, auditMonths, 'months');
  const importCutoff = await repo.cutoffBefore(db, now, importDays, 'days');
  const caseDate = caseCutoff.toISOString().slice(0, 10);
  const registerDate = registerCutoff.toISOString().slice(0, 10);
  const progress = (rule: RetentionRule) => (deleted: number) => options.onProgress?.(rule, deleted);

  const lines: RetentionLine[] = [];
  const line = (rule: RetentionRule, entity: string, count: number, cutoff: Date, period: string) =>
    lines.push({ rule, entity, count, cutoff: cutoff.toISOString(), period });

  if (dryRun) {
    const citizens = await repo.countCitizensDue(db, caseDate);
    line('citizen_case', 'citizen', citizens, caseCutoff, `${caseYears} years`);
    line(
      'register_person',
      'register_person',
      await repo.countRegisterDue(db, registerDate),
      registerCutoff,
      `${registerYears} years`,
    );
    line(
      'import_batch',
      'import_batch',
      await repo.countImportsDue(db, importCutoff),
      importCutoff,
      `${importDays} days`,
    );
    line(
      'audit',
      'audit_event',
      await countAuditRowsDue(db, auditCutoff),
      auditCutoff,
      `${auditMonths} months`,
    );
    return { runId: crypto.randomUUID(), dryRun, lines };
  }

  let registerOfCitizens = 0;
  const citizens = await inBatches(
    db,
    async (tx) => {
      const ids = await repo.findCitizensDue(tx, caseDate, BATCH);
      const deleted = await repo.deleteCitizens(tx, ids);
      registerOfCitizens += deleted.register;
      return deleted.citizens;
    },
    progress('citizen_case'),
  );
  line('citizen_case', 'citizen', citizens, caseCutoff, `${caseYears} years`);
  line('citizen_case', 'register_person', registerOfCitizens, caseCutoff, `${caseYears} years`);
  const register = await inBatches(
    db,
    (tx) => repo.deleteRegisterDue(tx, registerDate, BATCH),
    progress('register_person'),
  );
  line('register_person', 'register_person', register, registerCutoff, `${registerYears} years`);
  const imports = await inBatches(
    db,
    (tx) => repo.deleteImportsDue(tx, importCutoff, BATCH),
    progress('import_batch'),
  );
  line('import_batch', 'import_batch', imports, importCutoff, `${importDays} days`);
  const audit = await pruneAuditTrail(db, keys, auditCutoff, progress('audit'));
  line('audit', 'audit_event', audit, auditCutoff, `${auditMonths} months`);
  const signIn = await housekeep(db, now);
  const dayBefore = new Date(now.getTime() - 86_400_000);
  line('sign_in', 'user_session', signIn.sessions, now, 'when the session ends');
  line('sign_in', 'login_attempt', signIn.attempts, dayBefore, '1 day');

  const runId = crypto.randomUUID();
  await db.transaction().execute(async (tx) => {
    await repo.insertDeletionLog(
      tx,
      lines.map((l) => ({
        runId,
        rule: l.rule,
        entity: l.entity,
        deleted: l.count,
        cutoff: new Date(l.cutoff),
        period: l.period,
        ranBy: options.actor.username,
      })),
    );
    // The run itself is in the audit trail, with its counts: no row names a deleted person.
    await recordAudit(tx, options.actor, null, {
      action: 'delete',
      entityType: 'retention_run',
      entityId: runId,
      criteria: { deleted: Object.fromEntries(lines.map((l) => [`${l.rule}.${l.entity}`, l.count])) },
    });
  });
  return { runId, dryRun, lines };
}

export async function listDeletionLog(db: Db, limit = 100) {
  const rows = await repo.listDeletionLog(db, limit);
  return rows.map((row) => ({
    ...row,
    cutoff: new Date(row.cutoff).toISOString(),
    ranAt: new Date(row.ranAt).toISOString(),
  }));
}

/** The server's daily job acts as the system, not a person. */
export const RETENTION_JOB_ACTOR = { userId: null, username: 'system:retention', organisationId: null };
const DAILY_CLAIM_KEY = 'retention_daily_claim';

/**
 * Claims today's run for this instance: true for the first instance to ask since 23 hours ago, false for
 * every other (several instances on one PostgreSQL run the job once a day between them).
 */
export async function claimDailyRun(db: Db): Promise<boolean> {
  return claimDailyKey(db, DAILY_CLAIM_KEY);
}

/** The server's daily run: deletes what is due when this instance has claimed the day, else nothing. */
export async function runDailyRetention(db: Db, keys: Keys): Promise<RetentionResult | null> {
  if (!(await claimDailyRun(db))) return null;
  return runRetention(db, keys, { actor: RETENTION_JOB_ACTOR });
}
