// The imports API: start an import with the file as the request body, follow its progress, read its
// summary and errors. Shared by the server (validation, OpenAPI) and the web app (types only).
import { z } from 'zod';
import { uuidParam } from '../ids.ts';
import {
  IMPORT_ENCODINGS,
  IMPORT_KINDS,
  KINDS_WITHOUT_PERSONAL_DATA,
  type ImportKind,
} from './import.constants.ts';

export { IMPORT_KINDS };
export type { ImportKind };

/** The kinds of POST /api/imports/:kind; the kinds with personal data have routes of their own. */
export const importKindParamsSchema = z.object({
  kind: z.enum(KINDS_WITHOUT_PERSONAL_DATA, { message: 'import.kind' }),
});
export const importIdParamsSchema = z.object({ id: uuidParam });

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

/** Options of POST /api/imports/:kind, in the query string (the body is the file). */
export const startImportQuerySchema = z.object({
  fileName: z.string().trim().max(300).optional(),
  jobCentre: z.string().trim().max(100).optional(),
  unknownCodesAsBenefit: flag,
  encoding: z
    .enum(IMPORT_ENCODINGS)
    .default('utf-8')
    .describe(
      "The file's character set: utf-8 (default; a byte that is not UTF-8 refuses the file, naming its line) or windows-1252 (older Danish systems). A file that begins with a UTF-8 byte-order mark is read as UTF-8.",
    ),
  /**
   * Answer with the import's progress as it runs, as lines of JSON (application/x-ndjson): {"id"}, then
   * {"progress"} a few times a second, then {"done": true}. Nothing else needs the database meanwhile,
   * which the embedded database (one connection, busy with the import) could not answer.
   */
  follow: flag,
});
export type StartImportQuery = z.input<typeof startImportQuerySchema>;
export type StartImportOptions = z.output<typeof startImportQuerySchema>;

export const importStartedSchema = z.object({ id: z.uuid() });
export type ImportStarted = z.infer<typeof importStartedSchema>;

export const importErrorSchema = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportErrorView = z.infer<typeof importErrorSchema>;

export const importProgressSchema = z.object({
  bytesRead: z.number(),
  bytesTotal: z.number(),
  rows: z.number().int(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

const importBatchFields = {
  id: z.uuid(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  status: z.enum(['running', 'succeeded', 'failed']),
  rowsTotal: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errorCount: z.number().int(),
  ignoredColumns: z.array(z.string()),
  /** Codes added as benefit, citizens and companies created, the register's weeks and months. */
  details: z.record(z.string(), z.unknown()),
  options: z.record(z.string(), z.unknown()),
  startedBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
};

export const importBatchSummarySchema = z.object(importBatchFields);
export type ImportBatchSummary = z.infer<typeof importBatchSummarySchema>;

export const importBatchSchema = z.object({
  ...importBatchFields,
  /** While running on this server instance: how far it has come. */
  progress: importProgressSchema.nullable(),
  /** The first errors (at most a few hundred), translated; errorCount is exact. */
  errors: z.array(importErrorSchema),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;

export const importListSchema = z.object({ items: z.array(importBatchSummarySchema) });
export type ImportList = z.infer<typeof importListSchema>;
