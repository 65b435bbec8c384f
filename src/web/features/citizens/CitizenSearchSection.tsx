import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { withQuery } from '../../app/api.ts';
import { useSession } from '../../app/session.ts';
import { CitizenSearchForm } from './CitizenSearchForm.tsx';

/** A caseworker's start page: search (answered on /borgere) and a way to create a citizen. */
export function CitizenSearchSection() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  return (
    <section className="app-section app-card" aria-labelledby="citizen-search-heading">
      <h2 id="citizen-search-heading">{t('home.search.heading')}</h2>
      <p>{t('home.search.intro')}</p>
      <CitizenSearchForm onSearch={(q) => void navigate(withQuery('/borgere', { q }))} />
      {can('citizen.create') ? (
        <p>
          <Link to="/borgere/ny">{t('citizens.create')}</Link>
        </p>
      ) : null}
    </section>
  );
}
