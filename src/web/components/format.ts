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

/** "23-11-2026" / "23 Nov 2026". */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    day: language === 'en' ? 'numeric' : '2-digit',
    month: language === 'en' ? 'short' : '2-digit',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).formatToParts(date);
  if (language === 'en') return parts.map((p) => p.value).join('');
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')}`;
}

/** Today in Copenhagen as an ISO date (YYYY-MM-DD), whatever the browser's zone: date fields' defaults. */
export function copenhagenToday(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
