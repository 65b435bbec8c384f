import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useCommitteeItems } from './decision.api.ts';

/** "18-05-2020" from an ISO date. */
export function useMeetingDay(): (iso: string) => string {
  useTranslation();
  const language = currentLanguage();
  return (iso) => formatDate(`${iso}T12:00:00Z`, language);
}

/** /udvalg: committee meeting items with the recommendation's outcome. */
export function CommitteeItemListPage() {
  const { t } = useTranslation('tenders');
  usePageTitle(t('decisions.title'));
  const day = useMeetingDay();
  const items = useCommitteeItems();
  const { can } = useSession();
  return (
    <>
      <h1>{t('decisions.title')}</h1>
      <p className="font-lead">{t('decisions.intro')}</p>
      {can('tender.manage') ? (
        <p>
          <Link className="button button-secondary" to="/udvalg/ny">
            {t('itemForm.create')}
          </Link>
        </p>
      ) : null}
      {items.isPending ? (
        <Loading />
      ) : items.isError ? (
        <ErrorAlert error={items.error} />
      ) : items.data.items.length === 0 ? (
        <p className="app-empty">{t('decisions.empty')}</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="table table--compact app-table">
            <caption>{t('decisions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decisions.itemTitle')}</th>
                <th scope="col">{t('decisions.meetingDate')}</th>
                <th scope="col">{t('decisions.committee')}</th>
                <th scope="col">{t('decisions.caseNumber')}</th>
                <th scope="col">{t('decisions.tender')}</th>
                <th scope="col">{t('decisions.proposalCount')}</th>
                <th scope="col">{t('decisions.recommendationOutcome')}</th>
              </tr>
            </thead>
            <tbody>
              {items.data.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">
                    <Link to={`/udvalg/${item.id}`}>{item.title}</Link>
                  </th>
                  <td className="app-nowrap">{day(item.meetingDate)}</td>
                  <td>
                    {item.committeeShort ? (
                      <abbr title={item.committee}>{item.committeeShort}</abbr>
                    ) : (
                      item.committee
                    )}
                  </td>
                  <td className="app-nowrap">{item.caseNumber ?? '–'}</td>
                  <td>{item.tenderName ?? '–'}</td>
                  <td>{item.proposalCount}</td>
                  <td>{t(`outcome.${item.recommendationOutcome ?? 'none'}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
