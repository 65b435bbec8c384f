import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useUsers, type AdminUser } from './admin.api.ts';
import { ADMIN_PAGES, AdminNav, useDateTime, useRoleNames } from './AdminUi.tsx';

function signInMethod(user: AdminUser): 'both' | 'password' | 'sso' {
  if (user.hasPassword && user.oidcSubject) return 'both';
  return user.oidcSubject ? 'sso' : 'password';
}

/** /administration/brugere: every user with roles, organisation, status, sign-in and last sign-in. */
export function UserListPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('users.title'));
  const users = useUsers();
  const roleNames = useRoleNames();
  const dateTime = useDateTime();
  return (
    <>
      <AdminNav />
      <div className="app-page-heading">
        <h1>{t('users.title')}</h1>
        <Link className="button button-secondary" to={`${ADMIN_PAGES.users}/ny`}>
          {t('users.create')}
        </Link>
      </div>
      <p className="font-lead">{t('users.intro')}</p>
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorAlert error={users.error} />
      ) : users.data.items.length === 0 ? (
        <p className="app-empty">{t('users.empty')}</p>
      ) : (
        <div className="app-table-wrapper">
          <table className="table table--compact app-table">
            <caption>{t('users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.username')}</th>
                <th scope="col">{t('users.organisation')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.signIn')}</th>
                <th scope="col">{t('users.oidcSubject')}</th>
                <th scope="col">{t('users.lastSignIn')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link to={`${ADMIN_PAGES.users}/${user.id}`}>{user.displayName}</Link>
                  </th>
                  <td className="app-nowrap">{user.username}</td>
                  <td>{user.organisation.name}</td>
                  <td>{roleNames(user.roles)}</td>
                  <td>
                    {user.isActive ? (
                      t('users.active')
                    ) : (
                      <span className="badge badge-warning">{t('users.inactive')}</span>
                    )}
                  </td>
                  <td>{t(`users.${signInMethod(user)}`)}</td>
                  <td>{user.oidcSubject ?? t('users.none')}</td>
                  <td className="app-nowrap">{dateTime(user.lastSignInAt, t('users.never'))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
