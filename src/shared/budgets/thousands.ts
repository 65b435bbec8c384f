// Amounts in 1.000 kr., as budget tables print them and as users type them into the budget form:
// "1.700" = 1,7 mio. kr.; "1.700,5" = 1.700.500 kr.; down to the øre ("0,00001"). A sign is allowed,
// since a stated Tabel 2 total may be negative. Returned in øre.
import { MAX_ORE, type MoneyResult } from '../money.ts';

const ORE_PER_THOUSAND = 100_000;

export function parseThousandKroner(input: string): MoneyResult {
  const text = input.trim().replace(/\s/g, '');
  const negative = /^[-−]/.test(text);
  const digits = negative ? text.slice(1) : text;
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,5}))?$/.exec(digits);
  if (!match) return { ok: false, problem: 'money.format' };
  const whole = Number(match[1]!.replace(/\./g, ''));
  const ore = whole * ORE_PER_THOUSAND + Number((match[2] ?? '').padEnd(5, '0'));
  if (!Number.isSafeInteger(ore) || ore > MAX_ORE) return { ok: false, problem: 'money.too_large' };
  return { ok: true, ore: negative ? -ore : ore };
}

/** Øre as the form shows them in 1.000 kr.: 170_000_000 → "1.700"; 170_050_000 → "1.700,5". */
export function formatThousandKronerInput(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`not a whole number of øre: ${ore}`);
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const whole = String(Math.floor(abs / ORE_PER_THOUSAND)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const fraction = String(abs % ORE_PER_THOUSAND)
    .padStart(5, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `,${fraction}` : ''}`;
}
