import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Permission } from '../../../shared/permissions.ts';
import { useSession } from '../../app/session.ts';

/** The pages of aggregates, each shown to those who may read it. */
const PAGES: { to: string; permission: Permission; key: 'outcomes' | 'budget' | 'capacity' | 'followUp' }[] =
  [
    { to: '/resultater', permission: 'outcome.read', key: 'outcomes' },
    { to: '/budget', permission: 'budget.read', key: 'budget' },
    { to: '/kapacitet', permission: 'capacity.read', key: 'capacity' },
    { to: '/opfoelgning', permission: 'followup.read', key: 'followUp' },
  ];

/** Analysts and procurement: aggregates only, never personal data; links to the pages that hold them. */
export function StatisticsSection() {
  const { t } = useTranslation();
  const { can } = useSession();
  const pages = PAGES.filter((page) => can(page.permission));
  return (
    <section className="app-section" aria-labelledby="statistics-heading">
      <h2 id="statistics-heading">{t('home.statistics.heading')}</h2>
      <p>{t('home.statistics.text')}</p>
      {pages.length > 0 && (
        <ul>
          {pages.map((page) => (
            <li key={page.key}>
              <Link to={page.to}>{t(`home.statistics.pages.${page.key}` as const)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
