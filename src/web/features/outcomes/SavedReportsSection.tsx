// The saved reports, newest first, with each table's total percent and a link to the report.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/messages.ts';
import { formatPercent } from '../../../shared/outcomes/outcome.format.ts';
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
        <div className="app-table-wrapper" tabIndex={0} role="region" aria-labelledby="outcome-saved-caption">
          <table className="table table--compact app-table">
            <caption id="outcome-saved-caption">{t('saved.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('saved.title')}</th>
                <th scope="col">{t('saved.createdAt')}</th>
                <th scope="col">{t('saved.createdBy')}</th>
                <th scope="col" className="align-text-right">
                  {t('saved.exit')}
                </th>
                <th scope="col" className="align-text-right">
                  {t('saved.placement')}
                </th>
                <th scope="col" className="align-text-right">
                  {t('saved.plan')}
                </th>
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => (
                <tr key={report.id}>
                  <th scope="row">
                    <Link to={`/resultater/rapporter/${report.id}`}>{report.title}</Link>
                  </th>
                  <td className="app-nowrap">{formatDateTime(report.createdAt, language)}</td>
                  <td>{report.createdBy}</td>
                  <td className="align-text-right">{formatPercent(report.totals.exit, language)}</td>
                  <td className="align-text-right">{formatPercent(report.totals.placement, language)}</td>
                  <td className="align-text-right">{formatPercent(report.totals.plan, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
