import type { Language } from '../../../shared/messages.ts';

/** "12.345" in Danish, "12,345" in English. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK').format(value);
}
