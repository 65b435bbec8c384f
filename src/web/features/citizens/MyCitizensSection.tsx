import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useCitizenList } from './citizen.api.ts';

/**
 * A provider's start page: how many citizens have a course or referral at the provider, and a link to
 * them. The list itself (names and CPR numbers) is one step away, after the tasks, not on the start page.
 */
export function MyCitizensSection() {
  const { t } = useTranslation();
  const { me } = useSession();
  const list = useCitizenList('', 1);
  return (
    <section className="app-section" aria-labelledby="my-citizens-heading">
      <h2 id="my-citizens-heading">{t('home.myCitizens.heading')}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.total === 0 ? (
        <p className="app-empty">{t('citizens.emptyMine')}</p>
      ) : (
        <p>{t('home.myCitizens.count', { count: list.data.total, organisation: me.organisation.name })}</p>
      )}
      <p>
        <Link to="/borgere">{t('home.myCitizens.showAll')}</Link>
      </p>
    </section>
  );
}
