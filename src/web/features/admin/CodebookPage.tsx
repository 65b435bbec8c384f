import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { useCodebook, type Codebook } from './admin.api.ts';
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
          <DataTable<Codebook['items'][number]>
            caption={t('codebook.caption', { count: formatNumber(items.length, language) })}
            rows={shown}
            rowKey={(item) => item.code}
            columns={[
              {
                label: t('codebook.code'),
                rowHeader: true,
                sort: { kind: 'text', value: (item) => item.code },
                cell: (item) => item.code,
              },
              {
                label: t('codebook.meaning'),
                sort: { kind: 'text', value: (item) => item.meaning },
                cell: (item) => item.meaning,
              },
              {
                label: t('codebook.category'),
                optional: true,
                sort: { kind: 'text', value: (item) => t(`codebook.categories.${item.category}`) },
                cell: (item) => t(`codebook.categories.${item.category}`),
              },
              {
                label: t('codebook.verified'),
                optional: true,
                cell: (item) => (item.verified ? t('codebook.verifiedYes') : t('codebook.verifiedNo')),
              },
              {
                label: t('codebook.updatedAt'),
                className: 'app-nowrap',
                optional: true,
                sort: { kind: 'date', value: (item) => item.updatedAt },
                cell: (item) => dateTime(item.updatedAt),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
