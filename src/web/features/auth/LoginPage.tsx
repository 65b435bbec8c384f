import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { translate, type Language } from '../../../shared/messages.ts';
import type { Me } from '../../../shared/auth/auth.schemas.ts';
import { api } from '../../app/api.ts';
import { refreshMe, useMe } from '../../app/session.ts';
import { useErrorMessage } from '../../components/ErrorAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';

const SSO_START = '/api/auth/oidc/start?returnTo=/';

function SingleSignOn() {
  const { t } = useTranslation();
  const config = useQuery({
    queryKey: ['auth', 'config'],
    queryFn: () => api.get<{ oidcEnabled: boolean }>('/api/auth/config'),
    staleTime: Infinity,
  });
  if (!config.data?.oidcEnabled) return null;
  return (
    <div className="app-sso">
      <p className="app-sso-or">{t('login.or')}</p>
      {/* A plain navigation: the server redirects to the identity provider. */}
      <a className="button button-secondary" href={SSO_START}>
        {t('login.sso')}
      </a>
    </div>
  );
}

/** The message for a failed single sign-on (the server redirects to /login?error=oidc[&reason=…]). */
function singleSignOnError(params: URLSearchParams, language: Language): string | null {
  if (params.get('error') !== 'oidc') return null;
  const key = params.get('reason') === 'unknown_user' ? 'auth.oidc_unknown_user' : 'auth.oidc_failed';
  return translate(language, key);
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const [searchParams] = useSearchParams();
  usePageTitle(t('login.title'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const messageOf = useErrorMessage();
  const { data: me } = useMe();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  const login = useMutation({
    mutationFn: (input: { username: string; password: string }) =>
      api.post<Me>('/api/auth/login', input, { redirectOnUnauthenticated: false }),
    onSuccess: async () => {
      await refreshMe(queryClient);
      await navigate('/', { replace: true });
    },
  });

  if (me) return <Navigate to="/" replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (username.trim() === '' || password === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate({ username: username.trim(), password });
  };

  const language: Language = i18n.language === 'en' ? 'en' : 'da';
  const message = missing
    ? t('login.missing')
    : login.isError
      ? messageOf(login.error)
      : singleSignOnError(searchParams, language);

  return (
    <div className="app-narrow">
      <h1>{t('login.title')}</h1>
      <p className="font-lead">{t('login.intro')}</p>
      {/* Present from the start so screen readers announce messages that appear later. */}
      <div aria-live="assertive" aria-atomic="true" className="app-live">
        {message ? (
          <div className="alert alert-error">
            <div className="alert-body">
              <p className="alert-text">{message}</p>
            </div>
          </div>
        ) : null}
      </div>
      <form onSubmit={submit} noValidate className="app-form">
        <div className="form-group">
          <label className="form-label" htmlFor="login-username">
            {t('login.username')}
          </label>
          <input
            className="form-input"
            id="login-username"
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="login-password">
            {t('login.password')}
          </label>
          <input
            className="form-input"
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <div className="app-actions">
          <button type="submit" className="button button-primary" disabled={login.isPending}>
            {login.isPending ? t('login.submitting') : t('login.submit')}
          </button>
        </div>
      </form>
      <SingleSignOn />
    </div>
  );
}
