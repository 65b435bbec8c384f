// The bulk import's writes of courses and placements (`indsats import courses|placements`): the courses
// module owns the tables, the imports module checks the file's rows and hands them over here, inside its
// transaction (an import is all or nothing).
import type { Tx } from '../../../platform/context.ts';
import {
  writeByRef,
  type Counts,
  type ImportWriteOptions,
  type RefRow,
  type RefValues,
} from '../../../platform/db/write-by-ref.ts';

/** Inserts new courses and updates changed ones by the file's course reference. */
export function writeImportedCourses<V extends RefValues>(
  tx: Tx,
  rows: readonly RefRow<V>[],
  options: ImportWriteOptions<V> = {},
): Promise<Counts> {
  return writeByRef(tx, 'course', rows, { ...options, stampUpdatedAt: true });
}

/** Inserts new placements and updates changed ones by the file's placement reference. */
export function writeImportedPlacements<V extends RefValues>(
  tx: Tx,
  rows: readonly RefRow<V>[],
  options: ImportWriteOptions<V> = {},
): Promise<Counts> {
  return writeByRef(tx, 'placement', rows, { ...options, stampUpdatedAt: true });
}
