// The one pipeline every import kind shares: reader → row validator → batch writer. A kind reads the
// header and returns a plan: which columns it uses, how it checks one record (parse, in memory) and how
// it writes a batch of checked rows (write, a few queries per batch in the import's transaction). The
// runner (import.service.ts) streams the file through the plan and decides: any error, no import.
import type { Counts } from '../../platform/db/write-by-ref.ts';
import type { ImportMessageKey } from '../../../shared/imports/import.messages.ts';
import type { MessageKey } from '../../../shared/messages.ts';
import type { Tx } from '../../platform/context.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import type { ImportError, ImportKind } from '../../platform/db/schema.ts';
import type { CsvRecord, CsvText } from './csv-reader.ts';

/** At most this many errors are kept; the count stays exact. */
export const MAX_STORED_ERRORS = 200;

type Params = Record<string, string | number>;

export class ErrorLog {
  readonly first: ImportError[] = [];
  count = 0;

  add(line: number, message: ImportMessageKey | MessageKey, params?: Params, column?: string): void {
    this.count++;
    if (this.first.length >= MAX_STORED_ERRORS) return;
    this.first.push({
      line,
      message,
      ...(column !== undefined ? { column } : {}),
      ...(params ? { params } : {}),
    });
  }
}

export type { Counts };

export function addCounts(into: Counts, more: Counts): void {
  into.created += more.created;
  into.updated += more.updated;
  into.unchanged += more.unchanged;
}

export interface ResolvedOptions {
  /** Where citizens with unknown CPR numbers are created; null when there is no single job centre. */
  jobCentreId: string | null;
  unknownCodesAsBenefit: boolean;
}

/** What a kind's plan works with: the import's transaction, keys, batch, options, errors and details. */
export interface ImportEnv {
  tx: Tx;
  keys: Keys;
  batchId: string;
  /** Today in Copenhagen (CPR birth dates may not lie after it). */
  today: string;
  options: ResolvedOptions;
  errors: ErrorLog;
  /**
   * Facts for the summary (companies created, codes added, …), stored on the batch and shown to the
   * caller: never a fact about citizens, which would tell whether a CPR number was known before.
   */
  details: Record<string, unknown>;
  /** Citizens whose data the import wrote, and whether it created them: one audit row each. */
  touchedCitizens: Map<string, 'created' | 'updated'>;
}

export interface ImportPlan<Row> {
  /** Columns of the file the kind does not use: listed in the summary. */
  ignoredColumns: string[];
  batchSize: number;
  /**
   * Batches written while the next is parsed (default 1). More than one only for a kind whose writes
   * are independent of one another (the register: each person once): their queries then queue on the
   * connection, so the database need not wait for the parser between batches.
   */
  writesInFlight?: number;
  /** After the first error nothing will be committed; true skips the writes (checks still run). */
  skipWritesAfterErrors?: boolean;
  /** Checks one record (its field count already matches the header); undefined when it has errors. */
  parse(record: CsvRecord): Row | undefined;
  /**
   * Optional, for kinds with very wide rows (the register): checks a record without quotes given as its
   * unsplit text, sparing a string per field. It reports `import.field_count` itself, as parse's caller
   * does, when the record does not have `fieldCount` fields. Records with quotes still go to parse.
   */
  parseText?(record: CsvText, fieldCount: number): Row | undefined;
  /** Writes checked rows; may report errors found against the database (the import then fails). */
  write(rows: Row[]): Promise<Counts>;
  /** After the last record: checks over the whole file (unknown codes) and their writes. */
  finish?(): Promise<void>;
}

export type ImportKindHandler = (
  env: ImportEnv,
  header: CsvRecord,
) => Promise<ImportPlan<unknown> | undefined>;

/** Declares a kind with its own row type. */
export function defineImportKind<Row>(
  handler: (env: ImportEnv, header: CsvRecord) => Promise<ImportPlan<Row> | undefined>,
): ImportKindHandler {
  return handler as ImportKindHandler;
}

export type ImportKindHandlers = Record<ImportKind, ImportKindHandler>;

export interface ColumnMap<C extends string> {
  index: Partial<Record<C, number>>;
  ignored: string[];
}

/**
 * Finds a tabular kind's columns in the header (names trimmed, case-insensitive); other columns are
 * ignored. Undefined, with errors on line 1, when a required column is missing or one appears twice.
 */
export function mapColumns<C extends string>(
  header: CsvRecord,
  required: readonly C[],
  optional: readonly C[],
  errors: ErrorLog,
): ColumnMap<C> | undefined {
  const known = new Set<string>([...required, ...optional]);
  const index: Partial<Record<C, number>> = {};
  const ignored: string[] = [];
  let ok = true;
  header.fields.forEach((raw, position) => {
    const name = raw.trim().toLowerCase();
    if (!known.has(name)) {
      ignored.push(raw.trim());
      return;
    }
    if (index[name as C] !== undefined) {
      errors.add(1, 'import.duplicate_column', { column: name }, name);
      ok = false;
      return;
    }
    index[name as C] = position;
  });
  for (const column of required) {
    if (index[column] === undefined) {
      errors.add(1, 'import.missing_column', { column }, column);
      ok = false;
    }
  }
  return ok ? { index, ignored } : undefined;
}

/** Keys seen so far in the file (references, codes), to refuse a second row with the same key. */
export class SeenKeys {
  private readonly lines = new Map<string, number>();

  /** The line the key was first seen on, or undefined (and the key remembered). */
  firstLine(key: string, line: number): number | undefined {
    const earlier = this.lines.get(key);
    if (earlier === undefined) this.lines.set(key, line);
    return earlier;
  }
}
