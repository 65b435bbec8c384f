import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useResetPassword, useSetUserActive, useUser, type AdminUser } from './admin.api.ts';
import { ADMIN_PAGES, AdminNav, PasswordOnce, useDateTime, useRoleNames } from './AdminUi.tsx';
import { UserForm } from './UserForm.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

function Details({ user }: { user: AdminUser }) {
  const { t } = useTranslation('admin');
  const roleNames = useRoleNames();
  const dateTime = useDateTime();
  return (
    <dl className="app-details">
      <div>
        <dt>{t('users.username')}</dt>
        <dd>{user.username}</dd>
      </div>
      <div>
        <dt>{t('users.organisation')}</dt>
        <dd>{user.organisation.name}</dd>
      </div>
      <div>
        <dt>{t('users.roles')}</dt>
        <dd>{roleNames(user.roles)}</dd>
      </div>
      <div>
        <dt>{t('users.status')}</dt>
        <dd>{user.isActive ? t('users.active') : t('users.inactive')}</dd>
      </div>
      <div>
        <dt>{t('users.lastSignIn')}</dt>
        <dd>{dateTime(user.lastSignInAt, t('users.never'))}</dd>
      </div>
      <div>
        <dt>{t('userPage.created')}</dt>
        <dd>{dateTime(user.createdAt)}</dd>
      </div>
    </dl>
  );
}

/** Reset the password (shown once) and deactivate or reactivate, each after a confirmation. */
function AccessActions({ user }: { user: AdminUser }) {
  const { t } = useTranslation('admin');
  const { me } = useSession();
  const reset = useResetPassword(user.id);
  const setActive = useSetUserActive(user.id);
  const [password, setPassword] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const isSelf = me.user.id === user.id;
  const name = user.displayName;

  const resetPassword = () => {
    if (!window.confirm(t('userPage.resetConfirm', { name }))) return;
    setNotice(null);
    reset.mutate(undefined, { onSuccess: (result) => setPassword(result.password) });
  };
  const changeActive = (isActive: boolean) => {
    if (!isActive && !window.confirm(t('userPage.deactivateConfirm', { name }))) return;
    setNotice(null);
    setActive.mutate(isActive, {
      onSuccess: () => setNotice(t(isActive ? 'userPage.reactivated' : 'userPage.deactivated', { name })),
    });
  };

  return (
    <section className="app-section" aria-labelledby="access-heading">
      <h2 id="access-heading">{t('userPage.actions')}</h2>
      {notice ? <Saved>{notice}</Saved> : null}
      {reset.isError ? <ErrorAlert error={reset.error} /> : null}
      {setActive.isError ? <ErrorAlert error={setActive.error} /> : null}
      {password ? (
        <PasswordOnce username={user.username} password={password} onDone={() => setPassword(null)} />
      ) : null}
      {isSelf ? (
        <p>
          {t('userPage.self')} <Link to={ADMIN_PAGES.ownPassword}>{t('ownPassword.title')}</Link>
        </p>
      ) : (
        <div className="adm-actions">
          <div>
            <p className="form-hint">{t('userPage.resetHint')}</p>
            <button
              type="button"
              className="button button-secondary"
              onClick={resetPassword}
              disabled={reset.isPending}
            >
              {t('userPage.resetPassword')}
            </button>
          </div>
          <div>
            <p className="form-hint">
              {user.isActive ? t('userPage.deactivateHint') : t('userPage.reactivateHint')}
            </p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => changeActive(!user.isActive)}
              disabled={setActive.isPending}
            >
              {user.isActive ? t('userPage.deactivate') : t('userPage.reactivate')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** /administration/brugere/:id: the user's details, the edit form, and access (password, active). */
export function UserPage() {
  const { t } = useTranslation('admin');
  const { id = '' } = useParams();
  const location = useLocation();
  const user = useUser(id);
  const notFound = isApiError(user.error) && user.error.status === 404;
  const title = user.data ? user.data.displayName : notFound ? t('userPage.notFound') : t('userPage.eyebrow');
  usePageTitle(title);
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  return (
    <>
      <AdminNav />
      {user.data ? <p className="app-eyebrow">{t('userPage.eyebrow')}</p> : null}
      <h1>{title}</h1>
      {user.isPending ? (
        <Loading />
      ) : notFound ? (
        <p>
          <Link to={ADMIN_PAGES.users}>{t('userPage.back')}</Link>
        </p>
      ) : user.isError ? (
        <ErrorAlert error={user.error} />
      ) : (
        <>
          {justCreated ? <Saved>{t('userPage.createdNotice')}</Saved> : null}
          <Details user={user.data} />
          <AccessActions user={user.data} />
          <section className="app-section app-narrow" aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t('userForm.editHeading')}</h2>
            <UserForm key={user.data.id} user={user.data} />
          </section>
        </>
      )}
    </>
  );
}
