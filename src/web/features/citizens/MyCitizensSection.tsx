import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useCitizenList } from './citizen.api.ts';
import { CitizenTable } from './CitizenTable.tsx';

/** A provider's start page: the first page of the citizens with a course or referral at the provider. */
export function MyCitizensSection() {
  const { t } = useTranslation();
  const { me } = useSession();
  const list = useCitizenList('', 1);
  return (
    <section className="app-section" aria-labelledby="my-citizens-heading">
      <h2 id="my-citizens-heading">{t('home.myCitizens.heading')}</h2>
      <p>{t('home.myCitizens.intro', { organisation: me.organisation.name })}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p className="app-empty">{t('citizens.emptyMine')}</p>
      ) : (
        <>
          <CitizenTable items={list.data.items} caption={t('citizens.captionMine')} />
          <p className="app-result-count">{t('citizens.count', { count: list.data.total })}</p>
        </>
      )}
      <p>
        <Link to="/borgere">{t('home.myCitizens.showAll')}</Link>
      </p>
    </section>
  );
}
