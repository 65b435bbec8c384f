// Reading billing bases: a month's bases per provider with their lines and the invoices matched against
// them. Sums only (no citizen), so it runs without the row scope; the caller decides whose providers.
import type {
  BasisLine,
  BasisMonthView,
  BasisView,
  InvoiceView,
} from '../../../../shared/payments/payment.schemas.ts';
import type { Tx } from '../../../platform/context.ts';
import * as repo from '../payment.repository.ts';
import { basisTotals, isMonthEnded, matchInvoices } from '../payment.rules.ts';

type LineRow = Awaited<ReturnType<typeof repo.listLines>>[number];

function agreementName(row: LineRow): string {
  if (!row.tenderName) return '';
  return `${row.tenderName}, ${row.tenderAreaNumber}. ${row.tenderAreaName}`;
}

function toLine(row: LineRow): BasisLine {
  return {
    id: row.id,
    kind: row.kind,
    agreement: row.agreementId ? { id: row.agreementId, name: agreementName(row), ean: row.ean } : null,
    programmeWeeks: row.programmeWeeks,
    programmeOre: row.programmeOre,
    aftercareWeeks: row.aftercareWeeks,
    aftercareOre: row.aftercareOre,
    courseCount: row.courseCount,
    amountOre: row.amountOre,
    correctsMonth: row.correctsMonth,
    reason: row.reason,
  };
}

const iso = (value: Date | string | null): string | null =>
  value === null ? null : new Date(value).toISOString();

function toBasis(row: repo.BasisRow, lines: readonly LineRow[]): BasisView {
  const own = lines.filter((l) => l.basisId === row.id).map(toLine);
  return {
    id: row.id,
    providerId: row.providerId,
    providerName: row.providerName,
    month: row.month,
    status: row.status,
    asOf: row.asOf,
    computedAt: iso(row.computedAt)!,
    acceptedBy: row.acceptedBy ? { id: row.acceptedBy, name: row.acceptedByName ?? '' } : null,
    acceptedAt: iso(row.acceptedAt),
    approvedBy: row.approvedBy ? { id: row.approvedBy, name: row.approvedByName ?? '' } : null,
    approvedAt: iso(row.approvedAt),
    lines: own,
    ...basisTotals(own),
    problemWeeks: row.problemWeeks,
  };
}

/** One basis with its lines. */
export async function readBasis(tx: Tx, id: string): Promise<BasisView | null> {
  const row = await repo.findBasis(tx, id);
  if (!row) return null;
  return toBasis(row, await repo.listLines(tx, [id]));
}

/** A month's bases and invoices for the given providers (all, or the one asked for). */
export async function readMonth(
  tx: Tx,
  input: { month: string; providerId: string | undefined; today: string },
): Promise<BasisMonthView> {
  const providers = await repo.listProviders(tx, input.providerId);
  const bases = await repo.listBasesOfMonth(tx, input.month, input.providerId);
  const lines = await repo.listLines(
    tx,
    bases.map((b) => b.id),
  );
  const invoices = await repo.listInvoices(tx, input.month, input.providerId);
  return {
    month: input.month,
    isMonthEnded: isMonthEnded(input.month, input.today),
    providers: providers.map((provider) => {
      const row = bases.find((b) => b.providerId === provider.id);
      const basis = row ? toBasis(row, lines) : null;
      const own = invoices.filter((i) => i.providerId === provider.id);
      return {
        providerId: provider.id,
        providerName: provider.name,
        basis,
        invoices: own.map((i): InvoiceView => ({
          id: i.id,
          invoiceNumber: i.invoiceNumber,
          invoiceDate: i.invoiceDate,
          amountOre: i.amountOre,
        })),
        // Partial invoices of the month are added up and matched as one (payment.rules.ts).
        invoiceMatch: own.length > 0 ? matchInvoices(own, basis) : null,
      };
    }),
  };
}
