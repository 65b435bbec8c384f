// The weeks left out of billing because they lay wholly in a pause the course's framework agreement does
// not pay for (issue 14): per provider, month, kind and pause (and citizen in a provider's own view).
import { useTranslation } from 'react-i18next';
import type { BillingView } from '../../../../shared/courses/billing.schemas.ts';
import { formatCount, formatMonth } from '../../../../shared/courses/billing.format.ts';
import type { Language } from '../../../../shared/messages.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { formatDate } from '../../../components/format.ts';

type LeftOutWeeks = BillingView['leftOut'][number];

export function LeftOutSection({ view, language }: { view: BillingView; language: Language }) {
  const { t } = useTranslation('courses');
  const showCitizen = view.leftOut.some((w) => w.citizenName !== null);
  const period = { from: formatMonth(view.from, language), to: formatMonth(view.to, language) };
  return (
    <section className="app-section" aria-labelledby="billing-left-out-heading">
      <h2 id="billing-left-out-heading">{t('billing.leftOutHeading')}</h2>
      {view.leftOut.length === 0 ? (
        <p>{t('billing.noLeftOut')}</p>
      ) : (
        <>
          <p>{t('billing.leftOutIntro')}</p>
          <DataTable<LeftOutWeeks>
            caption={t('billing.leftOutCaption', period)}
            rows={view.leftOut}
            rowKey={(w) =>
              [w.providerId, w.agreement?.id, w.kind, w.month, w.pauseKind, w.courseId].join('|')
            }
            columns={[
              {
                label: t('billing.columns.provider'),
                rowHeader: true,
                sort: { kind: 'text', value: (w) => w.providerName },
                cell: (w) => w.providerName,
              },
              showCitizen && {
                label: t('billing.leftOutColumns.who'),
                sort: { kind: 'text', value: (w) => w.citizenName },
                cell: (w) => w.citizenName ?? '',
              },
              {
                label: t('billing.columns.month'),
                className: 'app-nowrap',
                sort: { kind: 'date', value: (w) => w.month },
                cell: (w) => formatMonth(w.month, language),
              },
              {
                label: t('billing.leftOutColumns.firstWeek'),
                className: 'app-nowrap',
                optional: true,
                sort: { kind: 'date', value: (w) => w.firstWeekStartsOn },
                cell: (w) => formatDate(w.firstWeekStartsOn, language),
              },
              {
                label: t('billing.leftOutColumns.weeks'),
                className: 'align-text-right app-nowrap',
                sort: { kind: 'number', value: (w) => w.weeks },
                cell: (w) =>
                  `${formatCount(w.weeks, language)} ${t(`billing.weeksOf.${w.kind}`, { count: w.weeks })}`,
              },
              {
                label: t('billing.leftOutColumns.pause'),
                optional: true,
                cell: (w) => t(`billing.pauseKinds.${w.pauseKind}`),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
