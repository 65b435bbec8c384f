import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets document.title to "<page> – indsats" (WCAG 2.4.2: every page has its own title). */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = `${title} – ${product}`;
  }, [title, product]);
}
