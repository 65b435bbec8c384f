// The three tables laid out like seed 003's appendix: per provider the counts and the whole percent, the
// total row last, the 95 % interval and whether the provider can be told apart from the others; with a
// saved report to compare with, its percent and the difference in percentage points. Under each table its
// chart and its notes (data lag, under-registered plans, how sure the figures are).
import { OUTCOME_WINDOWS } from '../../../shared/outcomes/outcome.constants.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/messages.ts';
import {
  formatInterval,
  formatMonth,
  formatPercent,
  formatPeriod,
  formatPoints,
} from '../../../shared/outcomes/outcome.format.ts';
import type {
  ComparisonTable,
  ExitRow,
  OutcomeResponse,
  OutcomeTableKey,
  PlacementRow,
  PlanRow,
} from '../../../shared/outcomes/outcome.schemas.ts';
import { OutcomeChart } from './OutcomeChart.tsx';

type AnyRow = ExitRow | PlacementRow | PlanRow;

interface Column {
  header: string;
  value: (row: AnyRow) => number | null;
  percent?: boolean;
}

const integer = (value: number, language: Language) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK').format(value);

function useColumns(key: OutcomeTableKey): Column[] {
  const { t } = useTranslation('outcomes');
  const rate = (header: string): Column => ({ header, value: (r) => r.ratePercent, percent: true });
  if (key === 'exit') {
    const exit = (f: (r: ExitRow) => number) => (r: AnyRow) => f(r as ExitRow);
    return [
      { header: t('table.exitCompleted'), value: exit((r) => r.completed) },
      { header: t('table.exitJobOrEducation'), value: exit((r) => r.jobOrEducation) },
      { header: t('table.exitPartTime'), value: exit((r) => r.partTime) },
      rate(t('table.exitRate')),
      { header: t('table.exitPending'), value: exit((r) => r.pending + r.notInRegister) },
    ];
  }
  if (key === 'placement') {
    return [
      { header: t('table.placementCompleted'), value: (r) => r.completed },
      { header: t('table.placementPlaced'), value: (r) => (r as PlacementRow).placed },
      rate(t('table.placementRate')),
    ];
  }
  return [
    { header: t('table.planCompleted'), value: (r) => r.completed },
    { header: t('table.planWithPlan'), value: (r) => (r as PlanRow).withPlan },
    rate(t('table.planRate')),
  ];
}

function joinNames(names: string[], and: string): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

