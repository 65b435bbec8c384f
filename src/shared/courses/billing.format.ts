// How billing shows months, weeks and prices, the same on the page and in the export: "januar 2026",
// "1.234" weeks, "2.040,00" kr. Danish by default, English on request. No zod: the web bundle uses it.
import { formatMoney } from '../money.ts';
import type { Language } from '../messages.ts';
import { MONTH_NAMES } from '../months.ts';

/** A billing period may span at most this many months (3 years). */
export const MAX_BILLING_MONTHS = 36;

/** How many months from `from` to `to` ('YYYY-MM'), both included (0 or less when `to` is earlier). */
export function monthCount(from: string, to: string): number {
  const index = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return y * 12 + m;
  };
  return index(to) - index(from) + 1;
}

export { MONTH_NAMES };

/** '2026-03' → "marts 2026" / "March 2026". */
export function formatMonth(month: string, language: Language): string {
  const [year, number] = month.split('-');
  const name = MONTH_NAMES[language][Number(number) - 1];
  return name ? `${name} ${year}` : month;
}

/** Whole numbers: 1234 → "1.234" / "1,234". */
export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 0 }).format(
    value,
  );
}

/** The weekly prices of a row: "2.040,00" or, after a price change, "2.040,00 / 2.100,00". */
export function formatWeeklyPrices(prices: readonly { weeklyOre: number }[], language: Language): string {
  return prices.map((p) => formatMoney(p.weeklyOre, language, { unit: false })).join(' / ');
}
