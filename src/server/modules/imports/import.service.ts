// The bulk imports, one service for the CLI and the API (ARCHITECTURE.md "Data conventions"): streamed,
// validated row by row with line numbers, all or nothing, idempotent (services/run-import.ts). The import
// runs as the app's owner role, not the restricted request role: it writes across organisations
// (citizens at a job centre, courses at providers) for the administration, and it returns counts and
// line numbers only — never a CPR number, nor whether one was known. The kinds that write personal data
// need import.personal_data (importPermission), checked here for the API and the command line alike.
import fs from 'node:fs';
import { AppError } from '../../../shared/errors.ts';
import {
  IMPORT_KINDS,
  importPermission,
  KINDS_WITH_CITIZENS,
} from '../../../shared/imports/import.constants.ts';
import type {
  ImportBatch,
  ImportBatchSummary,
  ImportList,
  ImportProgress,
} from '../../../shared/imports/import.schemas.ts';
import { translate, type Language } from '../../../shared/messages.ts';
import { permissionsOf, type Permission } from '../../../shared/permissions.ts';
import { findUnsafeCharacter, formatCodePoint } from '../../../shared/text-input.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import type { ImportError, ImportKind } from '../../platform/db/schema.ts';
import * as repo from './import.repository.ts';
import type { CsvEncoding } from './csv-decoding.ts';
import type { ResolvedOptions } from './pipeline.ts';
import {
  executeImport,
  type ImportOptions,
  type ImportRequest,
  type ImportResult,
} from './services/run-import.ts';
import { failInterruptedBatches, OWNER, startHeartbeat } from './services/interrupted-imports.ts';
import { receiveUpload } from './upload.ts';
import { actorLabels } from '../../platform/audit/actor-label.ts';

export { ensureDefaultCodebook, DEFAULT_CODEBOOK } from './default-codebook.ts';
export { refreshBenefitWeeks } from './benefit-weeks.ts';
export type { ImportOptions, ImportProgress, ImportRequest, ImportResult };

/** Progress of the imports running in this process, for GET /api/imports/:id. */
const running = new Map<string, ImportProgress>();

/**
 * The command line's permissions: whoever runs it holds the database (the data folder or DATABASE_URL)
 * and the key, and could read every row anyway, so it acts as the system and its audit rows name the
 * operator (`cli:<user>`).
 */
export const SYSTEM_IMPORT_PERMISSIONS: readonly Permission[] = ['import.run', 'import.personal_data'];

async function resolveOptions(db: Db, kind: ImportKind, options: ImportOptions): Promise<ResolvedOptions> {
  const code = options.jobCentre?.trim() || undefined;
  let jobCentreId: string | null = null;
  if (code !== undefined || KINDS_WITH_CITIZENS.includes(kind)) {
    const jobCentres = await repo.findJobCentres(db, code);
    if (code !== undefined && jobCentres.length === 0) {
      throw new AppError('VALIDATION_FAILED', 'import.unknown_job_centre', {
        fields: { jobCentre: 'import.unknown_job_centre' },
        params: { code },
      });
    }
    // No code: the only job centre. With several the choice is made before the import starts, for every
    // row alike: an error on the rows with a new CPR number would tell which numbers were known.
    if (jobCentres.length === 0 && KINDS_WITH_CITIZENS.includes(kind)) {
      throw new AppError('VALIDATION_FAILED', 'import.no_job_centre', {
        fields: { jobCentre: 'import.no_job_centre' },
      });
    }
    if (jobCentres.length !== 1 && KINDS_WITH_CITIZENS.includes(kind)) {
      throw new AppError('VALIDATION_FAILED', 'import.job_centre_required', {
        fields: { jobCentre: 'import.job_centre_required' },
      });
    }
    jobCentreId = jobCentres.length === 1 ? jobCentres[0]!.id : null;
  }
  return { jobCentreId, unknownCodesAsBenefit: options.unknownCodesAsBenefit === true };
}

/** The file's name and the job centre's code are stored or looked up: no control characters. */
function refuseUnsafeOptions(options: Record<'fileName' | 'jobCentre', string | undefined>): void {
  for (const [field, value] of Object.entries(options)) {
    const found = value === undefined ? undefined : findUnsafeCharacter(value, 'text');
    if (!found) continue;
    throw new AppError('VALIDATION_FAILED', 'import.unsafe_option', {
      fields: { [field]: 'import.unsafe_option' },
      params: { character: formatCodePoint(found.codePoint), position: found.column },
    });
  }
}

/** Whether these permissions may run, list and read imports of the kind. */
function mayImport(permissions: ReadonlySet<Permission>, kind: ImportKind): boolean {
  return permissions.has(importPermission(kind));
}

/**
 * Starts an import: checks the options, records the batch (status running) and runs the import; `done`
 * settles with the result (a refused file is a result with status failed, not a rejection).
 */
