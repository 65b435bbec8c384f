// Pieces the administration pages share: their menu, the once-shown password, role names and times.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Permission, Role } from '../../../shared/permissions.ts';
import { useSession } from '../../app/session.ts';
import { formatDateTime } from '../../components/format.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { ADMIN_PAGES } from './paths.ts';

export { ADMIN_PAGES };

const MENU: { key: Exclude<keyof typeof ADMIN_PAGES, 'ownPassword'>; permission: Permission }[] = [
  { key: 'users', permission: 'user.manage' },
  { key: 'organisations', permission: 'organisation.manage' },
  { key: 'health', permission: 'system.health' },
  { key: 'codebook', permission: 'import.run' },
  { key: 'settings', permission: 'settings.manage' },
];

/** The administration's own menu above each of its pages: the pages the user may open. */
export function AdminNav() {
  const { t } = useTranslation('admin');
  const { can } = useSession();
  const { pathname } = useLocation();
  const items = MENU.filter((item) => can(item.permission));
  if (items.length < 2) return null;
  return (
    <nav className="adm-subnav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link
              to={ADMIN_PAGES[item.key]}
              aria-current={pathname.startsWith(ADMIN_PAGES[item.key]) ? 'page' : undefined}
            >
              {t(`nav.${item.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function useRoleNames(): (roles: readonly Role[]) => string {
  const { t } = useTranslation('admin');
  return (roles) => roles.map((role) => t(`roles.${role}`)).join(', ');
}

/** "23-11-2026 kl. 14.05"; `fallback` for none. */
export function useDateTime(): (iso: string | null, fallback?: string) => string {
  const language = useLanguage();
  return (iso, fallback = '–') => (iso ? formatDateTime(iso, language) : fallback);
}

/**
 * A password the server made, shown this once: selectable text, a copy button, and a button that hides
 * it. Announced when it appears, and focused so keyboard and screen-reader users land on it.
 */
export function PasswordOnce({
  username,
  password,
  onDone,
}: {
  username: string;
  password: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('admin');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const copy = () => {
    navigator.clipboard
      .writeText(password)
      .then(() => setCopied('yes'))
      .catch(() => setCopied('failed'));
  };
  return (
    <section className="adm-password" aria-labelledby="new-password-heading" tabIndex={-1} ref={ref}>
      <h2 id="new-password-heading">{t('password.heading', { username })}</h2>
      <p>{t('password.text')}</p>
      <p className="form-hint">{t('password.copyHint')}</p>
      <p>
        <span className="sr-only">{t('password.label')}: </span>
        <code className="adm-password-value" data-testid="new-password">
          {password}
        </code>
      </p>
      <div className="app-actions">
        <button type="button" className="button button-secondary" onClick={copy}>
          {t('password.copy')}
        </button>
        <button type="button" className="button button-tertiary" onClick={onDone}>
          {t('password.done')}
        </button>
      </div>
      <p role="status" className="app-muted">
        {copied === 'yes' ? t('password.copied') : copied === 'failed' ? t('password.copyFailed') : ''}
      </p>
    </section>
  );
}
