import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { EXPORTS, useProviders, type ProviderList } from './agreement.api.ts';
import { ExportLinks } from './RecordParts.tsx';

type Provider = ProviderList['items'][number];

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
        <DataTable<Provider>
          caption={t('providers.caption')}
          rows={providers.data.items}
          rowKey={(provider) => provider.id}
          columns={[
            {
              label: t('provider.name'),
              rowHeader: true,
              sort: { kind: 'text', value: (provider) => provider.name },
              cell: (provider) => <Link to={`/leverandoerer/${provider.id}`}>{provider.name}</Link>,
            },
            {
              label: t('provider.district'),
              sort: { kind: 'text', value: (provider) => provider.district },
              cell: (provider) =>
                provider.district ?? <span className="app-muted">{t('provider.unknown')}</span>,
            },
            {
              label: t('provider.neighbourhood'),
              optional: true,
              sort: { kind: 'text', value: (provider) => provider.neighbourhood },
              cell: (provider) => provider.neighbourhood ?? '–',
            },
            {
              label: t('provider.cvr'),
              className: 'app-nowrap',
              optional: true,
              cell: (provider) => provider.cvr ?? '–',
            },
            {
              label: t('provider.since'),
              sort: { kind: 'number', value: (provider) => provider.providerSince },
              cell: (provider) => provider.providerSince ?? '–',
            },
          ]}
        />
      )}
      <ExportLinks href={EXPORTS.providers} label={t('export.providers')} />
    </>
  );
}
