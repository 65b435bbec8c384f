import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/messages.ts';
import { changeLanguage } from '../app/i18n.ts';

const OPTIONS: { language: Language; label: string }[] = [
  { language: 'da', label: 'Dansk' },
  { language: 'en', label: 'English' },
];

/** Dansk | English. Each label is written in its own language (lang attribute) for screen readers. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  return (
    <div className="app-language" role="group" aria-label={t('app.language')}>
      {OPTIONS.map(({ language, label }) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="app-language-option"
          aria-pressed={active === language}
          onClick={() => void changeLanguage(language)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
