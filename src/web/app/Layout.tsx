import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Permission } from '../../shared/permissions.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { api } from './api.ts';
import { FEATURES } from './features.ts';
import { currentLanguage } from './i18n.ts';
import { forgetSession, type Me } from './session.ts';

/** Moves focus to the new page's heading after client-side navigation, as a full page load would. */
function useFocusOnNavigation(mainRef: React.RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const heading = main.querySelector('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    } else {
      main.focus();
    }
  }, [pathname, mainRef]);
}

function SignOutButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useMutation({
    meta: { invalidates: false },
    mutationFn: () =>
      api.post<{ ok: true }>('/api/auth/logout', undefined, { redirectOnUnauthenticated: false }),
    // Signed out either way: a failed logout call must not leave the user looking signed in.
    onSettled: () => {
      forgetSession(queryClient);
      void navigate('/login');
    },
  });
  return (
    <button
      type="button"
      className="button button-secondary app-signout"
      onClick={() => signOut.mutate()}
      disabled={signOut.isPending}
    >
      {t('app.signOut')}
    </button>
  );
}

function MainNav({ me }: { me: Me }) {
  const { t } = useTranslation();
  const can = (permission: Permission) => me.permissions.includes(permission);
  const { pathname } = useLocation();
  // "Borgere" stays marked on a citizen's page, but not on the create form, which has its own link.
  const links: { to: string; label: string; isActive: boolean }[] = [
    { to: '/', label: t('nav.home'), isActive: pathname === '/' },
  ];
  if (can('citizen.search')) {
    links.push({
      to: '/borgere',
      label: t('nav.citizens'),
      isActive: pathname.startsWith('/borgere') && pathname !== '/borgere/ny',
    });
  }
  if (can('citizen.create')) {
    links.push({ to: '/borgere/ny', label: t('nav.createCitizen'), isActive: pathname === '/borgere/ny' });
  }
  const language = currentLanguage();
  for (const item of FEATURES.flatMap((feature) => feature.nav)) {
    if (!can(item.permission)) continue;
    links.push({
      to: item.to,
      label: item.label[language],
      isActive: item.isActive ? item.isActive(pathname) : pathname.startsWith(item.to),
    });
  }
  return (
    <nav className="app-nav" aria-label={t('app.mainNav')}>
      <div className="container">
        {/* DKFDS limits lists to a reading width; the menu may use the whole bar. */}
        <ul className="no-max-width">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to} aria-current={link.isActive ? 'page' : undefined}>
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}

/** The page frame: skip link, header (product, user, language, sign out), menu, main and footer. */
export function Layout({ me, children }: { me: Me | null; children: ReactNode }) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="app-page">
      <a className="skipnav" href="#main-content" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header-bar">
          <div className="container app-header-inner">
            <div className="app-brand">
              <Link to="/" className="app-brand-name">
                {t('app.name')}
              </Link>
              <span className="app-brand-tagline">{t('app.tagline')}</span>
            </div>
            <div className="app-header-tools">
              {me ? (
                <p className="app-user">
                  <span className="sr-only">{t('app.signedInAs')} </span>
                  <span className="app-user-name">{me.user.displayName}</span>
                  <span className="app-user-organisation">{me.organisation.name}</span>
                  <Link to="/min-adgangskode" className="app-user-password">
                    {t('ownPassword.link', { ns: 'admin' })}
                  </Link>
                </p>
              ) : null}
              <LanguageSwitch />
              {me ? <SignOutButton /> : null}
            </div>
          </div>
        </div>
        {me ? <MainNav me={me} /> : null}
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
        <div className="container">{children}</div>
      </main>
      <footer className="app-footer">
        <div className="container">
          <h2 className="app-footer-heading">{t('app.footerHeading')}</h2>
          <p>{t('app.footerText')}</p>
          <ul className="app-footer-links">
            <li>
              <Link to="/tilgaengelighed">{t('app.accessibility')}</Link>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  );
}
