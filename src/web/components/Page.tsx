// Page frames: a create/edit page, what a loaded record shows while loading or on failure, a record's page.
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { Loading } from './Loading.tsx';
import { usePageTitle } from './usePageTitle.ts';

/** The frame of a create or edit page: one h1 (also the page title) and an optional introduction. */
export function FormPage({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="app-narrow">
      <h1>{title}</h1>
      {intro ? <p>{intro}</p> : null}
      {children}
    </div>
  );
}

/** What a loaded record's page shows while loading, on failure, or with the data. */
export function Loaded<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return <>{children(query.data)}</>;
}

/**
 * A record's page: the kind above one h1 (the record's name once loaded, the same element throughout so
 * focus placed on it stays), and "not found" for a record that is missing or out of scope (404).
 */
export function RecordPage<T>({
  query,
  kind,
  titleOf,
  children,
}: {
  query: UseQueryResult<T>;
  kind: string;
  titleOf: (data: T) => string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const notFound = isApiError(query.error) && query.error.status === 404;
  const title = query.data ? titleOf(query.data) : notFound ? t('notFound.recordTitle') : kind;
  usePageTitle(title);
  return (
    <>
      {query.data ? <p className="app-eyebrow">{kind}</p> : null}
      <h1>{title}</h1>
      {notFound ? (
        <p className="font-lead">{t('notFound.recordText')}</p>
      ) : (
        <Loaded query={query}>{children}</Loaded>
      )}
    </>
  );
}
