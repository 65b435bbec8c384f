// The UI language of the course pages, and a plain date (YYYY-MM-DD) in its format.
import { formatDate } from '../../components/format.ts';
import { useLanguage } from '../../components/useLanguage.ts';

/** "23-11-2026" / "23 Nov 2026" for a YYYY-MM-DD date. */
export function useDate(): (iso: string) => string {
  const language = useLanguage();
  return (iso) => formatDate(`${iso}T12:00:00Z`, language);
}
