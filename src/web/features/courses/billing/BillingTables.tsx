// The billing page's tables: weeks and kroner per provider × month × agreement with provider subtotals
// and the total; a provider's lines per citizen; and the weeks without a price.
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  BillingAgreementRef,
  BillingCourseLine,
  BillingRow,
  BillingView,
} from '../../../../shared/courses/billing.schemas.ts';
import { formatCount, formatMonth, formatWeeklyPrices } from '../../../../shared/courses/billing.format.ts';
import type { Language } from '../../../../shared/messages.ts';
import { formatMoney } from '../../../../shared/money.ts';
import { DataTable, type ColumnDef } from '../../../components/DataTable.tsx';
import { formatDate } from '../../../components/format.ts';

const num = 'align-text-right app-nowrap';
// A price cell may wrap: an indexed price says the agreed price it comes from ("2.042,00 (reguleret fra 2.000,00)").
const priceCell = 'align-text-right';

type Amounts = Pick<BillingRow, 'programme' | 'aftercare' | 'totalOre'>;

/** The weekly prices used; an indexed price says the agreed price it comes from (issue 14). */
function PricesText({ prices, language }: { prices: Amounts['programme']['prices']; language: Language }) {
  const { t } = useTranslation('courses');
  const kroner = (ore: number) => formatMoney(ore, language, { unit: false });
  if (prices.every((p) => p.baseWeeklyOre === undefined)) return <>{formatWeeklyPrices(prices, language)}</>;
  return (
    <>
      {prices
        .map((p) =>
          p.baseWeeklyOre === undefined
            ? kroner(p.weeklyOre)
            : t('billing.indexedPrice', { price: kroner(p.weeklyOre), base: kroner(p.baseWeeklyOre) }),
        )
        .join(' / ')}
    </>
  );
}

function AmountCells({ row, language, prices }: { row: Amounts; language: Language; prices: boolean }) {
  const kroner = (ore: number) => formatMoney(ore, language, { unit: false });
  return (
    <>
      <td className={num}>{formatCount(row.programme.weeks, language)}</td>
      {prices ? (
        <td className={priceCell}>
          <PricesText prices={row.programme.prices} language={language} />
        </td>
      ) : null}
      <td className={num}>{kroner(row.programme.ore)}</td>
      <td className={num}>{formatCount(row.aftercare.weeks, language)}</td>
      {prices ? (
        <td className={priceCell}>
          <PricesText prices={row.aftercare.prices} language={language} />
        </td>
      ) : null}
      <td className={num}>{kroner(row.aftercare.ore)}</td>
      <td className={num}>{kroner(row.totalOre)}</td>
    </>
  );
}

function AmountHeadings({ prices }: { prices: boolean }) {
  const { t } = useTranslation('courses');
  const heading = (
    key:
      | 'programmeWeeks'
      | 'programmePrice'
      | 'programmeKroner'
      | 'aftercareWeeks'
      | 'aftercarePrice'
      | 'aftercareKroner'
      | 'totalKroner',
  ) => (
    <th scope="col" className={num}>
      {t(`billing.columns.${key}`)}
    </th>
  );
  return (
    <>
      {heading('programmeWeeks')}
      {prices ? heading('programmePrice') : null}
      {heading('programmeKroner')}
      {heading('aftercareWeeks')}
      {prices ? heading('aftercarePrice') : null}
      {heading('aftercareKroner')}
      {heading('totalKroner')}
    </>
  );
}

/** A wide table's scroll box: a tab stop and a region named by the caption (WCAG 2.1.1). */
function Scroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    <div className="app-table-wrapper" tabIndex={0} role="region" aria-labelledby={captionId}>
      {children}
    </div>
  );
}

export function useAgreementName() {
  const { t } = useTranslation('courses');
  return (agreement: BillingAgreementRef) =>
    t('billing.agreement', {
      area: agreement.tenderAreaName,
      from: agreement.startsOn.slice(0, 4),
      to: agreement.endsOn.slice(0, 4),
    });
}

