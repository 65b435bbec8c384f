// The municipality's EAN number (GLN) a provider invoices to: a GS1 EAN-13, 13 digits whose last is the
// check digit (weights 1 and 3 from the left). The one rule of the app: the agreements API, the web form
// and the payments module use it; the database checks the same (indsats_is_valid_ean, migration 0026).

/** A GS1 EAN-13/GLN: 13 digits whose last is the check digit (weights 1 and 3 from the left). */
export function isValidEan(ean: string): boolean {
  if (!/^\d{13}$/.test(ean)) return false;
  const digits = [...ean].map(Number);
  const sum = digits.slice(0, 12).reduce((acc, digit, i) => acc + digit * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

export type EanProblem = 'agreement.ean_format' | 'agreement.ean_check_digit';

/**
 * An EAN number as typed (spaces and hyphens between digit groups are allowed): the 13 digits, or the
 * problem: not 13 digits, or a wrong check digit.
 */
export function parseEan(text: string): { ok: true; ean: string } | { ok: false; problem: EanProblem } {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{13}$/.test(digits)) return { ok: false, problem: 'agreement.ean_format' };
  if (!isValidEan(digits)) return { ok: false, problem: 'agreement.ean_check_digit' };
  return { ok: true, ean: digits };
}
