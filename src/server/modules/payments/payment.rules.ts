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

/** An invoice against the month's basis: equal to the approved total, different, or nothing approved yet. */
export function matchInvoice(
  invoiceOre: number,
  basis: { status: BillingBasisStatus; totalOre: number } | null,
): { match: InvoiceMatch; differenceOre: number | null } {
  if (!basis || basis.status !== 'approved') return { match: 'no_approved_basis', differenceOre: null };
  const differenceOre = invoiceOre - basis.totalOre;
  return { match: differenceOre === 0 ? 'matches' : 'differs', differenceOre };
}

/** A GS1 EAN-13/GLN: 13 digits whose last is the check digit (weights 1 and 3 from the left). */
export function isValidEan(ean: string): boolean {
  if (!/^\d{13}$/.test(ean)) return false;
  const digits = [...ean].map(Number);
  const sum = digits.slice(0, 12).reduce((acc, digit, i) => acc + digit * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}
