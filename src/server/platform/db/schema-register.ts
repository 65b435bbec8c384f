// Kysely table types of imports, the register and outcome reports (migration 0007), re-exported by schema.ts.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from './schema-columns.ts';

// Imports, the DREAM register and saved outcome reports (migration 0007, issue 5).
export type ImportKind = 'providers' | 'courses' | 'placements' | 'plans' | 'codebook' | 'register';
export type ImportStatus = 'running' | 'succeeded' | 'failed';

export interface ImportError {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  column?: string;
  /** A message key of src/shared/imports/import.messages.ts, translated when shown. */
  message: string;
  params?: Record<string, string | number>;
}

export interface ImportBatchTable {
  id: Generated<string>;
  kind: ImportKind;
  fileName: string;
  fileSha256: string;
  status: Generated<ImportStatus>;
  rowsTotal: Generated<number>;
  rowsCreated: Generated<number>;
  rowsUpdated: Generated<number>;
  rowsUnchanged: Generated<number>;
  errorCount: Generated<number>;
  /** Written as a JSON string. */
  errors: ColumnType<ImportError[], string | undefined, string>;
  ignoredColumns: Generated<string[]>;
  /** Written as a JSON string. */
  options: ColumnType<Record<string, unknown>, string | undefined, string>;
  /** Facts of the run beyond the counts (codes added, citizens created, the register's weeks); JSON string. */
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  startedBy: string;
  startedAt: CreatedAt;
  finishedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The process running the import (migration 0013): host, pid, start time, its latest heartbeat. */
  ownerHost: ColumnType<string | null, string | null | undefined, string | null>;
  ownerPid: ColumnType<number | null, number | null | undefined, number | null>;
  ownerStartedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  heartbeatAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** The codebook's categories (migration 0007's check constraint names the same). */
export const REGISTER_CATEGORIES = ['benefit', 'education', 'non_benefit', 'exit_register'] as const;
export type RegisterCategory = (typeof REGISTER_CATEGORIES)[number];

export interface RegisterCodeTable {
  code: string;
  meaning: string;
  category: RegisterCategory;
  verified: Generated<boolean>;
  importBatchId: string | null;
  updatedAt: UpdatedAt;
}

export interface RegisterPersonTable {
  personHash: Buffer;
  firstWeekMonday: string;
  /** Two bytes per week, big-endian (register-codes.ts). */
  weeklyCodes: Buffer;
  /** One bit per week, 1 = a benefit week, as bit-string text ("0110…"); null until computed (migration 0030). */
  benefitWeeks: ColumnType<string | null, string | null | undefined, string | null>;
  /** The BenefitCodes key the bits were computed under (register-codes.ts); null with the bits. */
  benefitKey: ColumnType<string | null, string | null | undefined, string | null>;
  firstMonth: string | null;
  employmentDegrees: Generated<number[]>;
  importBatchId: string;
  updatedAt: UpdatedAt;
}

export interface OutcomeReportTable {
  id: Generated<string>;
  title: string;
  definitionVersion: string;
  /** Written as a JSON string. */
  parameters: ColumnType<Record<string, unknown>, string, string>;
  importBatchIds: Generated<string[]>;
  /** Written as a JSON string. */
  results: ColumnType<Record<string, unknown>, string, string>;
  createdBy: string;
  createdAt: CreatedAt;
}
