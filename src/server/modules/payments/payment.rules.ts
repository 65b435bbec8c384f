// Paying providers (issue 14): the monthly billing basis (afregningsgrundlag), its status, corrections,
// the matching of invoices and the EAN number. Pure: the amounts come from the courses module's billing
// rules (never a second price computation); these functions decide what may happen to them.
//
// The flow. The administration prepares a month's basis for a provider once the month has ended (the
// weeks are then counted up to the month's last day); while it is a draft it may be prepared again
// and corrected. The provider's lead accepts it; the administration approves it; an approved basis is
// locked (also in the database). A later correction of an approved month is a credit (negative) or
// debit (positive) line in a later month's basis with its reason.
import type { IsoDate } from '../../../shared/dates.ts';
import type { BillingBasisStatus } from '../../platform/db/schema.ts';

export type BasisAction = 'prepare' | 'accept' | 'approve' | 'correct';

/** The last day of a 'YYYY-MM' month. */
export function lastDayOfMonth(month: string): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** A month's basis is prepared once the month has ended: its weeks are then all known. */
export function isMonthEnded(month: string, today: IsoDate): boolean {
  return lastDayOfMonth(month) < today;
}

/** The weeks of ongoing courses count up to the month's last day. */
export function basisAsOf(month: string): IsoDate {
  return lastDayOfMonth(month);
}

/**
 * Whether an action is allowed on a basis in a status; 'same' when it has already been done (accepting
 * an accepted basis or approving an approved one changes nothing and is answered with the basis).
 */
export function checkBasisAction(status: BillingBasisStatus, action: BasisAction): 'ok' | 'same' | 'refused' {
  switch (action) {
    case 'prepare':
    case 'correct':
      return status === 'draft' ? 'ok' : 'refused';
    case 'accept':
      if (status === 'draft') return 'ok';
      return status === 'accepted' ? 'same' : 'refused';
    case 'approve':
      if (status === 'accepted') return 'ok';
      return status === 'approved' ? 'same' : 'refused';
  }
}

export interface BasisLineAmount {
  kind: 'weeks' | 'correction';
  amountOre: number;
}

/** The basis's amount: its weeks plus its corrections (credits are negative). */
export function basisTotals(lines: readonly BasisLineAmount[]): {
  weeksOre: number;
  correctionsOre: number;
  totalOre: number;
} {
  let weeksOre = 0;
  let correctionsOre = 0;
  for (const line of lines) {
    if (line.kind === 'weeks') weeksOre += line.amountOre;
    else correctionsOre += line.amountOre;
  }
  return { weeksOre, correctionsOre, totalOre: weeksOre + correctionsOre };
}

export type CorrectionProblem = 'not_earlier' | 'not_approved' | 'zero';

/** A correction concerns an earlier month whose basis is approved, and is not 0 kr. */
export function checkCorrection(
  basisMonth: string,
  correction: { correctsMonth: string; amountOre: number },
  correctedStatus: BillingBasisStatus | null,
): CorrectionProblem | null {
  if (correction.amountOre === 0) return 'zero';
  if (correction.correctsMonth >= basisMonth) return 'not_earlier';
  if (correctedStatus !== 'approved') return 'not_approved';
  return null;
}

export type InvoiceMatch = 'matches' | 'differs' | 'no_approved_basis';

export interface InvoicesMatch {
  /** The invoices of the provider's month added up: a month may be invoiced in parts. */
  invoicedOre: number;
  invoiceCount: number;
  match: InvoiceMatch;
  /** Invoiced minus the approved basis's total; null when no basis is approved. */
  differenceOre: number | null;
}

/**
 * The invoices received for a provider's month against its basis. Several invoices for the same provider
 * and month (partial invoices) are added up and the sum is matched: equal to the approved total, different,
 * or nothing approved yet. The one rule for the month view and the finance export's reconciliation.
 */
export function matchInvoices(
  invoices: readonly { amountOre: number }[],
  basis: { status: BillingBasisStatus; totalOre: number } | null,
): InvoicesMatch {
  const invoicedOre = invoices.reduce((sum, invoice) => sum + invoice.amountOre, 0);
  const invoiceCount = invoices.length;
  if (!basis || basis.status !== 'approved') {
    return { invoicedOre, invoiceCount, match: 'no_approved_basis', differenceOre: null };
  }
  const differenceOre = invoicedOre - basis.totalOre;
  return { invoicedOre, invoiceCount, match: differenceOre === 0 ? 'matches' : 'differs', differenceOre };
}

// The EAN check digit is one rule for the app (the agreements API and form use it too): src/shared/ean.ts.
export { isValidEan } from '../../../shared/ean.ts';
