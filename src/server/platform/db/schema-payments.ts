// Kysely table types of paying providers (migration 0026, issue 14): the monthly billing basis, its lines
// and the invoices received. Re-exported by schema.ts. Months are 'YYYY-MM', money integer øre.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from './schema-columns.ts';

export type BillingBasisStatus = 'draft' | 'accepted' | 'approved';
export type BillingBasisLineKind = 'weeks' | 'correction';

type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface BillingBasisTable {
  id: Generated<string>;
  providerId: string;
  month: string;
  status: Generated<BillingBasisStatus>;
  asOf: string;
  computedAt: ColumnType<Date, Date | undefined, Date>;
  problemWeeks: ColumnType<number, number | undefined, number>;
  preparedBy: Optional<string>;
  acceptedBy: Optional<string>;
  acceptedAt: Optional<Date>;
  approvedBy: Optional<string>;
  approvedAt: Optional<Date>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface BillingBasisLineTable {
  id: Generated<string>;
  basisId: string;
  kind: BillingBasisLineKind;
  agreementId: Optional<string>;
  programmeWeeks: ColumnType<number, number | undefined, number>;
  programmeOre: ColumnType<number, number | undefined, number>;
  aftercareWeeks: ColumnType<number, number | undefined, number>;
  aftercareOre: ColumnType<number, number | undefined, number>;
  courseCount: ColumnType<number, number | undefined, number>;
  amountOre: number;
  correctsMonth: Optional<string>;
  reason: Optional<string>;
  createdBy: Optional<string>;
  createdAt: CreatedAt;
}

export interface BillingInvoiceTable {
  id: Generated<string>;
  providerId: string;
  month: string;
  invoiceNumber: string;
  invoiceDate: string;
  amountOre: number;
  receivedBy: Optional<string>;
  createdAt: CreatedAt;
}
