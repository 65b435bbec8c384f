// Runs one import: streams the file through the kind's plan (pipeline.ts) inside ONE transaction; any
// error in any row rolls it all back, and the batch is then recorded as failed with its errors in a
// transaction of its own. One audit row per import (entity import_batch), and one per citizen whose data
// it wrote (the same entity, with the citizen), written last so the audit trail's head row is locked
// only while they are written.
import crypto from 'node:crypto';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import type { ImportProgress } from '../../../../shared/imports/import.schemas.ts';
import type { Permission } from '../../../../shared/permissions.ts';
import { findUnsafeCharacter, formatCodePoint } from '../../../../shared/text-input.ts';
import { recordAudit, type AuditActor } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/context.ts';
import type { Keys } from '../../../platform/crypto/keys.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { ImportError, ImportKind } from '../../../platform/db/schema.ts';
import {
  CsvEncodingError,
  CsvTooLongError,
  fileChunks,
  readCsv,
  type CsvEncoding,
  type CsvRecord,
  type CsvText,
  type ReadCsvOptions,
} from '../csv-reader.ts';
import * as repo from '../import.repository.ts';
import {
  addCounts,
  ErrorLog,
  type Counts,
  type ImportEnv,
  type ImportKindHandlers,
  type ImportPlan,
  type ResolvedOptions,
} from '../pipeline.ts';
import { importCodebook } from './codebook.ts';
import { importCourses } from './courses.ts';
import { importPlacements } from './placements.ts';
import { importPlans } from './plans.ts';
import { importProviders } from './providers.ts';
import { importRegister } from './register.ts';

const KINDS: ImportKindHandlers = {
  providers: importProviders,
  courses: importCourses,
  placements: importPlacements,
  plans: importPlans,
  codebook: importCodebook,
  register: importRegister,
};

/**
 * The tables a kind fills in bulk, analysed after an import that changed rows, so the planner knows
 * their sizes at once (PGlite has no autovacuum; PostgreSQL's comes a minute later). Without it the
 * outcome tables right after an import are planned as if the tables were empty: seconds, not a fraction.
 */
const ANALYSED_TABLES: Record<ImportKind, readonly string[]> = {
  providers: [],
  codebook: [],
  courses: ['course', 'citizen'],
  placements: ['placement', 'citizen', 'company'],
  plans: ['plan_start', 'citizen'],
  register: ['register_person'],
};

export interface ImportOptions {
  /** Code of the job centre new citizens are created at (default: the only job centre). */
  jobCentre?: string | undefined;
  /** Register: add codes missing from the codebook as benefit instead of refusing the file. */
  unknownCodesAsBenefit?: boolean | undefined;
  /** The file's character set: UTF-8 (default; other bytes refuse the file) or Windows-1252. */
  encoding?: CsvEncoding | undefined;
}

