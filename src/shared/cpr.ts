// CPR number rules (research/domain.md §4.1). Isomorphic: the server validates, the web form validates
// the same way before sending.
//   - 10 digits, optionally a hyphen after the 6th (DDMMYY-SSSS);
//   - DDMMYY must be a real date, the century taken from the 7th digit (the century table);
//   - modulus 11 is only a warning: numbers without it have been issued since 1 Oct 2007 and are valid.

import { ageOn } from './dates.ts';

export type CprProblem = 'cpr.format' | 'cpr.invalid_date' | 'cpr.future_date';

export type CprResult =
  { ok: true; cpr: string; birthDate: string; passesModulus11: boolean } | { ok: false; problem: CprProblem };

const CPR_PATTERN = /^(\d{6})-?(\d{4})$/;
const MOD11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** The full birth year from the two-digit year and the 7th digit (CPR office's century table). */
export function cprBirthYear(twoDigitYear: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + twoDigitYear;
  if (seventhDigit === 4 || seventhDigit === 9) return (twoDigitYear <= 36 ? 2000 : 1900) + twoDigitYear;
  return (twoDigitYear <= 57 ? 2000 : 1800) + twoDigitYear;
}

export function passesModulus11(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * MOD11_WEIGHTS[i]!;
  return sum % 11 === 0;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Validates a CPR number as typed by a person; `today` (YYYY-MM-DD) rejects birth dates in the future. */
export function parseCpr(input: string, today: string = new Date().toISOString().slice(0, 10)): CprResult {
  const match = CPR_PATTERN.exec(input.trim());
  if (!match) return { ok: false, problem: 'cpr.format' };
  const digits = match[1]! + match[2]!;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = cprBirthYear(Number(digits.slice(4, 6)), Number(digits[6]));
  if (!isRealDate(year, month, day)) return { ok: false, problem: 'cpr.invalid_date' };
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (birthDate > today) return { ok: false, problem: 'cpr.future_date' };
  return { ok: true, cpr: digits, birthDate, passesModulus11: passesModulus11(digits) };
}

/** Above this age a CPR number is more likely mistyped (a wrong 7th digit gives the wrong century). */
export const IMPLAUSIBLE_AGE = 100;

export type CprWarning =
  | { key: 'cpr.modulus11_warning'; params: Record<string, never> }
  | { key: 'cpr.implausible_age_warning'; params: { age: number } };

/** What a valid CPR number should still make the user check: modulus 11, and an age over 100 today. */
export function cprWarnings(result: Extract<CprResult, { ok: true }>, today: string): CprWarning[] {
  const warnings: CprWarning[] = [];
  if (!result.passesModulus11) warnings.push({ key: 'cpr.modulus11_warning', params: {} });
  const age = ageOn(result.birthDate, today);
  if (age > IMPLAUSIBLE_AGE) warnings.push({ key: 'cpr.implausible_age_warning', params: { age } });
  return warnings;
}

/** DDMMYY-SSSS, the way Danish users read a CPR number. */
export function formatCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
}

/** Does the search text look like (the start of) a CPR number rather than a name? */
export function looksLikeCpr(text: string): boolean {
  return /^\d{6}-?\d{4}$/.test(text.trim());
}

/**
 * The birth date in a stored CPR number (the century from its 7th digit), or null when it cannot be read.
 * Any birth date: the number was checked when it was stored; no clock decides a report's figures.
 */
export function birthDateOfCpr(cpr: string): string | null {
  const parsed = parseCpr(cpr, '9999-12-31');
  return parsed.ok ? parsed.birthDate : null;
}
