// Small helpers of the talks pages: the UI language, dates and whole percentages in its format.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/messages.ts';
import { formatDate } from '../../../components/format.ts';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'da';
}

/** "23-11-2026" / "23 Nov 2026" for a YYYY-MM-DD date. */
export function useDate(): (iso: string) => string {
  const language = useLanguage();
  return (iso) => formatDate(`${iso}T12:00:00Z`, language);
}

/** A whole percent: "67 %" in Danish, "67%" in English. */
export function formatPercent(percent: number, language: Language): string {
  return language === 'da' ? `${percent} %` : `${percent}%`;
}

/** The last day (Sunday) of the ISO week holding the date. */
export function endOfWeek(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const daysToSunday = (7 - date.getUTCDay()) % 7;
  date.setUTCDate(date.getUTCDate() + daysToSunday);
  return date.toISOString().slice(0, 10);
}
