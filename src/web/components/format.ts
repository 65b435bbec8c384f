import { copenhagenDate, formatDate as formatIsoDate, isIsoDate } from '../../shared/dates.ts';
import type { Language } from '../../shared/messages.ts';

// Times are shown in Danish time whatever the browser's zone: the case belongs to Copenhagen.
const TIME_ZONE = 'Europe/Copenhagen';

const danish = new Intl.DateTimeFormat('da-DK', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const english = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});

/** "23-11-2026 kl. 14.05" in Danish, "23 Nov 2026, 14:05" in English. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (language === 'en') return english.format(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    danish.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')} kl. ${part('hour')}.${part('minute')}`;
}

/** "23-11-2026" / "23 Nov 2026" (shared/dates.ts's rule); a time is shown as its day in Copenhagen. */
export function formatDate(iso: string, language: Language): string {
  if (isIsoDate(iso)) return formatIsoDate(iso, language);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatIsoDate(copenhagenDate(date), language);
}
