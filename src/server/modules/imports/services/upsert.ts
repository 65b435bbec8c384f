// Upsert by the file's own reference (external_ref), shared by courses, placements and plans: rows whose
// reference is new are inserted, rows whose values differ from the stored ones are updated, the rest are
// unchanged — so the same file twice changes nothing.
import type { Counts } from '../pipeline.ts';

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
