import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { currentLanguage } from '../../app/i18n.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useCommitteeItems, type CommitteeItemList } from './decision.api.ts';

type CommitteeItem = CommitteeItemList['items'][number];

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
  const outcome = (item: CommitteeItem) => t(`outcome.${item.recommendationOutcome ?? 'none'}`);
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
        <DataTable<CommitteeItem>
          caption={t('decisions.caption')}
          rows={items.data.items}
          rowKey={(item) => item.id}
          columns={[
            {
              label: t('decisions.itemTitle'),
              rowHeader: true,
              sort: { kind: 'text', value: (item) => item.title },
              cell: (item) => <Link to={`/udvalg/${item.id}`}>{item.title}</Link>,
            },
            {
              label: t('decisions.meetingDate'),
              className: 'app-nowrap',
              sort: { kind: 'date', value: (item) => item.meetingDate },
              cell: (item) => day(item.meetingDate),
            },
            {
              label: t('decisions.committee'),
              sort: { kind: 'text', value: (item) => item.committeeShort ?? item.committee },
              cell: (item) =>
                item.committeeShort ? (
                  <abbr title={item.committee}>{item.committeeShort}</abbr>
                ) : (
                  item.committee
                ),
            },
            {
              label: t('decisions.caseNumber'),
              className: 'app-nowrap',
              optional: true,
              cell: (item) => item.caseNumber ?? '–',
            },
            {
              label: t('decisions.tender'),
              optional: true,
              sort: { kind: 'text', value: (item) => item.tenderName },
              cell: (item) => item.tenderName ?? '–',
            },
            {
              label: t('decisions.proposalCount'),
              optional: true,
              sort: { kind: 'number', value: (item) => item.proposalCount },
              cell: (item) => item.proposalCount,
            },
            {
              label: t('decisions.recommendationOutcome'),
              sort: { kind: 'text', value: (item) => outcome(item) },
              cell: (item) => outcome(item),
            },
          ]}
        />
      )}
    </>
  );
}
