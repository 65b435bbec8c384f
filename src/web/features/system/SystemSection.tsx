import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api.ts';
import { ADMIN_PAGES } from '../admin/paths.ts';

// The administration pages (features/admin), for the administrator's start page.
const ADMIN_LINKS = [
  ['users', ADMIN_PAGES.users],
  ['organisations', ADMIN_PAGES.organisations],
  ['settings', ADMIN_PAGES.settings],
  ['health', ADMIN_PAGES.health],
  ['codebook', ADMIN_PAGES.codebook],
] as const;

interface Health {
  status: 'ok';
  database: 'pglite' | 'postgres';
}

/** The administrator's start page: links for running the system, and whether it is healthy. */
export function SystemSection() {
  const { t } = useTranslation();
  const health = useQuery({ queryKey: ['health'], queryFn: () => api.get<Health>('/api/health') });
  return (
    <section className="app-section" aria-labelledby="system-heading">
      <h2 id="system-heading">{t('home.system.heading')}</h2>
      <p>{t('home.system.intro')}</p>
      <ul className="app-link-list">
        {ADMIN_LINKS.map(([key, to]) => (
          <li key={key}>
            <Link to={to}>{t(`nav.${key}`, { ns: 'admin' })}</Link>
          </li>
        ))}
        <li>
          {/* Served by the API itself, outside the web app: a plain link. */}
          <a href="/api/docs">{t('home.system.apiDocs')}</a>
          <span className="app-muted"> – {t('home.system.apiDocsHint')}</span>
        </li>
      </ul>
      <h3>{t('home.system.status')}</h3>
      <p role="status">
        {health.isPending
          ? t('app.loading')
          : health.isError
            ? t('home.system.statusFailed')
            : t('home.system.statusOk', {
                database: health.data.database === 'pglite' ? 'PGlite' : 'PostgreSQL',
              })}
      </p>
      <p>{t('home.system.cli')}</p>
    </section>
  );
}
