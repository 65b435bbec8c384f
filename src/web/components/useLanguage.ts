// The user's language for formatting (dates, numbers, money): Danish unless English is chosen.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/messages.ts';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'da';
}
