// Parts of the agreements pages' records: the status badge and the export links.
import { useTranslation } from 'react-i18next';
import type { DisplayStatusName } from '../../../shared/agreements/agreement.constants.ts';

const BADGE: Record<DisplayStatusName, string> = {
  active: 'badge badge-success',
  draft: 'badge badge-info',
  terminated: 'badge badge-warning',
  expired: 'badge',
};

export function StatusBadge({ status }: { status: DisplayStatusName }) {
  const { t } = useTranslation('agreements');
  return <span className={BADGE[status]}>{t(`status.${status}`)}</span>;
}

export function ExportLinks({ href, label }: { href: (format: string) => string; label: string }) {
  const { t } = useTranslation('agreements');
  return (
    <p className="agr-exports">
      <span>{label}:</span>{' '}
      <a href={href('xlsx')} download>
        {t('export.xlsx')}
      </a>{' '}
      <a href={href('csv')} download>
        {t('export.csv')}
      </a>{' '}
      <a href={href('csv-en')} download>
        {t('export.csvEn')}
      </a>
    </p>
  );
}
