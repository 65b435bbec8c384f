// The weeks left out of billing because they lay wholly in a pause the course's framework agreement does
// not pay for (issue 14): per provider, month, kind and pause (and citizen in a provider's own view).
import { useTranslation } from 'react-i18next';
import type { BillingView } from '../../../../shared/courses/billing.schemas.ts';
import { formatCount, formatMonth } from '../../../../shared/courses/billing.format.ts';
import type { Language } from '../../../../shared/messages.ts';
import { formatDate } from '../../../components/format.ts';

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
          <div
            className="app-table-wrapper"
            tabIndex={0}
            role="region"
            aria-labelledby="billing-left-out-caption"
          >
            <table className="table table--compact app-table" id="billing-left-out-table">
              <caption id="billing-left-out-caption">{t('billing.leftOutCaption', period)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('billing.columns.provider')}</th>
                  {showCitizen ? <th scope="col">{t('billing.leftOutColumns.who')}</th> : null}
                  <th scope="col">{t('billing.columns.month')}</th>
                  <th scope="col">{t('billing.leftOutColumns.firstWeek')}</th>
                  <th scope="col" className="align-text-right">
                    {t('billing.leftOutColumns.weeks')}
                  </th>
                  <th scope="col">{t('billing.leftOutColumns.pause')}</th>
                </tr>
              </thead>
              <tbody>
                {view.leftOut.map((w) => (
                  <tr
                    key={[w.providerId, w.agreement?.id, w.kind, w.month, w.pauseKind, w.courseId].join('|')}
                  >
                    <th scope="row">{w.providerName}</th>
                    {showCitizen ? <td>{w.citizenName ?? ''}</td> : null}
                    <td className="app-nowrap">{formatMonth(w.month, language)}</td>
                    <td className="app-nowrap">{formatDate(w.firstWeekStartsOn, language)}</td>
                    <td className="align-text-right app-nowrap">
                      {formatCount(w.weeks, language)} {t(`billing.weeksOf.${w.kind}`, { count: w.weeks })}
                    </td>
                    <td>{t(`billing.pauseKinds.${w.pauseKind}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
