// /resultater — seed 003's three outcome tables per provider, each for its own period, with charts, the
// comparison with a saved report in percentage points, notes on data lag and under-registered plans,
// exports, and (outcome.manage) saving the report. The periods live in the address
// (?fra=…&til=…&placering-fra=…&placering-til=…&plan-fra=…&plan-til=…&sammenlign=<report>); without
// them the page shows the newest saved report's periods, compared with the report before them.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { addDays, addMonthsClamped, monthOf, todayInCopenhagen } from '../../../shared/dates.ts';
import type { Language } from '../../../shared/messages.ts';
import { formatPercent, formatPoints } from '../../../shared/outcomes/outcome.format.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { fieldErrorsFrom } from '../../components/ErrorSummary.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import {
  outcomeExportHref,
  useOutcomes,
  useSavedReports,
  type OutcomeParams,
  type OutcomeResponse,
  type SavedReportSummary,
} from './outcome.api.ts';
import { FairComparison } from './FairComparison.tsx';
import { OutcomePeriodForm, type PeriodField } from './OutcomePeriodForm.tsx';
import { OutcomeTables } from './OutcomeTables.tsx';
import { SavedReportsSection } from './SavedReportsSection.tsx';
import { SaveReportForm } from './SaveReportForm.tsx';
import { comparisonTextKey } from './comparison-text.ts';
import { useLanguage } from '../../components/useLanguage.ts';

const PARAM_NAMES: Record<PeriodField, string> = {
  from: 'fra',
  to: 'til',
  placementFrom: 'placering-fra',
  placementTo: 'placering-til',
  planFrom: 'plan-fra',
  planTo: 'plan-til',
  compareTo: 'sammenlign',
};

/** Without saved reports: courses ending 4–9 months ago (DREAM lags about six months). */
function fallbackPeriods(): OutcomeParams {
  const thisMonth = monthOf(todayInCopenhagen());
  const from = addMonthsClamped(thisMonth, -9);
  const to = addDays(addMonthsClamped(thisMonth, -3), -1);
  return { from, to, placementFrom: from, placementTo: to, planFrom: from, planTo: to, compareTo: '' };
}

/** The newest saved report's periods, compared with the newest report whose exit period ended before. */
function defaultParams(reports: SavedReportSummary[]): OutcomeParams {
  const newest = reports[0];
  if (!newest) return fallbackPeriods();
  const { from, to, placementFrom, placementTo, planFrom, planTo } = newest.parameters;
  const previous = reports.find((r) => r.parameters.to < from);
  return { from, to, placementFrom, placementTo, planFrom, planTo, compareTo: previous?.id ?? '' };
}

function paramsFrom(
  search: URLSearchParams,
  reports: SavedReportSummary[] | undefined,
): OutcomeParams | null {
  if (!search.get(PARAM_NAMES.from)) return reports ? defaultParams(reports) : null;
  const get = (field: PeriodField) => search.get(PARAM_NAMES[field]) ?? '';
  const from = get('from');
  const to = get('to');
  return {
    from,
    to,
    placementFrom: get('placementFrom') || from,
    placementTo: get('placementTo') || to,
    planFrom: get('planFrom') || from,
    planTo: get('planTo') || to,
    compareTo: get('compareTo'),
  };
}

function ComparisonSummary({ report, language }: { report: OutcomeResponse; language: Language }) {
  const { t } = useTranslation('outcomes');
  const comparison = report.comparison;
  if (!comparison) return null;
  const names = { exit: t('saved.exit'), placement: t('saved.placement'), plan: t('saved.plan') };
  return (
    <section className="app-section" aria-labelledby="outcome-comparison-heading">
      <h2 id="outcome-comparison-heading">{t('comparison.heading')}</h2>
      <p>
        {t('comparison.text', { title: comparison.title, date: formatDate(comparison.createdAt, language) })}
      </p>
      {comparison.definitionChanged ? (
        <p>{t('comparison.definitionChanged', { version: comparison.definitionVersion })}</p>
      ) : null}
      <ul className="app-plain-list">
        {(['exit', 'placement', 'plan'] as const).map((key) => (
          <li key={key}>
            {t(comparisonTextKey(comparison[key].total), {
              table: names[key],
              previous: formatPercent(comparison[key].total.previousRatePercent, language),
              current: formatPercent(comparison[key].total.ratePercent, language),
              points: formatPoints(comparison[key].total.points, language),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OutcomesPage() {
  const { t } = useTranslation('outcomes');
  usePageTitle(t('title'));
  const language = useLanguage();
  const { me, can } = useSession();
  const [search, setSearch] = useSearchParams();
  const reports = useSavedReports();
  // Without saved reports to go by (none, or the list failed), the periods fall back to recent months.
  const params = paramsFrom(search, reports.data?.items ?? (reports.isError ? [] : undefined));
  const outcomes = useOutcomes(params);
  const report = outcomes.data;
  const serverErrors = outcomes.isError
    ? fieldErrorsFrom(outcomes.error, Object.keys(PARAM_NAMES) as PeriodField[])
    : {};

  const show = (value: OutcomeParams) => {
    const next = new URLSearchParams();
    for (const [field, name] of Object.entries(PARAM_NAMES) as [PeriodField, string][]) {
      if (value[field]) next.set(name, value[field]);
    }
    setSearch(next);
  };

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="font-lead">{me.organisation.kind === 'provider' ? t('introProvider') : t('intro')}</p>
      {params ? (
        <OutcomePeriodForm
          key={JSON.stringify(params)}
          value={params}
          reports={reports.data?.items ?? []}
          serverErrors={serverErrors}
          onShow={show}
        />
      ) : null}
      {reports.isError ? <ErrorAlert error={reports.error} /> : null}
      {outcomes.isPending || !params ? <Loading /> : null}
      {outcomes.isError ? <ErrorAlert error={outcomes.error} /> : null}
      {report && params && !outcomes.isError ? (
        <>
          <p className="app-muted">{t('definition', { version: report.definitionVersion })}</p>
          <ComparisonSummary report={report} language={language} />
          <OutcomeTables report={report} language={language} />
          <FairComparison params={params} language={language} />
          <section className="app-section" aria-labelledby="outcome-export-heading">
            <h2 id="outcome-export-heading">{t('export.heading')}</h2>
            <ul className="app-link-list">
              {(['xlsx', 'csv', 'csv-en', 'pdf'] as const).map((format) => (
                <li key={format}>
                  <a href={outcomeExportHref(params, format)} download>
                    {t(`export.${format === 'csv-en' ? 'csvEn' : format}`)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
          {can('outcome.manage') ? <SaveReportForm params={params} /> : null}
        </>
      ) : null}
      {reports.data ? <SavedReportsSection reports={reports.data.items} language={language} /> : null}
    </>
  );
}
