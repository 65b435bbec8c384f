// Numbers of the budgets pages: Danish by default (1.850,00 kr.; 41,5; 1.200 in 1.000 kr.), English on request.
import { formatThousandKroner, toThousandKroner } from '../../../shared/money.ts';
import type { Language } from '../../../shared/messages.ts';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'da-DK');

export function formatInteger(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(value);
}

/** Tenths as a number with one decimal: 415 → "41,5". */
export function formatTenths(tenths: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(tenths / 10);
}

/** Øre as kroner: "1.850,00 kr." / "DKK 1,850.00" (the one money format: shared/money.ts). */
export { formatMoney } from '../../../shared/money.ts';

/** Øre in 1.000 kr., as a budget table shows them: "1.200". */
export function formatThousands(ore: number, language: Language): string {
  return language === 'da' ? formatThousandKroner(ore) : formatInteger(toThousandKroner(ore), language);
}
