import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { useCodebook } from './admin.api.ts';
import { AdminNav, useDateTime } from './AdminUi.tsx';
import { formatNumber } from './format.ts';

/** /administration/kodebog: the register codebook, read-only; STAR's list is loaded on the import page. */
export function CodebookPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('codebook.title'));
  const codebook = useCodebook();
  const language = useLanguage();
  const dateTime = useDateTime();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const items = codebook.data?.items ?? [];
  const shown = needle
    ? items.filter((item) => item.code.includes(needle) || item.meaning.toLowerCase().includes(needle))
    : items;
  return (
    <>
      <AdminNav />
      <h1>{t('codebook.title')}</h1>
      <p className="font-lead">{t('codebook.intro')}</p>
      <p>
        <Link to="/import">{t('codebook.importLink')}</Link>{' '}
        <span className="app-muted">{t('codebook.importHint')}</span>
      </p>
      {codebook.isPending ? (
        <Loading />
      ) : codebook.isError ? (
        <ErrorAlert error={codebook.error} />
      ) : items.length === 0 ? (
        <p className="app-empty">{t('codebook.empty')}</p>
      ) : (
        <>
          <div className="form-group">
            <label className="form-label" htmlFor="codebook-filter">
              {t('codebook.filter')}
            </label>
            <span className="form-hint" id="codebook-filter-hint">
              {t('codebook.filterHint')}
            </span>
            <input
              id="codebook-filter"
              className="form-input"
              type="search"
              value={filter}
              aria-describedby="codebook-filter-hint"
              onChange={(event) => setFilter(event.target.value)}
            />
          </div>
          <p className="app-result-count" role="status">
            {needle
              ? t('codebook.filtered', {
                  shown: formatNumber(shown.length, language),
                  count: formatNumber(items.length, language),
                })
              : ''}
          </p>
          <div className="app-table-wrapper">
            <table className="table table--compact app-table">
              <caption>{t('codebook.caption', { count: formatNumber(items.length, language) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('codebook.code')}</th>
                  <th scope="col">{t('codebook.meaning')}</th>
                  <th scope="col">{t('codebook.category')}</th>
                  <th scope="col">{t('codebook.verified')}</th>
                  <th scope="col">{t('codebook.updatedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((item) => (
                  <tr key={item.code}>
                    <th scope="row">{item.code}</th>
                    <td>{item.meaning}</td>
                    <td>{t(`codebook.categories.${item.category}`)}</td>
                    <td>{item.verified ? t('codebook.verifiedYes') : t('codebook.verifiedNo')}</td>
                    <td className="app-nowrap">{dateTime(item.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
