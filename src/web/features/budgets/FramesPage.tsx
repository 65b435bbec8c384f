import { useTranslation } from 'react-i18next';
import { TableWrapper } from './TableWrapper.tsx';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useBudgetFrames } from './budget.api.ts';
import { formatInteger, formatMoney, formatTenths } from './format.ts';
import { useLanguage } from '../../components/useLanguage.ts';

const num = 'align-text-right app-nowrap';

/** /budget/rammer: the annual frames with what each buys, exports, and (budget.manage) create and edit. */
export function FramesPage() {
  const { t } = useTranslation('budgets');
  usePageTitle(t('frames.title'));
  const language = useLanguage();
  const { can } = useSession();
  const frames = useBudgetFrames();
  const isSaved = (useLocation().state as { saved?: boolean } | null)?.saved === true;
  return (
    <>
      <h1>{t('frames.title')}</h1>
      <p className="font-lead">{t('frames.intro')}</p>
      {isSaved ? (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('frames.form.saved')}</p>
          </div>
        </div>
      ) : null}
      {can('budget.manage') ? (
        <p>
          <Link className="button button-primary" to="/budget/rammer/ny">
            {t('frames.create')}
          </Link>
        </p>
      ) : null}
      {frames.isPending ? <Loading /> : null}
      {frames.isError ? <ErrorAlert error={frames.error} /> : null}
      {frames.data && frames.data.items.length === 0 ? <p className="app-empty">{t('frames.none')}</p> : null}
      {frames.data && frames.data.items.length > 0 ? (
        <TableWrapper captionId="frames-caption">
          <table className="table table--compact app-table" id="frames-table">
            <caption id="frames-caption">{t('frames.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('frames.columns.programme')}</th>
                <th scope="col">{t('frames.columns.year')}</th>
                <th scope="col">{t('frames.columns.tender')}</th>
                <th scope="col" className={num}>
                  {t('frames.columns.amount')}
                </th>
                <th scope="col">{t('frames.columns.weeks')}</th>
                <th scope="col" className={num}>
                  {t('frames.columns.citizens')}
                </th>
                <th scope="col" className={num}>
                  {t('frames.columns.concurrent')}
                </th>
                {can('budget.manage') ? <th scope="col">{t('frames.columns.action')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {frames.data.items.map((frame) => (
                <tr key={frame.id}>
                  <th scope="row">{frame.programme}</th>
                  <td>{frame.year}</td>
                  <td>
                    {frame.tender ? frame.tender.name : '–'}
                    {frame.tenderArea ? `, ${frame.tenderArea.number}. ${frame.tenderArea.name}` : ''}
                  </td>
                  <td className={num}>{formatMoney(frame.amountOre, language)}</td>
                  <td className="app-nowrap">
                    {t('frames.weeks', {
                      course: frame.expectedCourseWeeks,
                      aftercare: frame.expectedAftercareWeeks,
                    })}
                  </td>
                  <td className={num}>{formatInteger(frame.capacity.citizensPerYear, language)}</td>
                  <td className={num}>{formatTenths(frame.capacity.concurrentTenths, language)}</td>
                  {can('budget.manage') ? (
                    <td>
                      <Link
                        to={`/budget/rammer/${frame.id}`}
                        aria-label={t('frames.editLabel', { programme: frame.programme, year: frame.year })}
                      >
                        {t('frames.edit')}
                      </Link>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrapper>
      ) : null}
      <section className="app-section" aria-labelledby="frames-downloads">
        <h2 id="frames-downloads">{t('common.downloads')}</h2>
        <ul className="app-link-list">
          <li>
            <a href="/api/budget-frames/export?format=xlsx" download>
              {t('common.xlsx')}
            </a>
          </li>
          <li>
            <a href="/api/budget-frames/export?format=csv" download>
              {t('common.csv')}
            </a>
          </li>
        </ul>
      </section>
      <p>
        <Link to="/budget">{t('note.back')}</Link>
      </p>
    </>
  );
}
