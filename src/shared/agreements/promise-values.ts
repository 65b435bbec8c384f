// A promised value as typed in Danish ("12", "12,5", "1.000") to tenths, and back. One decimal is
// enough for a ratio such as 12,5 courses per mentor; counts are whole numbers.
import { MAX_PROMISED } from './promise.constants.ts';

export type PromisedValueProblem = 'promise.value_format' | 'promise.value_too_large';

export function parsePromisedValue(
  text: string,
): { ok: true; tenths: number } | { ok: false; problem: PromisedValueProblem } {
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d))?$/.exec(text.trim());
  if (!match) return { ok: false, problem: 'promise.value_format' };
  const whole = Number(match[1]!.replaceAll('.', ''));
  if (whole > MAX_PROMISED) return { ok: false, problem: 'promise.value_too_large' };
  return { ok: true, tenths: whole * 10 + Number(match[2] ?? '0') };
}

/** Tenths as a Danish number: 125 → "12,5", 100 → "10", 10000 → "1.000". */
export function formatTenths(tenths: number, language: 'da' | 'en' = 'da'): string {
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(tenths / 10);
}
