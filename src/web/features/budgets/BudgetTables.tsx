import { useTranslation } from 'react-i18next';
import { TableWrapper } from './TableWrapper.tsx';
import {
  appropriationLabel,
  describeDifference,
  type RowLabels,
} from '../../../shared/budgets/difference-text.ts';
import type { Difference } from '../../../shared/budgets/reconciliation.rules.ts';
import type { Language } from '../../../shared/messages.ts';
import type { BudgetDetail } from './budget.api.ts';
import { formatMoney, formatThousands } from './format.ts';

const num = 'align-text-right app-nowrap';

/** A computed cell; where the note states another total, that one follows in brackets. */
function TotalCell({
  computed,
  stated,
  language,
}: {
  computed: number;
  stated: number | null;
  language: Language;
}) {
  const { t } = useTranslation('budgets');
  return (
    <td className={num}>
      {formatThousands(computed, language)}
      {stated !== null && stated !== computed ? (
        <span className="app-muted">
          {' '}
          ({t('note.stated', { amount: formatThousands(stated, language) })})
        </span>
      ) : null}
    </td>
  );
}

/** A row's amount in each year (a dash where it has none), then its total. */
function AmountCells({
  years,
  amountIn,
  totalOre,
  statedTotalOre,
  language,
}: {
  years: readonly number[];
  amountIn: (year: number) => number | undefined;
  totalOre: number;
  statedTotalOre: number | null;
  language: Language;
}) {
  return (
    <>
      {years.map((year) => {
        const amount = amountIn(year);
        return (
          <td key={year} className={num}>
            {amount === undefined ? '–' : formatThousands(amount, language)}
          </td>
        );
      })}
      <TotalCell computed={totalOre} stated={statedTotalOre} language={language} />
    </>
  );
}

/** The total row's cells: each year's sum and the grand total, with the note's stated figures. */
function TotalsCells({ totals, language }: { totals: BudgetDetail['activityTotals']; language: Language }) {
  return (
    <>
      {totals.byYear.map((y) => (
        <TotalCell key={y.year} computed={y.computedOre} stated={y.statedOre} language={language} />
      ))}
      <TotalCell computed={totals.computedOre} stated={totals.statedOre} language={language} />
    </>
  );
}

export function rowLabelsOf(budget: {
  activities: readonly { activity: string }[];
  appropriations: readonly Parameters<typeof appropriationLabel>[0][];
}): RowLabels {
  return {
    activities: new Map(budget.activities.map((a, i) => [i + 1, a.activity])),
    appropriations: new Map(budget.appropriations.map((a, i) => [i + 1, appropriationLabel(a)])),
  };
}

/** Seed 004's Tabel 1: activities × years, net of co-financing, in 1.000 kr. */
export function ActivityTable({ budget, language }: { budget: BudgetDetail; language: Language }) {
  const { t } = useTranslation('budgets');
  const unit = t('note.priceLevel', { year: budget.priceLevelYear });
  return (
    <>
      <TableWrapper captionId="budget-table-1-caption">
        <table className="table table--compact app-table" id="budget-table-1">
          <caption id="budget-table-1-caption">{t('note.table1Caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('note.activity', { unit })}</th>
              <th scope="col">{t('note.steeringArea')}</th>
              {budget.years.map((year) => (
                <th scope="col" key={year} className={num}>
                  {year}
                </th>
              ))}
              <th scope="col" className={num}>
                {t('common.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {budget.activities.map((row) => (
              <tr key={row.position}>
                <th scope="row">{row.activity}</th>
                <td>{row.steeringArea}</td>
                <AmountCells
                  years={budget.years}
                  amountIn={(year) => row.amounts.find((a) => a.year === year)?.netOre}
                  totalOre={row.totalOre}
                  statedTotalOre={row.statedTotalOre}
                  language={language}
                />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="weight-semibold">
              <th scope="row">{t('note.totalExpenses')}</th>
              <td />
              <TotalsCells totals={budget.activityTotals} language={language} />
            </tr>
          </tfoot>
        </table>
      </TableWrapper>
      {budget.activities.flatMap((row) =>
        row.amounts
          .filter((m) => m.cofinancingOre > 0)
          .map((m) => (
            <p key={`${row.position}-${m.year}`} className="app-muted">
              {t('note.cofinancing', {
                source: m.cofinancingSource ?? '',
                amount: formatThousands(m.cofinancingOre, language),
                year: m.year,
                gross: formatThousands(m.grossOre, language),
              })}
            </p>
          )),
      )}
    </>
  );
}

/** Seed 004's Tabel 2: the same money by steering area, committee, appropriation and income/expense. */
export function AppropriationTable({ budget, language }: { budget: BudgetDetail; language: Language }) {
  const { t } = useTranslation('budgets');
  const unit = t('note.priceLevel', { year: budget.priceLevelYear });
  return (
    <TableWrapper captionId="budget-table-2-caption">
      <table className="table table--compact app-table" id="budget-table-2">
        <caption id="budget-table-2-caption">{t('note.table2Caption')}</caption>
        <thead>
          <tr>
            <th scope="col">
              {t('note.steeringArea')} ({unit})
            </th>
            <th scope="col">{t('note.committee')}</th>
            <th scope="col">{t('note.appropriation')}</th>
            <th scope="col">{t('note.direction')}</th>
            {budget.years.map((year) => (
              <th scope="col" key={year} className={num}>
                {year}
              </th>
            ))}
            <th scope="col" className={num}>
              {t('common.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {budget.appropriations.map((row) => (
            <tr key={row.position}>
              <th scope="row">{row.steeringArea}</th>
              <td>{row.committee}</td>
              <td>{row.appropriationNumber}</td>
              <td>{row.direction}</td>
              <AmountCells
                years={budget.years}
                amountIn={(year) => row.amounts.find((a) => a.year === year)?.amountOre}
                totalOre={row.totalOre}
                statedTotalOre={row.statedTotalOre}
                language={language}
              />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="weight-semibold">
            <th scope="row">{t('note.totalExpenses')}</th>
            <td />
            <td />
            <td />
            <TotalsCells totals={budget.appropriationTotals} language={language} />
          </tr>
        </tfoot>
      </table>
    </TableWrapper>
  );
}

/** The differences of a reconciliation, each with where it is (in kroner: a difference may be small). */
export function DifferenceTable({
  differences,
  labels,
  language,
  id,
}: {
  differences: readonly Difference[];
  labels: RowLabels;
  language: Language;
  id: string;
}) {
  const { t } = useTranslation('budgets');
  return (
    <TableWrapper captionId={`${id}-caption`}>
      <table className="table table--compact app-table" id={id}>
        <caption id={`${id}-caption`}>{t('note.differencesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('note.differenceColumns.place')}</th>
            <th scope="col" className={num}>
              {t('note.differenceColumns.computed')}
            </th>
            <th scope="col" className={num}>
              {t('note.differenceColumns.stated')}
            </th>
            <th scope="col" className={num}>
              {t('note.differenceColumns.difference')}
            </th>
          </tr>
        </thead>
        <tbody>
          {differences.map((d, index) => (
            <tr key={index}>
              <th scope="row">{describeDifference(language, d, labels)}</th>
              <td className={num}>{formatMoney(d.computedOre, language, { unit: false })}</td>
              <td className={num}>{formatMoney(d.statedOre, language, { unit: false })}</td>
              <td className={num}>{formatMoney(d.differenceOre, language, { unit: false })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrapper>
  );
}
