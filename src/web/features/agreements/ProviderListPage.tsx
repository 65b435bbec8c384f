import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { EXPORTS, useProviders } from './agreement.api.ts';
import { ExportLinks } from './RecordParts.tsx';

/** /leverandoerer: every provider with its local anchor (public master data). */
export function ProviderListPage() {
  const { t } = useTranslation('agreements');
  usePageTitle(t('providers.title'));
  const { can } = useSession();
  const providers = useProviders();
  return (
    <>
      <div className="app-page-heading">
        <h1>{t('providers.title')}</h1>
        {can('agreement.manage') ? (
          <Link className="button button-secondary" to="/leverandoerer/ny">
            {t('providers.create')}
          </Link>
        ) : null}
      </div>
      <p className="font-lead">{t('providers.intro')}</p>
      {providers.isPending ? (
        <Loading />
      ) : providers.isError ? (
        <ErrorAlert error={providers.error} />
      ) : providers.data.items.length === 0 ? (
        <p className="app-empty">{t('providers.empty')}</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="table table--compact app-table">
            <caption>{t('providers.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('provider.name')}</th>
                <th scope="col">{t('provider.district')}</th>
                <th scope="col">{t('provider.neighbourhood')}</th>
                <th scope="col">{t('provider.cvr')}</th>
                <th scope="col">{t('provider.since')}</th>
              </tr>
            </thead>
            <tbody>
              {providers.data.items.map((provider) => (
                <tr key={provider.id}>
                  <th scope="row">
                    <Link to={`/leverandoerer/${provider.id}`}>{provider.name}</Link>
                  </th>
                  <td>{provider.district ?? <span className="app-muted">{t('provider.unknown')}</span>}</td>
                  <td>{provider.neighbourhood ?? '–'}</td>
                  <td className="app-nowrap">{provider.cvr ?? '–'}</td>
                  <td>{provider.providerSince ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ExportLinks href={EXPORTS.providers} label={t('export.providers')} />
    </>
  );
}
