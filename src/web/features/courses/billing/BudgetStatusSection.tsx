// The budget status on /budget (issue 14): the year's frame, what is approved, billed but not approved,
// and the forecast to year end, per provider (with its part of the frame, split as the capacity page
// splits a frame shared by a tender area) and in total. Amounts come from the billing bases and the
// billing rules on the server (GET /api/budget-status).
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/money.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatDate } from '../../../components/format.ts';
import { Loading } from '../../../components/Loading.tsx';
import { useBudgetStatus } from './basis.api.ts';
import { useLanguage } from '../../../components/useLanguage.ts';

export function BudgetStatusSection({ year }: { year: number }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const status = useBudgetStatus(year);
  const kr = (ore: number) => formatMoney(ore, language, { unit: false });
  const frameKr = (ore: number | null | undefined) => (ore === null || ore === undefined ? '–' : kr(ore));
  const view = status.data;
  return (
    <section className="app-section" aria-labelledby="budget-status-heading">
      <h2 id="budget-status-heading">{t('basis.budgetStatus.heading', { year })}</h2>
      {status.isPending ? <Loading /> : null}
      {status.isError ? <ErrorAlert error={status.error} /> : null}
      {view ? (
        <>
          <p>{t('basis.budgetStatus.intro', { date: formatDate(view.asOf, language) })}</p>
          <p>{t('basis.budgetStatus.frameSplit')}</p>
          <div
            className="app-table-wrapper"
            tabIndex={0}
            role="region"
            aria-labelledby="budget-status-caption"
          >
            <table className="table table--compact app-table">
              <caption id="budget-status-caption">{t('basis.budgetStatus.caption', { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('basis.budgetStatus.provider')}</th>
                  <th scope="col" className="app-number">
                    {t('basis.budgetStatus.providerFrame')}
                  </th>
                  <th scope="col" className="app-number">
                    {t('basis.budgetStatus.approved')}
                  </th>
                  <th scope="col" className="app-number">
                    {t('basis.budgetStatus.billedNotApproved')}
                  </th>
                  <th scope="col" className="app-number">
                    {t('basis.budgetStatus.forecast')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.providers.map((row) => (
                  <tr key={row.providerId}>
                    <th scope="row">{row.providerName}</th>
                    <td className="app-number">{frameKr(row.frameOre)}</td>
                    <td className="app-number">{kr(row.approvedOre)}</td>
                    <td className="app-number">{kr(row.billedNotApprovedOre)}</td>
                    <td className="app-number">{kr(row.forecastOre)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('basis.budgetStatus.total')}</th>
                  <td className="app-number">{frameKr(view.total.frameOre)}</td>
                  <td className="app-number">{kr(view.total.approvedOre)}</td>
                  <td className="app-number">{kr(view.total.billedNotApprovedOre)}</td>
                  <td className="app-number">{kr(view.total.forecastOre)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <dl className="app-facts">
            <dt>{t('basis.budgetStatus.frame')}</dt>
            <dd>{formatMoney(view.frameOre, language, { unit: true })}</dd>
            {view.total.frameOre !== undefined && view.total.frameOre !== view.frameOre ? (
              <>
                <dt>{t('basis.budgetStatus.unsplit')}</dt>
                <dd>{formatMoney(view.frameOre - view.total.frameOre, language, { unit: true })}</dd>
              </>
            ) : null}
            <dt>{t('basis.budgetStatus.remaining')}</dt>
            <dd>{formatMoney(view.frameOre - view.total.forecastOre, language, { unit: true })}</dd>
          </dl>
        </>
      ) : null}
    </section>
  );
}
