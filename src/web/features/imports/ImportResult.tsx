import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { importKeys, useImportBatch, type ImportBatch, type ImportProgress } from './import.api.ts';
import { useLanguage } from '../../components/useLanguage.ts';

/** The import's progress bar: share of the file read, rows so far; a wait line before any progress. */
export function ImportProgressBar({ progress }: { progress: ImportProgress | null }) {
  const { t } = useTranslation('imports');
  const language = useLanguage();
  if (!progress) return <Loading label={t('progress.waiting')} />;
  const percent =
    progress.bytesTotal > 0 ? Math.floor((progress.bytesRead / progress.bytesTotal) * 100) : 100;
  return (
    <div className="form-group">
      <label className="form-label" htmlFor="import-progress">
        {t('progress.import')}
      </label>
      <progress id="import-progress" max={100} value={percent}>
        {percent} %
      </progress>
      <span className="app-muted">
        {' '}
        {t('progress.imported', {
          rows: progress.rows.toLocaleString(language === 'en' ? 'en-GB' : 'da-DK'),
          percent,
        })}
      </span>
    </div>
  );
}

function Details({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation('imports');
  const { details } = batch;
  const range = (value: unknown) =>
    Array.isArray(value) ? t('result.upTo', { first: String(value[0]), last: String(value[1]) }) : null;
  const items: [string, string][] = [];
  if (typeof details.companiesCreated === 'number' && details.companiesCreated > 0)
    items.push([t('result.companiesCreated'), String(details.companiesCreated)]);
  if (Array.isArray(details.addedCodes) && details.addedCodes.length > 0)
    items.push([t('result.addedCodes'), details.addedCodes.join(', ')]);
  const weeks = range(details.weeks);
  if (weeks) items.push([t('result.weeks'), weeks]);
  const months = range(details.months);
  if (months) items.push([t('result.months'), months]);
  if (batch.ignoredColumns.length > 0) items.push([t('result.ignored'), batch.ignoredColumns.join(', ')]);
  return (
    <>
      {items.length > 0 ? (
        <dl>
          {items.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {details.defaultCodebookLoaded === true ? <p>{t('result.defaultCodebook')}</p> : null}
    </>
  );
}

function Summary({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation('imports');
  const counts = [
    ['rowsTotal', batch.rowsTotal],
    ['created', batch.created],
    ['updated', batch.updated],
    ['unchanged', batch.unchanged],
    ['errorCount', batch.errorCount],
  ] as const;
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{t('result.caption', { file: batch.fileName })}</caption>
        <tbody>
          {counts.map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{t(`result.${key}`)}</th>
              <td className="align-text-right">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Errors({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation('imports');
  if (batch.errors.length === 0) return null;
  return (
    <>
      {batch.errorCount > batch.errors.length ? (
        <p>{t('result.errorsSome', { shown: batch.errors.length, count: batch.errorCount })}</p>
      ) : null}
      <div className="app-table-wrapper">
        <table className="table table--compact app-table">
          <caption>{t('result.errorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="align-text-right">
                {t('result.line')}
              </th>
              <th scope="col">{t('result.column')}</th>
              <th scope="col">{t('result.message')}</th>
            </tr>
          </thead>
          <tbody>
            {batch.errors.map((error, index) => (
              <tr key={index}>
                <td className="align-text-right">{error.line > 0 ? error.line : t('result.wholeFile')}</td>
                <td>{error.column ?? ''}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** One import: its progress while it runs, then its summary and errors; focus moves to the outcome. */
export function ImportResult({ batchId }: { batchId: string }) {
  const { t } = useTranslation('imports');
  const queryClient = useQueryClient();
  const batch = useImportBatch(batchId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const status = batch.data?.status;
  useEffect(() => {
    if (status === 'succeeded' || status === 'failed') {
      headingRef.current?.focus();
      void queryClient.invalidateQueries({ queryKey: importKeys.list });
    }
  }, [status, queryClient]);
  if (batch.isPending) return <Loading />;
  if (batch.isError) return <ErrorAlert error={batch.error} />;
  const data = batch.data;
  return (
    <section className="app-section" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading" ref={headingRef} tabIndex={-1}>
        {t('result.heading')}: {t(`kinds.${data.kind}`)} – {t(`result.status.${data.status}`)}
      </h2>
      {data.status === 'running' ? (
        <>
          <p role="status">{t('progress.started')}</p>
          <ImportProgressBar progress={data.progress} />
        </>
      ) : (
        <>
          <div
            className={`alert ${data.status === 'succeeded' ? 'alert-success' : 'alert-error'}`}
            role="status"
          >
            <div className="alert-body">
              <p className="alert-text">
                {data.status === 'succeeded'
                  ? t('result.succeeded')
                  : t('result.failed', { count: data.errorCount })}
              </p>
            </div>
          </div>
          <Summary batch={data} />
          <Details batch={data} />
          <Errors batch={data} />
        </>
      )}
    </section>
  );
}
