// `indsats doctor`: the state an operator checks before and after a change — the database, the
// migrations, the key, the audit trail and the imports — read without changing anything (no migration
// runs, no key fingerprint is written). Problems are listed with what to do about them.
import { sql } from 'kysely';
import type { Database } from '../db/client.ts';
import { listMigrations, type MigrationFile } from '../db/migrate.ts';
import type { Keys } from '../crypto/keys.ts';
import { UNSEALED_FAULT_SECONDS } from '../audit/audit-chain.ts';
import { lastVerifyResult, latestCheckpoint, type LastVerify } from '../audit/audit.ts';

export interface DoctorReport {
  ok: boolean;
  database: { kind: Database['kind']; location: string; version: string };
  migrations: { applied: number; pending: string[]; unknown: string[] };
  key: { fingerprint: string | null; status: 'matches' | 'differs' | 'not_recorded' | 'no_key' };
  audit: {
    rows: number;
    unsealed: number;
    oldestUnsealedSeconds: number | null;
    headPosition: number;
    /** The last `indsats audit verify`, or null when it never ran. */
    lastVerify: LastVerify | null;
    /** Where the chain starts after old rows were deleted (retention), or null: at the beginning. */
    checkpoint: { position: number; deletedTotal: number; deletedThrough: string } | null;
  } | null;
  /** The last retention run (not a dry run), or null when none ran. */
  retention: { lastRunAt: string; ranBy: string; deleted: number } | null;
  imports: { running: number; failedLast30Days: number; lastFailedAt: string | null } | null;
  problems: string[];
}

