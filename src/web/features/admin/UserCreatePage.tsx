import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle.ts';
import type { UserWithPassword } from './admin.api.ts';
import { ADMIN_PAGES, AdminNav, PasswordOnce } from './AdminUi.tsx';
import { UserForm } from './UserForm.tsx';
import { Saved } from '../../components/StatusMessage.tsx';

/**
 * /administration/brugere/ny. After creating, the generated password is shown here once; "done" goes
 * to the new user's page.
 */
export function UserCreatePage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('userForm.createTitle'));
  const navigate = useNavigate();
  const [created, setCreated] = useState<UserWithPassword | null>(null);
  const open = (id: string) => void navigate(`${ADMIN_PAGES.users}/${id}`, { state: { created: true } });
  return (
    <>
      <AdminNav />
      <div className="app-narrow">
        <h1>{t('userForm.createTitle')}</h1>
        {created?.password ? (
          <>
            <Saved>{t('userPage.createdNotice')}</Saved>
            <PasswordOnce
              username={created.user.username}
              password={created.password}
              onDone={() => open(created.user.id)}
            />
          </>
        ) : (
          <>
            <p>{t('userForm.createIntro')}</p>
            <UserForm onCreated={(result) => (result.password ? setCreated(result) : open(result.user.id))} />
          </>
        )}
      </div>
    </>
  );
}
