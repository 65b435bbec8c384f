// Small helpers of the referral pages: the UI language, dates in its format, and today in Copenhagen.
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

/** Today's date in Copenhagen, YYYY-MM-DD (the date a referral is made on, unless changed). */
export function todayInCopenhagen(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
