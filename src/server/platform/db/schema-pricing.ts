// Kysely table types of price indexation and pauses in billing (migration 0027, issue 14). Re-exported by
// schema.ts. Dates are 'YYYY-MM-DD'; an index percentage is in hundredths of a percent (basis points).
import type { ColumnType, Generated } from 'kysely';
import type { PauseKind } from '../../../shared/courses/pause.constants.ts';
import type { CreatedAt } from './schema-columns.ts';

type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface AgreementPriceIndexationTable {
  id: Generated<string>;
  agreementId: string;
  effectiveFrom: string;
  basisPoints: number;
  reason: string;
  createdBy: Optional<string>;
  createdAt: CreatedAt;
}

export interface AgreementPauseExclusionTable {
  agreementId: string;
  pauseKind: PauseKind;
  createdBy: Optional<string>;
  createdAt: CreatedAt;
}

export interface CoursePauseTable {
  id: Generated<string>;
  courseId: string;
  kind: PauseKind;
  fromDate: string;
  toDate: string;
  note: Optional<string>;
  recordedBy: Optional<string>;
  createdAt: CreatedAt;
}
