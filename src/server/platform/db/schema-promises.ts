// Kysely table types of the provider's promises per framework agreement (migration 0029, issue 14).
// Re-exported by schema.ts. A promised value is in tenths (12,5 courses per mentor = 125).
import type { ColumnType, Generated } from 'kysely';
import type { PromiseKind, PromiseSource } from '../../../shared/agreements/promise.constants.ts';
import type { CreatedAt } from './schema-columns.ts';

type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface AgreementPromiseTable {
  id: Generated<string>;
  agreementId: string;
  kind: PromiseKind;
  label: Optional<string>;
  unit: Optional<string>;
  promisedTenths: number;
  source: PromiseSource;
  bidId: Optional<string>;
  criterionId: Optional<string>;
  sourceText: Optional<string>;
  recordedBy: Optional<string>;
  recordedAt: CreatedAt;
}
