import { useTranslation } from 'react-i18next';

/** A spinner with text that screen readers announce politely. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="app-loading" role="status">
      <span className="spinner spinner-small" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}
