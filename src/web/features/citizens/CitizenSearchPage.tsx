import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { withQuery } from '../../app/api.ts';
import { useSession } from '../../app/session.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useCitizenList, type CitizenList } from './citizen.api.ts';
import { CitizenSearchForm } from './CitizenSearchForm.tsx';
import { CitizenTable } from './CitizenTable.tsx';

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function SearchResults({ q, page, list }: { q: string; page: number; list: CitizenList }) {
  const { t } = useTranslation();
  const { items, total, pageSize } = list;
  return (
    <section className="app-section" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('citizens.resultsHeading')}</h2>
      <p className="app-result-count">{t('citizens.count', { count: total })}</p>
      {items.length === 0 ? (
        <p className="app-empty">{q ? t('citizens.empty', { q }) : t('citizens.emptyMine')}</p>
      ) : (
        <CitizenTable items={items} caption={q ? t('citizens.caption', { q }) : t('citizens.captionMine')} />
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        hrefFor={(target) => withQuery('/borgere', { q, side: target > 1 ? target : null })}
      />
    </section>
  );
}

/** /borgere?q=…&side=…: search by CPR number or name; the query lives in the URL so back/forward work. */
export function CitizenSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('citizens.title'));
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const page = pageFrom(params.get('side'));
  // Searching is audited, so nothing is fetched before the user asks; a provider's own citizens (a few
  // dozen, all in their care) are listed at once, as the start page's link promises.
  const listsOwn = !can('citizen.create');
  const list = useCitizenList(q, page, { enabled: q !== '' || listsOwn });

  return (
    <>
      <div className="app-page-heading">
        <h1>{t('citizens.title')}</h1>
        {can('citizen.create') ? (
          <Link className="button button-secondary" to="/borgere/ny">
            {t('citizens.create')}
          </Link>
        ) : null}
      </div>
      <p className="font-lead">{t('citizens.intro')}</p>
      <CitizenSearchForm
        key={q}
        initialQuery={q}
        onSearch={(query) => setParams(query ? { q: query } : {})}
      />
      {/* Announces the number of hits without reading the whole table aloud. */}
      <p className="sr-only" role="status">
        {(q || listsOwn) && list.data ? t('citizens.count', { count: list.data.total }) : ''}
      </p>
      {!q && !listsOwn ? null : list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <SearchResults q={q} page={page} list={list.data} />
      )}
    </>
  );
}
