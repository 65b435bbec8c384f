// /resultater/rapporter/:id — a saved report as it was published (its figures, definition version and
// imports), and the same periods computed with today's data: late register data shows as differences
// in percentage points.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Language } from '../../../shared/messages.ts';
import { formatPercent, formatPoints } from '../../../shared/outcomes/outcome.format.ts';
import type { ComparisonTable } from '../../../shared/outcomes/outcome.schemas.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSavedReport, type SavedReport } from './outcome.api.ts';
import { OutcomeTables } from './OutcomeTables.tsx';
import { useLanguage } from '../../components/useLanguage.ts';

function DifferenceTable({
  caption,
  table,
  language,
}: {
  caption: string;
  table: ComparisonTable;
  language: Language;
}) {
  const { t } = useTranslation('outcomes');
  const rows = [...table.rows, table.total];
  const captionId = `${useId()}-caption`;
  return (
    <div className="app-table-wrapper" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="table table--compact app-table app-outcome-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.provider')}</th>
            <th scope="col" className="align-text-right">
              {t('report.savedFigures')}
            </th>
            <th scope="col" className="align-text-right">
              {t('report.nowHeading')}
            </th>
            <th scope="col" className="align-text-right">
              {t('table.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.providerCode ?? `total-${i}`}>
              <th scope="row">{row.providerName ?? t('table.total')}</th>
              <td className="align-text-right">
                {formatPercent(row.previousRatePercent, language)} ({row.previousCount ?? 0}/
                {row.previousCompleted ?? 0})
              </td>
              <td className="align-text-right">
                {formatPercent(row.ratePercent, language)} ({row.count ?? 0}/{row.completed ?? 0})
              </td>
              <td className="align-text-right app-nowrap">{formatPoints(row.points, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Report({ report, language }: { report: SavedReport; language: Language }) {
  const { t } = useTranslation('outcomes');
  const p = report.parameters;
  const periodsHref = `/resultater?${new URLSearchParams({
    fra: p.from,
    til: p.to,
    'placering-fra': p.placementFrom,
    'placering-til': p.placementTo,
    'plan-fra': p.planFrom,
    'plan-til': p.planTo,
    sammenlign: report.id,
  }).toString()}`;
  const names = { exit: t('saved.exit'), placement: t('saved.placement'), plan: t('saved.plan') };
  return (
    <>
      <p>
        {t('report.meta', {
          date: formatDateTime(report.createdAt, language),
          by: report.createdBy,
          version: report.definitionVersion,
          count: report.importBatchIds.length,
        })}
      </p>
      <p role="status">{report.differences.changed ? t('report.changed') : t('report.unchanged')}</p>
      <p>
        <Link to={periodsHref}>{t('report.showPeriods')}</Link>
      </p>
      {report.differences.changed ? (
        <section className="app-section" aria-labelledby="report-differences-heading">
          <h2 id="report-differences-heading">{t('comparison.heading')}</h2>
          {(['exit', 'placement', 'plan'] as const).map((key) => (
            <DifferenceTable
              key={key}
              caption={names[key]}
              table={report.differences[key]}
              language={language}
            />
          ))}
        </section>
      ) : null}
      <OutcomeTables report={{ ...report.results, comparison: null }} language={language} />
    </>
  );
}

export function SavedReportPage() {
  const { t } = useTranslation('outcomes');
  const language = useLanguage();
  const { id = '' } = useParams();
  const report = useSavedReport(id);
  usePageTitle(report.data?.title ?? t('report.title'));
  return (
    <>
      <p>
        <Link to="/resultater">{t('report.back')}</Link>
      </p>
      <h1>{report.data?.title ?? t('report.title')}</h1>
      {report.isPending ? <Loading /> : null}
      {report.isError ? <ErrorAlert error={report.error} /> : null}
      {report.data ? <Report report={report.data} language={language} /> : null}
    </>
  );
}
