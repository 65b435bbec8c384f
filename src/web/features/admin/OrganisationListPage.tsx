import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useOrganisations } from './admin.api.ts';
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
        <div className="app-table-wrapper">
          <table className="table table--compact app-table">
            <caption>{t('organisations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisations.name')}</th>
                <th scope="col">{t('organisations.kind')}</th>
                <th scope="col">{t('organisations.code')}</th>
                <th scope="col">{t('organisations.users')}</th>
                <th scope="col">
                  <span className="sr-only">{t('organisations.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {organisations.data.items.map((organisation) => (
                <tr key={organisation.id}>
                  <th scope="row">{organisation.name}</th>
                  <td>{t(`kinds.${organisation.kind}`)}</td>
                  <td className="app-nowrap">{organisation.code}</td>
                  <td>
                    {t('organisations.usersValue', {
                      active: organisation.activeUserCount,
                      count: organisation.userCount,
                    })}
                  </td>
                  <td>
                    <Link
                      to={`${ADMIN_PAGES.organisations}/${organisation.id}`}
                      aria-label={t('organisations.editLabel', { name: organisation.name })}
                    >
                      {t('organisations.edit')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
