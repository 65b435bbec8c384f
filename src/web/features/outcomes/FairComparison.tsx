// "Fair sammenligning" on the results page (issue 13, docs/fairness.md): per table the providers' observed
// results against those expected from their citizens, with a funnel plot and a sentence per provider;
// then the cost per result with the budget, and the watch on selection. No ranks: providers by name.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/messages.ts';
import type { FairnessRow, FairnessTable } from '../../../shared/outcomes/fairness.schemas.ts';
import {
  OUTCOME_TABLES,
  OUTCOME_WINDOWS,
  type OutcomeTableKey,
} from '../../../shared/outcomes/outcome.constants.ts';
import { formatPeriod } from '../../../shared/outcomes/outcome.format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { FairExtras } from './FairExtras.tsx';
import { fairnessExportHref, formatNumber, useFairness } from './fairness.api.ts';
import { FunnelChart } from './FunnelChart.tsx';
import type { OutcomeParams } from './outcome.api.ts';

const TITLE_KEYS = {
  exit: 'table.exitTitle',
  placement: 'table.placementTitle',
  plan: 'table.planTitle',
} as const satisfies Record<OutcomeTableKey, string>;

function FairTable({
  tableKey,
  table,
  language,
}: {
  tableKey: OutcomeTableKey;
  table: FairnessTable;
  language: Language;
}) {
  const { t } = useTranslation('outcomes');
  const n = (value: number | null, decimals: number) =>
    value === null ? '–' : formatNumber(value, decimals, language);
  const title = t(TITLE_KEYS[tableKey], {
    period: formatPeriod(table.from, table.to, language),
    ...OUTCOME_WINDOWS,
  });
  const id = `fair-${tableKey}`;
  const cells = (row: FairnessRow) => (
    <>
      <td className="align-text-right">{n(row.courses, 0)}</td>
      <td className="align-text-right">{n(row.observed, 0)}</td>
      <td className="align-text-right">{n(row.expected, 1)}</td>
      <td className="align-text-right">{n(row.oe, 2)}</td>
      <td className="align-text-right app-nowrap">
        {row.limits95 ? `${n(row.limits95[0], 2)}–${n(row.limits95[1], 2)}` : '–'}
      </td>
      <td>{t(`fair.labels.${row.label}`)}</td>
    </>
  );
  const sentence = (row: FairnessRow) =>
    `${t('fair.sentence', {
      name: row.providerName ?? '',
      observed: n(row.observed, 0),
      success: t(`fair.success.${tableKey}`),
      expected: n(row.expected, 1),
    })} ${t(`fair.verdict.${row.label}`, { courses: n(row.courses, 0) })}`;
  return (
    <section className="app-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      {table.rows.length === 0 ? (
        <p className="app-empty">{t('table.empty')}</p>
      ) : (
        <>
          <div className="app-table-wrapper" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
            <table className="table table--compact app-table">
              <caption id={`${id}-caption`} className="sr-only">
                {t('fair.caption', { title })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('fair.columns.provider')}</th>
                  {(['courses', 'observed', 'expected', 'oe', 'limits95'] as const).map((c) => (
                    <th key={c} scope="col" className="align-text-right">
                      {t(`fair.columns.${c}`)}
                    </th>
                  ))}
                  <th scope="col">{t('fair.columns.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.providerCode}>
                    <th scope="row">{row.providerName}</th>
                    {cells(row)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('fair.total')}</th>
                  {cells(table.total)}
                </tr>
              </tfoot>
            </table>
          </div>
          <FunnelChart
            inputs={table.rows.map((r) => ({ label: r.providerName ?? '', expected: r.expected, oe: r.oe }))}
            overallRate={table.rate}
            label={t('fair.chart', { title })}
            language={language}
          />
          <h4 className="h5">{t('fair.sentencesHeading')}</h4>
          <ul className="app-plain-list">
            {table.rows.map((row) => (
              <li key={row.providerCode}>{sentence(row)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function FairComparison({ params, language }: { params: OutcomeParams; language: Language }) {
  const { t } = useTranslation('outcomes');
  const fair = useFairness(params);
  return (
    <section className="app-section" aria-labelledby="fair-heading">
      <h2 id="fair-heading">{t('fair.heading')}</h2>
      {fair.isPending ? <Loading /> : null}
      {fair.isError ? <ErrorAlert error={fair.error} /> : null}
      {fair.data ? (
        <>
          <p>{t('fair.intro', { version: fair.data.definitionVersion })}</p>
          {OUTCOME_TABLES.map((key) => (
            <FairTable key={key} tableKey={key} table={fair.data[key]} language={language} />
          ))}
          <FairExtras report={fair.data} language={language} />
          <ul className="app-link-list">
            {(['pdf', 'xlsx', 'csv'] as const).map((format) => (
              <li key={format}>
                <a href={fairnessExportHref(params, format)} download>
                  {t(`fair.export.${format}`)}
                </a>
              </li>
            ))}
            {(['cost', 'selection'] as const).map((part) => (
              <li key={part}>
                <a href={fairnessExportHref(params, 'csv', part)} download>
                  {t(`fair.export.${part}Csv`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
