import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../app/session.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useBudgetFrames, type BudgetFrameList } from './budget.api.ts';
import { formatInteger, formatMoney, formatTenths } from './format.ts';
import { useLanguage } from '../../components/useLanguage.ts';

const num = 'align-text-right app-nowrap';

type Frame = BudgetFrameList['items'][number];

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
        <DataTable<Frame>
          caption={t('frames.caption')}
          rows={frames.data.items}
          rowKey={(frame) => frame.id}
          columns={[
            {
              label: t('frames.columns.programme'),
              rowHeader: true,
              sort: { kind: 'text', value: (frame) => frame.programme },
              cell: (frame) => frame.programme,
            },
            {
              label: t('frames.columns.year'),
              sort: { kind: 'number', value: (frame) => frame.year },
              cell: (frame) => frame.year,
            },
            {
              label: t('frames.columns.tender'),
              optional: true,
              cell: (frame) =>
                `${frame.tender ? frame.tender.name : '–'}${
                  frame.tenderArea ? `, ${frame.tenderArea.number}. ${frame.tenderArea.name}` : ''
                }`,
            },
            {
              label: t('frames.columns.amount'),
              className: num,
              sort: { kind: 'number', value: (frame) => frame.amountOre },
              cell: (frame) => formatMoney(frame.amountOre, language),
            },
            {
              label: t('frames.columns.weeks'),
              className: 'app-nowrap',
              optional: true,
              cell: (frame) =>
                t('frames.weeks', {
                  course: frame.expectedCourseWeeks,
                  aftercare: frame.expectedAftercareWeeks,
                }),
            },
            {
              label: t('frames.columns.citizens'),
              className: num,
              optional: true,
              sort: { kind: 'number', value: (frame) => frame.capacity.citizensPerYear },
              cell: (frame) => formatInteger(frame.capacity.citizensPerYear, language),
            },
            {
              label: t('frames.columns.concurrent'),
              className: num,
              optional: true,
              sort: { kind: 'number', value: (frame) => frame.capacity.concurrentTenths },
              cell: (frame) => formatTenths(frame.capacity.concurrentTenths, language),
            },
            can('budget.manage') && {
              label: t('frames.columns.action'),
              cell: (frame) => (
                <Link
                  to={`/budget/rammer/${frame.id}`}
                  aria-label={t('frames.editLabel', { programme: frame.programme, year: frame.year })}
                >
                  {t('frames.edit')}
                </Link>
              ),
            },
          ]}
        />
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