/** Weeks and kroner per provider, month and agreement; subtotals per provider when there are several. */
export function MonthTable({ view, language }: { view: BillingView; language: Language }) {
  const { t } = useTranslation('courses');
  const agreementName = useAgreementName();
  const showProvider = !view.isOwnProviderOnly;
  const period = { from: formatMonth(view.from, language), to: formatMonth(view.to, language) };
  const caption = showProvider
    ? t('billing.caption', period)
    : t('billing.captionProvider', { ...period, provider: view.providers[0]?.name ?? '' });
  const groups = view.providerTotals.map((total) => ({
    total,
    rows: view.rows.filter((r) => r.providerId === total.providerId),
  }));
  // Leading columns before the amounts: [provider,] month, agreement; the total rows span them and the prices.
  const lead = showProvider ? 3 : 2;
  return (
    <Scroll captionId="billing-caption">
      <table className="table table--compact app-table app-table--wide" id="billing-table">
        <caption id="billing-caption">{caption}</caption>
        <thead>
          <tr>
            {showProvider ? <th scope="col">{t('billing.columns.provider')}</th> : null}
            <th scope="col">{t('billing.columns.month')}</th>
            <th scope="col">{t('billing.columns.agreement')}</th>
            <AmountHeadings prices />
            <th scope="col" className={num}>
              {t('billing.columns.courses')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map(({ total, rows }) => (
            <Fragment key={total.providerId}>
              {rows.map((row) => (
                <tr key={`${row.month}|${row.agreement.id}`}>
                  {showProvider ? <th scope="row">{row.providerName}</th> : null}
                  {showProvider ? (
                    <td className="app-nowrap">{formatMonth(row.month, language)}</td>
                  ) : (
                    <th scope="row" className="app-nowrap">
                      {formatMonth(row.month, language)}
                    </th>
                  )}
                  <td>{agreementName(row.agreement)}</td>
                  <AmountCells row={row} language={language} prices />
                  <td className={num}>{formatCount(row.courses, language)}</td>
                </tr>
              ))}
              {groups.length > 1 ? (
                <tr className="weight-semibold">
                  <th scope="row" colSpan={lead}>
                    {t('billing.totalOf', { provider: total.providerName })}
                  </th>
                  <td className={num}>{formatCount(total.programme.weeks, language)}</td>
                  <td />
                  <td className={num}>{formatMoney(total.programme.ore, language, { unit: false })}</td>
                  <td className={num}>{formatCount(total.aftercare.weeks, language)}</td>
                  <td />
                  <td className={num}>{formatMoney(total.aftercare.ore, language, { unit: false })}</td>
                  <td className={num}>{formatMoney(total.totalOre, language, { unit: false })}</td>
                  <td className={num}>{formatCount(total.courses, language)}</td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr className="weight-semibold">
            <th scope="row" colSpan={lead}>
              {t('billing.total')}
            </th>
            <td className={num}>{formatCount(view.total.programme.weeks, language)}</td>
            <td />
            <td className={num}>{formatMoney(view.total.programme.ore, language, { unit: false })}</td>
            <td className={num}>{formatCount(view.total.aftercare.weeks, language)}</td>
            <td />
            <td className={num}>{formatMoney(view.total.aftercare.ore, language, { unit: false })}</td>
            <td className={num}>{formatMoney(view.total.totalOre, language, { unit: false })}</td>
            <td className={num}>{formatCount(view.total.courses, language)}</td>
          </tr>
        </tfoot>
      </table>
    </Scroll>
  );
}

/** A provider's own lines: one per citizen and month, sortable; the aftercare columns wait on narrow screens. */
export function CourseLinesTable({
  view,
  lines,
  language,
}: {
  view: BillingView;
  lines: BillingCourseLine[];
  language: Language;
}) {
  const { t } = useTranslation('courses');
  const period = { from: formatMonth(view.from, language), to: formatMonth(view.to, language) };
  const kroner = (ore: number) => formatMoney(ore, language, { unit: false });
  const figure = (
    key: 'programmeWeeks' | 'programmeKroner' | 'aftercareWeeks' | 'aftercareKroner' | 'totalKroner',
    value: (line: BillingCourseLine) => number,
    show: (value: number) => string,
    optional = false,
  ): ColumnDef<BillingCourseLine> => ({
    label: t(`billing.columns.${key}`),
    className: num,
    optional,
    sort: { kind: 'number', value },
    cell: (line) => show(value(line)),
  });
  const count = (value: number) => formatCount(value, language);
  return (
    <DataTable<BillingCourseLine>
      caption={t('billing.courseLinesCaption', period)}
      rows={lines}
      rowKey={(line) => `${line.courseId}|${line.month}`}
      columns={[
        {
          label: t('billing.columns.citizen'),
          rowHeader: true,
          sort: { kind: 'text', value: (line) => line.citizenName },
          cell: (line) => <Link to={`/borgere/${line.citizenId}`}>{line.citizenName}</Link>,
        },
        {
          label: t('billing.columns.month'),
          className: 'app-nowrap',
          sort: { kind: 'date', value: (line) => line.month },
          cell: (line) => formatMonth(line.month, language),
        },
        figure('programmeWeeks', (line) => line.programme.weeks, count),
        figure('programmeKroner', (line) => line.programme.ore, kroner),
        figure('aftercareWeeks', (line) => line.aftercare.weeks, count, true),
        figure('aftercareKroner', (line) => line.aftercare.ore, kroner, true),
        figure('totalKroner', (line) => line.totalOre, kroner),
      ]}
    />
  );
}

/** The weeks that have no price: they are left out of the amounts until someone fixes them. */
export function ProblemsSection({ view, language }: { view: BillingView; language: Language }) {
  const { t } = useTranslation('courses');
  const agreementName = useAgreementName();
  return (
    <section className="app-section" aria-labelledby="billing-problems-heading">
      <h2 id="billing-problems-heading">{t('billing.problemsHeading')}</h2>
      {view.problems.length === 0 ? (
        <p>{t('billing.noProblems')}</p>
      ) : (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-text">{t('billing.problemsIntro')}</p>
            <ul className="alert-text">
              {view.problems.map((problem) => (
                <li
                  key={[
                    problem.providerId,
                    problem.agreement?.id,
                    problem.kind,
                    problem.month,
                    problem.reason,
                    problem.courseId,
                  ].join('|')}
                >
                  {problem.citizenName ? t('billing.problemCitizen', { citizen: problem.citizenName }) : null}
                  {t('billing.problem', {
                    provider: problem.providerName,
                    month: formatMonth(problem.month, language),
                    weeks: formatCount(problem.weeks, language),
                    kind: t(`billing.weeksOf.${problem.kind}`, { count: problem.weeks }),
                    date: formatDate(problem.firstWeekStartsOn, language),
                    reason: t(`billing.reasons.${problem.reason}`, {
                      agreement: problem.agreement ? agreementName(problem.agreement) : '',
                    }),
                  })}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
