import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useOrganisations, type OrganisationView } from './admin.api.ts';
import { ADMIN_PAGES, AdminNav } from './AdminUi.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

/** /administration/organisationer: the administration, job centres and providers with their users. */
export function OrganisationListPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('organisations.title'));
  const organisations = useOrganisations();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <>
      <AdminNav />
      <div className="app-page-heading">
        <h1>{t('organisations.title')}</h1>
        <Link className="button button-secondary" to={`${ADMIN_PAGES.organisations}/ny`}>
          {t('organisations.create')}
        </Link>
      </div>
      <p className="font-lead">{t('organisations.intro')}</p>
      {saved ? <Saved>{saved}</Saved> : null}
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <ErrorAlert error={organisations.error} />
      ) : organisations.data.items.length === 0 ? (
        <p className="app-empty">{t('organisations.empty')}</p>
      ) : (
        <DataTable<OrganisationView>
          caption={t('organisations.caption')}
          rows={organisations.data.items}
          rowKey={(organisation) => organisation.id}
          columns={[
            {
              label: t('organisations.name'),
              rowHeader: true,
              sort: { kind: 'text', value: (organisation) => organisation.name },
              cell: (organisation) => organisation.name,
            },
            {
              label: t('organisations.kind'),
              sort: { kind: 'text', value: (organisation) => t(`kinds.${organisation.kind}`) },
              cell: (organisation) => t(`kinds.${organisation.kind}`),
            },
            {
              label: t('organisations.code'),
              className: 'app-nowrap',
              optional: true,
              sort: { kind: 'text', value: (organisation) => organisation.code },
              cell: (organisation) => organisation.code,
            },
            {
              label: t('organisations.users'),
              optional: true,
              sort: { kind: 'number', value: (organisation) => organisation.userCount },
              cell: (organisation) =>
                t('organisations.usersValue', {
                  active: organisation.activeUserCount,
                  count: organisation.userCount,
                }),
            },
            {
              label: t('organisations.edit'),
              labelHidden: true,
              cell: (organisation) => (
                <Link
                  to={`${ADMIN_PAGES.organisations}/${organisation.id}`}
                  aria-label={t('organisations.editLabel', { name: organisation.name })}
                >
                  {t('organisations.edit')}
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
