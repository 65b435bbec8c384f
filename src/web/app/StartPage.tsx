import { useTranslation } from 'react-i18next';
import { CitizenSearchSection } from '../features/citizens/CitizenSearchSection.tsx';
import { MyCitizensSection } from '../features/citizens/MyCitizensSection.tsx';
import { StatisticsSection } from '../features/system/StatisticsSection.tsx';
import { SystemSection } from '../features/system/SystemSection.tsx';
import { usePageTitle } from '../components/usePageTitle.ts';
import { FEATURES } from './features.ts';
import { useSession } from './session.ts';

/**
 * "/": what the user works with, chosen by permission rather than role name, so a user with several
 * roles sees each part: caseworkers search and create, providers see their tasks and then a link to
 * their citizens, analysts and procurement get the statistics pages, administrators the system links.
 */
export function StartPage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { me, can } = useSession();
  const canSearchAll = can('citizen.create');
  // The work first (search, tasks, referrals), then what the user looks up (their citizens, statistics).
  const sections = [
    canSearchAll && can('citizen.search') ? <CitizenSearchSection key="search" /> : null,
    ...FEATURES.flatMap((feature) => feature.startSections)
      .filter((section) => can(section.permission))
      .map((section) => <div key={section.key}>{section.element}</div>),
    !canSearchAll && can('citizen.search') ? <MyCitizensSection key="mine" /> : null,
    can('stats.read') ? <StatisticsSection key="statistics" /> : null,
    can('user.manage') ? <SystemSection key="system" /> : null,
  ].filter(Boolean);

  return (
    <>
      <h1>{t('home.welcome', { name: me.user.displayName })}</h1>
      <p className="font-lead">
        {t('home.organisation', { organisation: me.organisation.name })}{' '}
        <span className="app-muted">({t(`organisationKind.${me.organisation.kind}`)})</span>
      </p>
      {sections.length > 0 ? sections : <p>{t('home.nothing')}</p>}
    </>
  );
}
