// Upsert by a file's own reference (external_ref), for the bulk imports of courses, placements and plans:
// rows whose reference is new are inserted, rows whose values differ from the stored ones are updated, the
// rest are unchanged — so the same file twice changes nothing. The mechanism only: each table's owner
// module calls it with its own table (the table-owners lint rule reads `writeByRef(tx, 'table', …)` as a
// write of that table), and the imports reach it through the owners' services.
import type { Kysely } from 'kysely';
import type { Tx } from '../context.ts';

/** What a write did to a batch's rows. */
export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface RefRow<V> {
  ref: string;
  values: V;
}

export interface RefDiff<V> {
  inserts: RefRow<V>[];
  updates: { id: string; values: V }[];
  counts: Counts;
}

/** Splits a batch against the stored rows with the same references (compared on the keys of `values`). */
export function diffByRef<V extends Record<string, string | number | boolean | null>>(
  rows: readonly RefRow<V>[],
  stored: ReadonlyMap<string, { id: string } & Record<string, unknown>>,
): RefDiff<V> {
  const diff: RefDiff<V> = { inserts: [], updates: [], counts: { created: 0, updated: 0, unchanged: 0 } };
  for (const row of rows) {
    const existing = stored.get(row.ref);
    if (!existing) {
      diff.inserts.push(row);
      diff.counts.created++;
    } else if (Object.entries(row.values).some(([key, value]) => existing[key] !== value)) {
      diff.updates.push({ id: existing.id, values: row.values });
      diff.counts.updated++;
    } else {
      diff.counts.unchanged++;
    }
  }
  return diff;
}

/** The tables the bulk imports fill by the file's reference (external_ref). */
export type RefTable = 'course' | 'placement' | 'planStart';

/** A row's columns as the import checked them. */
export type RefValues = Record<string, string | number | boolean | null>;

/** How an owner's import write reports back: `onWritten` hears each row inserted or updated. */
export interface ImportWriteOptions<V extends RefValues> {
  onWritten?: (values: V) => void;
}

/** Loose enough to name a table and its columns by string; the callers' values carry the types. */
type AnyTables = Kysely<Record<string, Record<string, unknown>>>;

/**
 * Writes a batch by reference: reads the stored rows with the batch's references (the columns of the
 * values), inserts the new ones, updates the changed ones (stamping updated_at where the table has it)
 * and counts the rest as unchanged. `onWritten` hears the values of each row inserted or updated.
 */
export async function writeByRef<V extends RefValues>(
  tx: Tx,
  table: RefTable,
  rows: readonly RefRow<V>[],
  options: { stampUpdatedAt: boolean; onWritten?: (values: V) => void },
): Promise<Counts> {
  if (rows.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const db = tx as unknown as AnyTables;
  const columns = Object.keys(rows[0]!.values);
  const stored = (await db
    .selectFrom(table)
    .select(['id', 'externalRef', ...columns])
    .where(
      'externalRef',
      'in',
      rows.map((r) => r.ref),
    )
    .execute()) as ({ id: string; externalRef: string } & Record<string, unknown>)[];
  const diff = diffByRef(rows, new Map(stored.map((s) => [s.externalRef, s])));
  if (diff.inserts.length > 0) {
    await db
      .insertInto(table)
      .values(diff.inserts.map((r) => ({ externalRef: r.ref, ...r.values })))
      .execute();
  }
  for (const update of diff.updates) {
    await db
      .updateTable(table)
      .set(options.stampUpdatedAt ? { ...update.values, updatedAt: new Date() } : update.values)
      .where('id', '=', update.id)
      .execute();
  }
  if (options.onWritten) {
    for (const row of diff.inserts) options.onWritten(row.values);
    for (const update of diff.updates) options.onWritten(update.values);
  }
  return diff.counts;
}