/** `keys` undefined: none configured or found (doctor does not create one). */
export async function doctorReport(
  database: Database,
  keys: Keys | undefined,
  migrations: MigrationFile[] = listMigrations(),
): Promise<DoctorReport> {
  const db = database.db;
  const problems: string[] = [];
  const version = (
    await sql<{ version: string }>`SELECT current_setting('server_version') AS version`.execute(db)
  ).rows[0]!.version;

  const hasMigrationTable = await tableExists(database, 'schema_migration');
  const applied = hasMigrationTable
    ? (await sql<{ name: string }>`SELECT name FROM schema_migration`.execute(db)).rows.map((r) => r.name)
    : [];
  const files = new Set(migrations.map((m) => m.name));
  const pending = migrations.map((m) => m.name).filter((name) => !applied.includes(name));
  const unknown = applied.filter((name) => !files.has(name)).sort();
  if (pending.length > 0) {
    problems.push(`${pending.length} migration(s) not applied: run indsats migrate (or start the server).`);
  }
  if (unknown.length > 0) {
    problems.push(
      `the database has migrations this version does not know (${unknown.join(', ')}): a newer version wrote it.`,
    );
  }

  const schemaReady = pending.length === 0;
  const recorded = schemaReady
    ? await db
        .selectFrom('systemSetting')
        .select('value')
        .where('key', '=', 'key_fingerprint')
        .executeTakeFirst()
    : undefined;
  const keyStatus = !keys
    ? 'no_key'
    : !recorded
      ? 'not_recorded'
      : recorded.value === keys.fingerprint
        ? 'matches'
        : 'differs';
  if (keyStatus === 'differs') {
    problems.push('the secret key is not the one the data was written with: start with the original key.');
  }
  if (keyStatus === 'no_key' && recorded) {
    problems.push(
      'no secret key (INDSATS_SECRET_KEY, or secret.key in the data folder): personal data cannot be read.',
    );
  }

  let audit: DoctorReport['audit'] = null;
  let imports: DoctorReport['imports'] = null;
  let retention: DoctorReport['retention'] = null;
  if (schemaReady) {
    const row = await db
      .selectFrom('auditEvent')
      .select([
        sql<number>`count(*)::int`.as('rows'),
        sql<number>`(count(*) FILTER (WHERE chain_seq IS NULL))::int`.as('unsealed'),
        sql<
          number | null
        >`extract(epoch FROM now() - min(occurred_at) FILTER (WHERE chain_seq IS NULL))::int`.as(
          'oldestUnsealedSeconds',
        ),
      ])
      .executeTakeFirstOrThrow();
    const head = await db.selectFrom('auditHead').select('seq').executeTakeFirst();
    const lastVerify = await lastVerifyResult(db);
    const checkpoint = await latestCheckpoint(db);
    audit = {
      ...row,
      headPosition: head?.seq ?? 0,
      lastVerify,
      checkpoint: checkpoint
        ? {
            position: checkpoint.chainSeq,
            deletedTotal: checkpoint.deletedTotal,
            deletedThrough: checkpoint.deletedThrough,
          }
        : null,
    };
    const lastRun = await db
      .selectFrom('deletionLog')
      .select(['runId', 'ranAt', 'ranBy'])
      .orderBy('ranAt', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (lastRun) {
      const total = await db
        .selectFrom('deletionLog')
        .select(sql<number>`sum(deleted)::int`.as('deleted'))
        .where('runId', '=', lastRun.runId)
        .executeTakeFirstOrThrow();
      retention = {
        lastRunAt: new Date(lastRun.ranAt).toISOString(),
        ranBy: lastRun.ranBy,
        deleted: total.deleted,
      };
    }
    if (lastVerify && !lastVerify.ok) {
      problems.push(
        `the last audit verify (${lastVerify.at}) found ${lastVerify.problemCount} problem(s): ` +
          'indsats audit verify lists them.',
      );
    }
    if ((row.oldestUnsealedSeconds ?? 0) > UNSEALED_FAULT_SECONDS) {
      problems.push(
        `${row.unsealed} audit row(s) unsealed, the oldest for ${row.oldestUnsealedSeconds} s: is a server running? ` +
          'indsats audit seal chains them.',
      );
    }
    const batches = await db
      .selectFrom('importBatch')
      .select([
        sql<number>`(count(*) FILTER (WHERE status = 'running'))::int`.as('running'),
        sql<number>`(count(*) FILTER (WHERE status = 'failed' AND started_at > now() - interval '30 days'))::int`.as(
          'failedLast30Days',
        ),
        sql<Date | null>`max(finished_at) FILTER (WHERE status = 'failed')`.as('lastFailedAt'),
      ])
      .executeTakeFirstOrThrow();
    imports = {
      ...batches,
      lastFailedAt: batches.lastFailedAt ? new Date(batches.lastFailedAt).toISOString() : null,
    };
  }
  return {
    ok: problems.length === 0,
    database: { kind: database.kind, location: database.location, version },
    migrations: { applied: applied.length, pending, unknown },
    key: { fingerprint: keys?.fingerprint ?? null, status: keyStatus },
    audit,
    imports,
    retention,
    problems,
  };
}

async function tableExists(database: Database, table: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`SELECT to_regclass(${table}) IS NOT NULL AS found`.execute(
    database.db,
  );
  return rows[0]!.found;
}

const KEY_STATUS: Record<DoctorReport['key']['status'], string> = {
  matches: 'matches the data',
  differs: 'DIFFERS from the data',
  not_recorded: 'no data written with a key yet',
  no_key: 'none configured',
};

/** The report as an operator reads it. */
export function doctorReportText(report: DoctorReport): string {
  const lines = [
    `database    ${report.database.kind} ${report.database.version}, ${report.database.location}`,
    `migrations  ${report.migrations.applied} applied, ${report.migrations.pending.length ? `${report.migrations.pending.length} pending (${report.migrations.pending.join(', ')})` : 'none pending'}`,
    `key         ${report.key.fingerprint ? `fingerprint ${report.key.fingerprint}: ` : ''}${KEY_STATUS[report.key.status]}`,
  ];
  if (report.audit) {
    const { rows, unsealed, oldestUnsealedSeconds, headPosition, lastVerify, checkpoint } = report.audit;
    lines.push(
      `audit       ${rows} rows, chained up to position ${headPosition}, ${unsealed} waiting to be sealed` +
        (oldestUnsealedSeconds !== null ? ` (the oldest for ${oldestUnsealedSeconds} s)` : ''),
      `            last verify: ${
        lastVerify
          ? `${lastVerify.at}, ${lastVerify.ok ? 'OK' : `${lastVerify.problemCount} problem(s)`}, ${lastVerify.checked} rows`
          : 'never (indsats audit verify)'
      }`,
    );
    if (checkpoint) {
      lines.push(
        `            starts after position ${checkpoint.position}: ${checkpoint.deletedTotal} older rows deleted by retention (through ${checkpoint.deletedThrough})`,
      );
    }
  }
  if (report.imports) {
    const { running, failedLast30Days, lastFailedAt } = report.imports;
    lines.push(
      `imports     ${running} running, ${failedLast30Days} failed in the last 30 days` +
        (lastFailedAt ? ` (the last at ${lastFailedAt})` : ''),
    );
  }
  if (report.audit) {
    lines.push(
      `retention   ${report.retention ? `last run ${report.retention.lastRunAt} by ${report.retention.ranBy}, ${report.retention.deleted} rows deleted` : 'never run (indsats retention run --dry-run shows what is due)'}`,
    );
  }
  lines.push(report.ok ? 'OK' : `PROBLEMS:\n${report.problems.map((p) => `  - ${p}`).join('\n')}`);
  return lines.join('\n') + '\n';
}
