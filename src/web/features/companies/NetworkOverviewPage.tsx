import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useSession } from '../../app/session.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useNetworkOverview, type NetworkOverview } from './company.api.ts';
import { useRequirementText } from './IndicatorBox.tsx';
import { useLanguage } from '../../components/useLanguage.ts';

type OverviewItem = NetworkOverview['items'][number];

/** How far a provider is from its requirement: a shortfall below zero, an excess above; none without one. */
function distance(item: OverviewItem): number | null {
  if (item.status === 'below') return -item.missing;
  if (item.status === 'above') return item.excess;
  return item.status === 'within' ? 0 : null;
}

function OverviewTable({ overview }: { overview: NetworkOverview }) {
  const { t } = useTranslation('companies');
  const requirementText = useRequirementText();
  return (
    <DataTable<OverviewItem>
      caption={t('overview.caption')}
      rows={overview.items}
      rowKey={(item) => item.providerId}
      empty={t('overview.empty')}
      columns={[
        {
          label: t('overview.provider'),
          rowHeader: true,
          sort: { kind: 'text', value: (item) => item.providerName },
          cell: (item) => <Link to={`/netvaerk/${item.providerId}`}>{item.providerName}</Link>,
        },
        {
          label: t('overview.binding'),
          className: 'align-text-right',
          sort: { kind: 'number', value: (item) => item.bindingCount },
          cell: (item) => item.bindingCount,
        },
        {
          label: t('overview.requirement'),
          cell: (item) =>
            requirementText(item) || <span className="app-muted">{t('indicator.noRequirement')}</span>,
        },
        {
          label: t('overview.status'),
          sort: { kind: 'number', value: distance },
          cell: (item) => t(`indicator.short.${item.status}`, { missing: item.missing, excess: item.excess }),
        },
      ]}
    />
  );
}

function Overview() {
  const { t } = useTranslation('companies');
  const language = useLanguage();
  usePageTitle(t('overview.title'));
  const overview = useNetworkOverview();
  return (
    <>
      <h1>{t('overview.title')}</h1>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <ErrorAlert error={overview.error} />
      ) : (
        <>
          <p className="font-lead">
            {t('overview.intro', { date: formatDate(overview.data.onDate, language) })}
          </p>
          <OverviewTable overview={overview.data} />
        </>
      )}
    </>
  );
}

/** /netvaerk — a provider user's own network; for everyone else, every provider's indicator. */
export function NetworkOverviewPage() {
  const { me } = useSession();
  if (me.organisation.kind === 'provider') return <Navigate to={`/netvaerk/${me.organisation.id}`} replace />;
  return <Overview />;
}
