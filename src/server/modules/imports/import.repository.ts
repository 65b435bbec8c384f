// The imports module's SQL on import_batch. Batches hold no personal data: counts, errors by line and
// column (never a CPR number), ignored column names, and the process running them.
import { sql, type Selectable } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { ImportBatchTable, ImportError, ImportKind } from '../../platform/db/schema.ts';

export type BatchRow = Selectable<ImportBatchTable>;

/** The process that runs an import. */
export interface BatchOwner {
  host: string;
  pid: number;
  startedAt: string;
}

export async function insertBatch(
  db: Db,
  values: {
    kind: ImportKind;
    fileName: string;
    options: Record<string, unknown>;
    startedBy: string;
    owner: BatchOwner;
  },
): Promise<string> {
  const row = await db
    .insertInto('importBatch')
    .values({
      kind: values.kind,
      fileName: values.fileName,
      fileSha256: '',
      options: JSON.stringify(values.options),
      startedBy: values.startedBy,
      ownerHost: values.owner.host,
      ownerPid: values.owner.pid,
      ownerStartedAt: values.owner.startedAt,
      heartbeatAt: sql<Date>`now()`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The running import's sign of life (outside its transaction, so other processes see it). */
export async function beatBatch(db: Db, id: string): Promise<void> {
  await db
    .updateTable('importBatch')
    .set({ heartbeatAt: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export interface RunningBatch {
  id: string;
  ownerHost: string | null;
  ownerPid: number | null;
  ownerStartedAt: Date | null;
  /** No heartbeat (or, without one, no start) for `staleSeconds`, by the database's clock. */
  stale: boolean;
}

export async function listRunningBatches(db: Db, staleSeconds: number): Promise<RunningBatch[]> {
  return db
    .selectFrom('importBatch')
    .select([
      'id',
      'ownerHost',
      'ownerPid',
      'ownerStartedAt',
      sql<boolean>`coalesce(heartbeat_at, started_at) < now() - make_interval(secs => ${staleSeconds})`.as(
        'stale',
      ),
    ])
    .where('status', '=', 'running')
    .execute();
}

/** Marks running batches failed with the given error (the process running them has gone). */
export async function failRunningBatches(
  db: Db,
  ids: readonly string[],
  error: ImportError,
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .updateTable('importBatch')
    .set({
      status: 'failed',
      errorCount: 1,
      errors: JSON.stringify([error]),
      finishedAt: sql<Date>`now()`,
    })
    .where('id', 'in', ids)
    .where('status', '=', 'running')
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export interface BatchOutcome {
  status: 'succeeded' | 'failed';
  fileSha256: string;
  rowsTotal: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: ImportError[];
  ignoredColumns: string[];
  details: Record<string, unknown>;
}

export async function finishBatch(tx: Tx, id: string, outcome: BatchOutcome): Promise<void> {
  await tx
    .updateTable('importBatch')
    .set({
      status: outcome.status,
      fileSha256: outcome.fileSha256,
      rowsTotal: outcome.rowsTotal,
      rowsCreated: outcome.created,
      rowsUpdated: outcome.updated,
      rowsUnchanged: outcome.unchanged,
      errorCount: outcome.errorCount,
      errors: JSON.stringify(outcome.errors),
      ignoredColumns: outcome.ignoredColumns,
      details: JSON.stringify(outcome.details),
      finishedAt: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function findBatch(db: Db, id: string): Promise<BatchRow | undefined> {
  return db.selectFrom('importBatch').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listBatches(db: Db, kinds: readonly ImportKind[], limit: number): Promise<BatchRow[]> {
  if (kinds.length === 0) return [];
  return db
    .selectFrom('importBatch')
    .selectAll()
    .where('kind', 'in', kinds)
    .orderBy('startedAt', 'desc')
    .limit(limit)
    .execute();
}

/** A job-centre organisation by code, or every job centre when no code is given. */
export async function findJobCentres(db: Db, code: string | undefined) {
  let query = db.selectFrom('organisation').select(['id', 'code']).where('kind', '=', 'job_centre');
  if (code !== undefined) query = query.where('code', '=', code);
  return query.limit(2).execute();
}

/** Refreshes the planner's statistics of the tables (names from the code, never from input). */
export async function analyseTables(db: Db, tables: readonly string[]): Promise<void> {
  if (tables.length === 0) return;
  await sql`ANALYZE ${sql.join(tables.map((table) => sql.table(table)))}`.execute(db);
}
