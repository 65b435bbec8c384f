import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/usePageTitle.ts';

/** The footer's "Tilgængelighedserklæring" (webtilgængelighedsloven); the official one lives in WAS-Tool. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  usePageTitle(t('accessibility.title'));
  return (
    <div className="app-narrow">
      <h1>{t('accessibility.title')}</h1>
      <p className="font-lead">{t('accessibility.intro')}</p>
      <h2>{t('accessibility.standardHeading')}</h2>
      <p>{t('accessibility.standard')}</p>
      <h2>{t('accessibility.statementHeading')}</h2>
      <p>{t('accessibility.statement')}</p>
      <h2>{t('accessibility.contactHeading')}</h2>
      <p>{t('accessibility.contact')}</p>
    </div>
  );
}
