// Dates and money in the user's language, a dash for none: what pages show in cells and facts.
import type { Language } from '../../shared/messages.ts';
import { formatMoney } from '../../shared/money.ts';
import { formatDate } from './format.ts';
import { useLanguage } from './useLanguage.ts';

/** "31-12-2023" / "31 Dec 2023"; a dash for none. */
export function useDay(): (iso: string | null | undefined) => string {
  const language = useLanguage();
  return (iso) => (iso ? formatDate(`${iso}T12:00:00Z`, language) : '–');
}

/** "1.850,00 kr." / "DKK 1,850.00" in the user's language; a dash for none. */
export function kroner(ore: number | null | undefined, language: Language): string {
  return ore === null || ore === undefined ? '–' : formatMoney(ore, language);
}

/** `kroner` in the user's language. */
export function useKroner(): (ore: number | null | undefined) => string {
  const language = useLanguage();
  return (ore) => kroner(ore, language);
}
