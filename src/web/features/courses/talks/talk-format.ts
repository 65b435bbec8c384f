// Small helpers of the talks pages: the UI language, dates and whole percentages in its format.
import type { Language } from '../../../../shared/messages.ts';

export { useDate } from '../language.ts';

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
