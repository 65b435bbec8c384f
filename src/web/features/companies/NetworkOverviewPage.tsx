import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useNetworkOverview, type NetworkOverview } from './company.api.ts';
import { useRequirementText } from './IndicatorBox.tsx';
import { useLanguage } from '../../components/useLanguage.ts';

function OverviewTable({ overview }: { overview: NetworkOverview }) {
  const { t } = useTranslation('companies');
  const requirementText = useRequirementText();
  if (overview.items.length === 0) return <p className="app-empty">{t('overview.empty')}</p>;
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{t('overview.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.provider')}</th>
            <th scope="col" className="align-text-right">
              {t('overview.binding')}
            </th>
            <th scope="col">{t('overview.requirement')}</th>
            <th scope="col">{t('overview.status')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.items.map((item) => (
            <tr key={item.providerId}>
              <th scope="row">
                <Link to={`/netvaerk/${item.providerId}`}>{item.providerName}</Link>
              </th>
              <td className="align-text-right">{item.bindingCount}</td>
              <td>
                {requirementText(item) || <span className="app-muted">{t('indicator.noRequirement')}</span>}
              </td>
              <td>{t(`indicator.short.${item.status}`, { missing: item.missing, excess: item.excess })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
