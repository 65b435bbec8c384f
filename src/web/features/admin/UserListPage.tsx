import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable.tsx';
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
        <DataTable<AdminUser>
          caption={t('users.caption')}
          rows={users.data.items}
          rowKey={(user) => user.id}
          columns={[
            {
              label: t('users.displayName'),
              rowHeader: true,
              sort: { kind: 'text', value: (user) => user.displayName },
              cell: (user) => <Link to={`${ADMIN_PAGES.users}/${user.id}`}>{user.displayName}</Link>,
            },
            {
              label: t('users.username'),
              className: 'app-nowrap',
              sort: { kind: 'text', value: (user) => user.username },
              cell: (user) => user.username,
            },
            {
              label: t('users.organisation'),
              optional: true,
              sort: { kind: 'text', value: (user) => user.organisation.name },
              cell: (user) => user.organisation.name,
            },
            { label: t('users.roles'), optional: true, cell: (user) => roleNames(user.roles) },
            {
              label: t('users.status'),
              cell: (user) =>
                user.isActive ? (
                  t('users.active')
                ) : (
                  <span className="badge badge-warning">{t('users.inactive')}</span>
                ),
            },
            { label: t('users.signIn'), optional: true, cell: (user) => t(`users.${signInMethod(user)}`) },
            {
              label: t('users.oidcSubject'),
              optional: true,
              cell: (user) => user.oidcSubject ?? t('users.none'),
            },
            {
              label: t('users.lastSignIn'),
              className: 'app-nowrap',
              sort: { kind: 'date', value: (user) => user.lastSignInAt },
              cell: (user) => dateTime(user.lastSignInAt, t('users.never')),
            },
          ]}
        />
      )}
    </>
  );
}
