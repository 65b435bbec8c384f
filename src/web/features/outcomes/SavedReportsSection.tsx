// The saved reports, newest first, with each table's total percent and a link to the report.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/messages.ts';
import { formatPercent } from '../../../shared/outcomes/outcome.format.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { formatDateTime } from '../../components/format.ts';
import type { SavedReportSummary } from './outcome.api.ts';

export function SavedReportsSection({
  reports,
  language,
}: {
  reports: SavedReportSummary[];
  language: Language;
}) {
  const { t } = useTranslation('outcomes');
  return (
    <section className="app-section" aria-labelledby="outcome-saved-heading">
      <h2 id="outcome-saved-heading">{t('saved.heading')}</h2>
      {reports.length === 0 ? (
        <p className="app-empty">{t('saved.empty')}</p>
      ) : (
        <DataTable<SavedReportSummary>
          caption={t('saved.caption')}
          rows={reports}
          rowKey={(report) => report.id}
          columns={[
            {
              label: t('saved.title'),
              rowHeader: true,
              sort: { kind: 'text', value: (report) => report.title },
              cell: (report) => <Link to={`/resultater/rapporter/${report.id}`}>{report.title}</Link>,
            },
            {
              label: t('saved.createdAt'),
              className: 'app-nowrap',
              sort: { kind: 'date', value: (report) => report.createdAt },
              cell: (report) => formatDateTime(report.createdAt, language),
            },
            {
              label: t('saved.createdBy'),
              optional: true,
              sort: { kind: 'text', value: (report) => report.createdBy },
              cell: (report) => report.createdBy,
            },
            {
              label: t('saved.exit'),
              className: 'align-text-right',
              sort: { kind: 'number', value: (report) => report.totals.exit },
              cell: (report) => formatPercent(report.totals.exit, language),
            },
            {
              label: t('saved.placement'),
              className: 'align-text-right',
              sort: { kind: 'number', value: (report) => report.totals.placement },
              cell: (report) => formatPercent(report.totals.placement, language),
            },
            {
              label: t('saved.plan'),
              className: 'align-text-right',
              sort: { kind: 'number', value: (report) => report.totals.plan },
              cell: (report) => formatPercent(report.totals.plan, language),
            },
          ]}
        />
      )}
    </section>
  );
}
