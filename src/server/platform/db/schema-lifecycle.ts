// Kysely table types of local settings' history (migration 0015) and the data's lifecycle (migration
// 0016: the deletion log and the audit chain's checkpoints), re-exported by schema.ts.
import type { Generated } from 'kysely';

export interface LocalSettingChangeTable {
  id: Generated<string>;
  key: string;
  value: string | null;
  reason: string;
  changedBy: string;
  changedAt: Generated<Date>;
}

/** Migration 0016: what the retention run deleted (no personal data). */
export interface DeletionLogTable {
  id: Generated<number>;
  runId: string;
  rule: string;
  entity: string;
  deleted: number;
  cutoff: Date;
  period: string;
  ranBy: string;
  ranAt: Generated<Date>;
}

/** Migration 0016: where the audit chain starts after old rows were deleted. */
export interface AuditCheckpointTable {
  chainSeq: number;
  hash: string;
  deleted: number;
  deletedTotal: number;
  deletedThrough: string;
  signature: string;
  createdAt: Generated<Date>;
}
