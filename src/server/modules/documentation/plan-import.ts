// The bulk import's writes of preparatory plans' starts (`indsats import plans`): documentation owns
// plan_start, the imports module checks the file's rows and hands them over here, inside its transaction.
import type { Tx } from '../../platform/context.ts';
import {
  writeByRef,
  type Counts,
  type ImportWriteOptions,
  type RefRow,
  type RefValues,
} from '../../platform/db/write-by-ref.ts';

/** Inserts new plan starts and updates changed ones by the file's plan reference (no updated_at). */
export function writeImportedPlanStarts<V extends RefValues>(
  tx: Tx,
  rows: readonly RefRow<V>[],
  options: ImportWriteOptions<V> = {},
): Promise<Counts> {
  return writeByRef(tx, 'planStart', rows, { ...options, stampUpdatedAt: false });
}