export interface ImportRequest {
  kind: ImportKind;
  filePath: string;
  /** The name shown in the list of imports (the CLI's path, the uploaded file's name). */
  fileName: string;
  options: ImportOptions;
  actor: AuditActor;
  /** The actor's permissions: the signed-in user's, or the command line's (SYSTEM_IMPORT_PERMISSIONS). */
  permissions: readonly Permission[];
  requestId: string | null;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportResult extends Counts {
  batchId: string;
  status: 'succeeded' | 'failed';
  rowsTotal: number;
  errorCount: number;
  errors: ImportError[];
  ignoredColumns: string[];
  details: Record<string, unknown>;
}

/** Thrown inside the import's transaction to roll it back when any row had an error. */
class Refused extends Error {}

/** Runs the import of a recorded batch to the end; a refused file is a result, not a rejection. */
export async function executeImport(
  db: Db,
  keys: Keys,
  request: ImportRequest,
  batchId: string,
  options: ResolvedOptions,
  progress: ImportProgress,
): Promise<ImportResult> {
  const errors = new ErrorLog();
  const sha256 = crypto.createHash('sha256');
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  const details: Record<string, unknown> = {};
  const touchedCitizens = new Map<string, 'created' | 'updated'>();
  let ignoredColumns: string[] = [];
  const report = () => request.onProgress?.({ ...progress });
  const onBytes = (chunk: Buffer) => {
    sha256.update(chunk);
    progress.bytesRead += chunk.length;
    report();
  };
  const outcome = (status: 'succeeded' | 'failed', hash: string): repo.BatchOutcome => ({
    status,
    fileSha256: hash,
    rowsTotal: progress.rows,
    ...(status === 'succeeded' ? counts : { created: 0, updated: 0, unchanged: 0 }),
    errorCount: errors.count,
    errors: errors.first,
    ignoredColumns,
    details: status === 'succeeded' ? details : {},
  });
  let unexpected: unknown;
  let hash = '';
  try {
    await db.transaction().execute(async (tx) => {
      const env: ImportEnv = {
        tx,
        keys,
        batchId,
        today: todayInCopenhagen(),
        options,
        errors,
        details,
        touchedCitizens,
      };
      const unsplit = { enabled: false };
      ignoredColumns = await streamRecords(
        env,
        request.kind,
        readCsv(fileChunks(request.filePath, onBytes), { unsplit, encoding: request.options.encoding }),
        unsplit,
        {
          counts,
          progress,
          report,
        },
      );
      hash = sha256.digest('hex');
      if (errors.count > 0) throw new Refused();
      const result = outcome('succeeded', hash);
      await repo.finishBatch(tx, batchId, result);
      await auditImport(tx, request, batchId, result);
      await auditCitizens(tx, request, batchId, touchedCitizens);
    });
  } catch (error) {
    if (error instanceof CsvTooLongError) errors.add(error.line, 'import.csv.too_long');
    else if (error instanceof CsvEncodingError) errors.add(error.line, 'import.csv.encoding');
    else if (!(error instanceof Refused)) {
      errors.add(0, 'import.internal');
      unexpected = error;
    }
    if (!hash) hash = await fileSha256(request.filePath).catch(() => '');
    const result = outcome('failed', hash);
    await db.transaction().execute(async (tx) => {
      await repo.finishBatch(tx, batchId, result);
      await auditImport(tx, request, batchId, result);
    });
    if (unexpected) throw unexpected;
    return { batchId, ...toResult(result) };
  }
  if (counts.created + counts.updated > 0) await repo.analyseTables(db, ANALYSED_TABLES[request.kind]);
  return { batchId, ...toResult(outcome('succeeded', hash)) };
}

function toResult(outcome: repo.BatchOutcome): Omit<ImportResult, 'batchId'> {
  const { fileSha256: _hash, ...rest } = outcome;
  return rest;
}

/** Streams the records through the kind's plan; returns the ignored columns. */
async function streamRecords(
  env: ImportEnv,
  kind: ImportKind,
  records: AsyncGenerator<CsvRecord | CsvText>,
  unsplit: NonNullable<ReadCsvOptions['unsplit']>,
  run: { counts: Counts; progress: ImportProgress; report: () => void },
): Promise<string[]> {
  const first = await records.next();
  if (first.done) {
    env.errors.add(1, 'import.empty_file');
    return [];
  }
  const header = first.value;
  if ('text' in header) throw new Error('the header is always split');
  const plan = isSafeHeader(env, header) ? await KINDS[kind](env, header) : undefined;
  // Records as unsplit text where the kind can scan them (or only need counting: header refused).
  unsplit.enabled = !plan || plan.parseText !== undefined;
  let pending: unknown[] = [];
  // Writes in flight while the next batch is parsed (one, or the kind's writesInFlight): the
  // transaction's one connection runs them in order, and reading the file overlaps the database's work.
  const inflight: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;
  const settle = async (keep: number) => {
    while (inflight.length > keep) await inflight.shift();
    if (failure) throw failure.error;
  };
  const flush = async () => {
    if (pending.length === 0 || !plan) return;
    const rows = pending;
    pending = [];
    await settle((plan.writesInFlight ?? 1) - 1);
    if (plan.skipWritesAfterErrors && env.errors.count > 0) return;
    inflight.push(
      plan.write(rows).then(
        (counts) => addCounts(run.counts, counts),
        (error: unknown) => {
          // The first error counts: writes queued after it fail only because the transaction did.
          failure ??= { error };
        },
      ),
    );
  };
  for await (const record of records) {
    run.progress.rows++;
    // Header refused: read on only for the file's hash and row count.
    if (!plan) continue;
    const row = parseRecord(env, plan, header, record);
    if (row === undefined) continue;
    pending.push(row);
    if (pending.length >= plan.batchSize) {
      await flush();
      run.report();
    }
  }
  await flush();
  await settle(0);
  await plan?.finish?.();
  run.report();
  return plan?.ignoredColumns ?? [];
}

/**
 * Refuses a header holding a character no text may (src/shared/text-input.ts): its names reach the
 * errors and the list of ignored columns, and PostgreSQL refuses NUL.
 */
function isSafeHeader(env: ImportEnv, header: CsvRecord): boolean {
  let safe = true;
  header.fields.forEach((name, index) => {
    const found = findUnsafeCharacter(name, 'text');
    if (!found) return;
    safe = false;
    env.errors.add(header.line + found.line - 1, 'import.unsafe_header', {
      number: index + 1,
      character: formatCodePoint(found.codePoint),
      position: found.column,
    });
  });
  return safe;
}

/** One record through the kind's checks; undefined when it has errors. */
function parseRecord(
  env: ImportEnv,
  plan: ImportPlan<unknown>,
  header: CsvRecord,
  record: CsvRecord | CsvText,
): unknown {
  // Unsplit text (only when the kind has parseText): the kind checks the field count as it scans.
  if ('text' in record) return plan.parseText!(record, header.fields.length);
  if (record.problem) {
    env.errors.add(record.line, record.problem.message, record.problem.params);
    return undefined;
  }
  if (record.fields.length !== header.fields.length) {
    env.errors.add(record.line, 'import.field_count', {
      found: record.fields.length,
      expected: header.fields.length,
    });
    return undefined;
  }
  return plan.parse(record);
}

async function fileSha256(filePath: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fileChunks(filePath)) hash.update(chunk);
  return hash.digest('hex');
}

async function auditImport(tx: Tx, request: ImportRequest, batchId: string, outcome: repo.BatchOutcome) {
  const numbers = Object.fromEntries(
    Object.entries(outcome.details).filter(([, value]) => typeof value === 'number'),
  );
  await recordAudit(tx, request.actor, request.requestId, {
    action: 'create',
    entityType: 'import_batch',
    entityId: batchId,
    criteria: {
      kind: request.kind,
      fileName: request.fileName,
      status: outcome.status,
      rowsTotal: outcome.rowsTotal,
      created: outcome.created,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      errorCount: outcome.errorCount,
      ...numbers,
    },
  });
}

/** One audit row per citizen the import wrote: `create` when it created the citizen, else `update`. */
async function auditCitizens(
  tx: Tx,
  request: ImportRequest,
  batchId: string,
  citizens: ReadonlyMap<string, 'created' | 'updated'>,
) {
  for (const citizenId of [...citizens.keys()].sort()) {
    await recordAudit(tx, request.actor, request.requestId, {
      action: citizens.get(citizenId) === 'created' ? 'create' : 'update',
      entityType: 'import_batch',
      entityId: batchId,
      citizenId,
      criteria: { kind: request.kind },
    });
  }
}