export async function startImport(
  db: Db,
  keys: Keys,
  request: ImportRequest,
): Promise<{ batchId: string; done: Promise<ImportResult> }> {
  if (!mayImport(new Set(request.permissions), request.kind))
    throw new AppError('FORBIDDEN', 'access.forbidden');
  refuseUnsafeOptions({ fileName: request.fileName, jobCentre: request.options.jobCentre });
  let fileSize: number;
  try {
    fileSize = (await fs.promises.stat(request.filePath)).size;
  } catch {
    throw new AppError('VALIDATION_FAILED', 'import.file_missing', { params: { file: request.fileName } });
  }
  const options = await resolveOptions(db, request.kind, request.options);
  await failInterruptedImports(db);
  const batchId = await repo.insertBatch(db, {
    kind: request.kind,
    fileName: request.fileName,
    options: {
      ...(request.options.jobCentre ? { jobCentre: request.options.jobCentre } : {}),
      ...(options.unknownCodesAsBenefit ? { unknownCodesAsBenefit: true } : {}),
      ...(request.options.encoding === 'windows-1252' ? { encoding: 'windows-1252' } : {}),
    },
    startedBy: request.actor.username,
    owner: OWNER,
  });
  const progress: ImportProgress = { bytesRead: 0, bytesTotal: fileSize, rows: 0 };
  running.set(batchId, progress);
  const stopHeartbeat = startHeartbeat(db, batchId);
  const done = executeImport(db, keys, request, batchId, options, progress).finally(() => {
    stopHeartbeat();
    running.delete(batchId);
  });
  return { batchId, done };
}

/**
 * Marks imports whose process has gone (killed, or its machine stopped) as failed, "interrupted"
 * (services/interrupted-imports.ts): when the app starts and before each import.
 */
export async function failInterruptedImports(db: Db): Promise<string[]> {
  return failInterruptedBatches(db, (id) => running.has(id));
}

/** Runs an import to the end (the CLI). */
export async function runImport(db: Db, keys: Keys, request: ImportRequest): Promise<ImportResult> {
  return (await startImport(db, keys, request)).done;
}
/** One error in the reader's language. */
export function translateImportError(language: Language, error: ImportError) {
  return {
    line: error.line,
    column: error.column ?? null,
    message: translate(language, error.message, error.params),
  };
}

/** What a batch's details may show: older batches stored the number of citizens created, which is not. */
function shownDetails(details: Record<string, unknown>): Record<string, unknown> {
  const { citizensCreated: _hidden, ...shown } = details;
  return shown;
}

function toSummary(row: repo.BatchRow, label: (username: string) => string): ImportBatchSummary {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    rowsTotal: row.rowsTotal,
    created: row.rowsCreated,
    updated: row.rowsUpdated,
    unchanged: row.rowsUnchanged,
    errorCount: row.errorCount,
    ignoredColumns: row.ignoredColumns,
    details: shownDetails(row.details),
    options: row.options,
    startedBy: label(row.startedBy),
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}

/**
 * An import's status, progress (while it runs in this process), summary and errors. An import of a kind
 * the user may not run is not theirs to see (NOT_FOUND, as out-of-scope rows answer).
 */
export async function getImport(ctx: Ctx, id: string): Promise<ImportBatch> {
  const row = await repo.findBatch(ctx.db, id);
  if (!row || !mayImport(permissionsOf(ctx.actor.roles), row.kind))
    throw new AppError('NOT_FOUND', 'access.not_found');
  return {
    ...toSummary(row, await actorLabels(ctx.db, [row.startedBy], ctx.language)),
    progress: progressOf(id),
    errors: row.errors.map((error) => translateImportError(ctx.language, error)),
  };
}

/** The most recent imports of the kinds the user may run. */
export async function listImports(ctx: Ctx): Promise<ImportList> {
  const permissions = permissionsOf(ctx.actor.roles);
  const kinds = IMPORT_KINDS.filter((kind) => mayImport(permissions, kind));
  const rows = await repo.listBatches(ctx.db, kinds, 50);
  const label = await actorLabels(
    ctx.db,
    rows.map((r) => r.startedBy),
    ctx.language,
  );
  return { items: rows.map((row) => toSummary(row, label)) };
}

export interface UploadInput {
  kind: ImportKind;
  fileName: string | undefined;
  jobCentre: string | undefined;
  unknownCodesAsBenefit: boolean;
  encoding: CsvEncoding;
  body: unknown;
  contentLength: number | undefined;
}

/** The progress of an import running in this process; null once it has ended (or elsewhere). */
export function progressOf(id: string): ImportProgress | null {
  const progress = running.get(id);
  return progress ? { ...progress } : null;
}

/**
 * The API's import: the body to a temporary file, then the import in the background; answers with the
 * batch id at once (the client polls getImport, or follows `ended`). An unexpected failure is logged;
 * the batch says failed.
 */
export async function startUploadedImport(
  ctx: Ctx,
  input: UploadInput,
  logError: (error: unknown) => void,
): Promise<{ id: string; ended: Promise<void> }> {
  const upload = await receiveUpload(input.body, input.contentLength);
  try {
    const { batchId, done } = await startImport(ctx.db, ctx.keys, {
      kind: input.kind,
      filePath: upload.filePath,
      fileName: input.fileName || `${input.kind}.csv`,
      options: {
        jobCentre: input.jobCentre,
        unknownCodesAsBenefit: input.unknownCodesAsBenefit,
        encoding: input.encoding,
      },
      actor: {
        userId: ctx.actor.userId,
        username: ctx.actor.username,
        organisationId: ctx.actor.organisationId,
      },
      permissions: [...permissionsOf(ctx.actor.roles)],
      requestId: ctx.requestId,
    });
    const ended = done.then(
      () => upload.remove(),
      async (error: unknown) => {
        logError(error);
        await upload.remove();
      },
    );
    return { id: batchId, ended };
  } catch (error) {
    await upload.remove();
    throw error;
  }
}
