// UI texts in Danish (default) and English. Error messages from the API arrive already translated; the
// CPR messages shared with the server come from src/shared/messages.ts.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/messages.ts';
import { da, type Resources } from './locales/da.ts';
import { en } from './locales/en.ts';
import * as admin from '../features/admin/texts.ts';
import * as agreements from '../features/agreements/texts.ts';
import * as budgets from '../features/budgets/texts.ts';
import * as committee from '../features/committee/texts.ts';
import * as companies from '../features/companies/texts.ts';
import * as courses from '../features/courses/texts.ts';
import * as imports from '../features/imports/texts.ts';
import * as meetings from '../features/meetings/texts.ts';
import * as outcomes from '../features/outcomes/texts.ts';
import * as tenders from '../features/tenders/texts.ts';

// Each feature keeps its texts in its own namespace: useTranslation('agreements').
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: {
      translation: Resources;
      agreements: typeof agreements.da;
      budgets: typeof budgets.da;
      companies: typeof companies.da;
      tenders: typeof tenders.da;
      courses: typeof courses.da;
      imports: typeof imports.da;
      outcomes: typeof outcomes.da;
      meetings: typeof meetings.da;
      committee: typeof committee.da;
      admin: typeof admin.da;
    };
  }
}

export const LANGUAGE_COOKIE = 'indsats_lang';

function isLanguage(value: string | null | undefined): value is Language {
  return (LANGUAGES as readonly (string | null | undefined)[]).includes(value);
}

/** The cookie the server also reads, else the browser's preference; Danish unless English is preferred. */
function initialLanguage(): Language {
  const cookie = document.cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === LANGUAGE_COOKIE)?.[1];
  if (isLanguage(cookie)) return cookie;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'da';
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'da';
}

/** Switches the UI and tells the server (cookie) so its messages follow. */
export async function changeLanguage(language: Language): Promise<void> {
  document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=31536000; samesite=lax`;
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    da: {
      translation: da,
      agreements: agreements.da,
      budgets: budgets.da,
      companies: companies.da,
      tenders: tenders.da,
      courses: courses.da,
      imports: imports.da,
      outcomes: outcomes.da,
      meetings: meetings.da,
      committee: committee.da,
      admin: admin.da,
    },
    en: {
      translation: en,
      agreements: agreements.en,
      budgets: budgets.en,
      companies: companies.en,
      tenders: tenders.en,
      courses: courses.en,
      imports: imports.en,
      outcomes: outcomes.en,
      meetings: meetings.en,
      committee: committee.en,
      admin: admin.en,
    },
  },
  ns: [
    'translation',
    'agreements',
    'budgets',
    'companies',
    'tenders',
    'courses',
    'imports',
    'outcomes',
    'meetings',
    'committee',
    'admin',
  ],
  defaultNS: 'translation',
  lng: initialLanguage(),
  fallbackLng: 'da',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
