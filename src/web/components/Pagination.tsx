import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  /** The link to a page number. */
  hrefFor(page: number): string;
}

/** Previous/next links with "page x of y"; nothing when everything fits on one page. */
export function Pagination({ page, pageSize, total, hrefFor }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total <= pageSize) return null;
  return (
    <nav className="app-pagination" aria-label={t('citizens.pagination.label')}>
      {page > 1 ? (
        <Link className="button button-secondary" to={hrefFor(page - 1)}>
          {t('citizens.pagination.previous')}
        </Link>
      ) : null}
      <span className="app-pagination-status" aria-current="page">
        {t('citizens.pagination.status', { page, pages })}
      </span>
      {page < pages ? (
        <Link className="button button-secondary" to={hrefFor(page + 1)}>
          {t('citizens.pagination.next')}
        </Link>
      ) : null}
    </nav>
  );
}