function Remarks({ rows }: { rows: AnyRow[] }) {
  const { t } = useTranslation('outcomes');
  const lines = (['higher', 'lower', 'indistinguishable'] as const).flatMap((versus) => {
    const names = rows.filter((r) => r.versusRest === versus).map((r) => r.providerName ?? '');
    return names.length > 0 ? [t(`remarks.${versus}`, { names: joinNames(names, t('remarks.and')) })] : [];
  });
  if (lines.length === 0) return null;
  return (
    <>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}

function OutcomeTable({
  tableKey,
  report,
  language,
  comparison,
}: {
  tableKey: OutcomeTableKey;
  report: OutcomeResponse;
  language: Language;
  comparison: ComparisonTable | undefined;
}) {
  const { t } = useTranslation('outcomes');
  const columns = useColumns(tableKey);
  const table = report[tableKey];
  const rows = table.rows as AnyRow[];
  const title = t(`table.${tableKey}Title`, {
    period: formatPeriod(table.from, table.to, language),
    ...OUTCOME_WINDOWS,
  });
  const headingId = `outcome-${tableKey}-heading`;
  const previousOf = (row: AnyRow) =>
    row.providerCode === null
      ? comparison?.total
      : comparison?.rows.find((c) => c.providerCode === row.providerCode);
  const cells = (row: AnyRow): ReactNode[] => {
    const previous = previousOf(row);
    return [
      ...columns.map((c) => {
        const value = c.value(row);
        return (
          <td key={c.header} className="align-text-right">
            {c.percent ? formatPercent(value, language) : value === null ? '' : integer(value, language)}
          </td>
        );
      }),
      <td key="interval" className="align-text-right app-nowrap">
        {formatInterval(row.ci95, language)}
      </td>,
      <td key="versus" className="app-outcome-versus">
        {row.versusRest ? t(`versus.${row.versusRest}`) : ''}
      </td>,
      ...(comparison
        ? [
            <td key="previous" className="align-text-right">
              {formatPercent(previous?.previousRatePercent ?? null, language)}
            </td>,
            <td key="points" className="align-text-right app-nowrap">
              {formatPoints(previous?.points ?? null, language)}
            </td>,
          ]
        : []),
    ];
  };
  const kinds = report.placement.kinds.map((k) => t(`notes.kinds.${k}`)).join(', ');
  const exitTotal = tableKey === 'exit' ? (table.total as ExitRow) : null;
  const pending = exitTotal ? exitTotal.pending + exitTotal.notInRegister : 0;
  // The committee notes (issue 13) where the report has them; a report without them says what it did.
  const notes = report.notes?.filter((n) => n.table === tableKey) ?? null;
  const noteTexts = (notes ?? []).map((note) =>
    note.kind === 'printedTotal'
      ? t('notes.printedTotal', { source: note.source, printed: note.printed, rowsSum: note.rowsSum })
      : t('notes.pendingWhen', { count: note.courses, month: formatMonth(note.coveredWith, language) }),
  );
  if (notes && exitTotal && exitTotal.notInRegister > 0)
    noteTexts.push(t('notes.notInRegister', { count: exitTotal.notInRegister }));
  return (
    <section className="app-section">
      <h2 id={headingId} className="h3">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="app-empty">{t('table.empty')}</p>
      ) : (
        // A tab stop and a named region, so a keyboard user can scroll a wide table (axe
        // "scrollable-region-focusable").
        <div
          className="app-table-wrapper"
          tabIndex={0}
          role="region"
          aria-labelledby={`${headingId}-caption`}
        >
          <table className="table table--compact app-table app-table--wide app-outcome-table">
            <caption id={`${headingId}-caption`} className="sr-only">
              {title}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('table.provider')}</th>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className="align-text-right">
                    {c.header}
                  </th>
                ))}
                <th scope="col" className="align-text-right">
                  {t('table.interval')}
                </th>
                <th scope="col">{t('table.versusRest')}</th>
                {comparison && report.comparison ? (
                  <>
                    <th scope="col" className="align-text-right">
                      {t('table.previous')}
                    </th>
                    <th scope="col" className="align-text-right">
                      {t('table.points')}
                    </th>
                  </>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.providerCode}>
                  <th scope="row">{row.providerName}</th>
                  {cells(row)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('table.total')}</th>
                {cells(table.total as AnyRow)}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <OutcomeChart
        rows={rows.map((r) => ({
          name: r.providerName ?? '',
          rate: r.rate,
          ratePercent: r.ratePercent,
          ci95: r.ci95,
        }))}
        total={table.total}
        language={language}
      />
      <div className="app-notes">
        <p>
          {tableKey === 'placement'
            ? t('notes.placement', { kinds, ...OUTCOME_WINDOWS })
            : t(`notes.${tableKey}`)}
          {notes === null && pending > 0 ? ` ${t('notes.exitPending', { count: pending })}` : ''}
        </p>
        {noteTexts.map((text) => (
          <p key={text}>{text}</p>
        ))}
        <Remarks rows={rows} />
      </div>
    </section>
  );
}

export function OutcomeTables({ report, language }: { report: OutcomeResponse; language: Language }) {
  return (
    <>
      {(['exit', 'placement', 'plan'] as const).map((key) => (
        <OutcomeTable
          key={key}
          tableKey={key}
          report={report}
          language={language}
          comparison={report.comparison?.[key]}
        />
      ))}
    </>
  );
}
