// How the evaluation reads: points and percents in the user's language, numbers typed with a decimal
// comma, and the weights text of alternatives ("progression 30 %, local 40 %").
import type { Language } from './decision.format.ts';

function numberFormat(language: Language, digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Points with two decimals: "7,84" / "7.84". */
export function formatPoints(value: number, language: Language): string {
  return numberFormat(language, 2).format(value);
}

/** A percent given as a number of percent: 80 → "80 %", 58.95 → "59 %" (whole percents when close). */
export function formatPercent(value: number, language: Language): string {
  const rounded = Math.round(value * 10) / 10;
  const digits = Number.isInteger(rounded) ? 0 : 1;
  return `${numberFormat(language, digits).format(rounded)} %`;
}

/** A fraction as a percent: 0.5895 → "59 %". */
export function formatFraction(value: number, language: Language): string {
  return formatPercent(value * 100, language);
}

/** A number as typed, with a decimal comma or point; null when empty, NaN when unreadable. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  if (!/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return Number.NaN;
  return Number(trimmed.replace(',', '.'));
}

/** A number for a form field: "7,5" in Danish, "7.5" in English. */
export function numberText(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  const text = String(Math.round(value * 1e6) / 1e6);
  return language === 'da' ? text.replace('.', ',') : text;
}

/** "progression 30 %, local 40 %, individual 30 %". */
export function weightsLine(weights: Record<string, number>, language: Language): string {
  return Object.entries(weights)
    .map(([code, weight]) => `${code} ${formatPercent(weight, language)}`)
    .join(', ');
}

/** "A, B og C" / "A, B and C"; a dash for none. */
export function nameList(names: readonly string[], language: Language): string {
  if (names.length === 0) return '–';
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    style: 'long',
    type: 'conjunction',
  }).format(names);
}
