import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from './format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLanguage } from '../../components/useLanguage.ts';
import { useHealth, type HealthReport } from './admin.api.ts';
import { AdminNav, useDateTime } from './AdminUi.tsx';
import { ADMIN_PAGES } from './paths.ts';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function AuditSection({ report }: { report: HealthReport }) {
  const { t } = useTranslation('admin');
  const language = useLanguage();
  const dateTime = useDateTime();
  const n = (value: number) => formatNumber(value, language);
  const audit = report.audit;
  return (
    <section className="app-section" aria-labelledby="health-audit">
      <h2 id="health-audit">{t('health.audit')}</h2>
      {audit ? (
        <dl className="app-details">
          <Item label={t('health.auditRows')}>{n(audit.rows)}</Item>
          <Item label={t('health.sealedUpTo')}>{n(audit.headPosition)}</Item>
          <Item label={t('health.unsealed')}>
            {audit.oldestUnsealedSeconds !== null
              ? t('health.unsealedOldest', {
                  count: n(audit.unsealed),
                  seconds: n(audit.oldestUnsealedSeconds),
                })
              : n(audit.unsealed)}
          </Item>
          <Item label={t('health.lastVerify')}>
            {audit.lastVerify
              ? audit.lastVerify.ok
                ? t('health.lastVerifyOk', { checked: n(audit.lastVerify.checked) })
                : t('health.lastVerifyFailed', {
                    count: n(audit.lastVerify.problemCount),
                    checked: n(audit.lastVerify.checked),
                  })
              : t('health.lastVerifyNever')}
          </Item>
          {audit.lastVerify ? (
            <Item label={t('health.lastVerifyAt')}>{dateTime(audit.lastVerify.at)}</Item>
          ) : null}
          {audit.checkpoint ? (
            <Item label={t('health.checkpoint')}>
              {t('health.checkpointValue', {
                position: n(audit.checkpoint.position),
                deleted: n(audit.checkpoint.deletedTotal),
                through: dateTime(audit.checkpoint.deletedThrough),
              })}
            </Item>
          ) : null}
        </dl>
      ) : (
        <p>{t('health.notReady')}</p>
      )}
      <p>{report.database.kind === 'pglite' ? t('health.verifyPglite') : t('health.verifyPostgres')}</p>
    </section>
  );
}

/** /administration/drift: what `indsats doctor` reports, read from the running server. */
export function HealthPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('health.title'));
  const health = useHealth();
  const language = useLanguage();
  const dateTime = useDateTime();
  const n = (value: number) => formatNumber(value, language);
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : t('health.noneList'));
  return (
    <>
      <AdminNav />
      <div className="app-page-heading">
        <h1>{t('health.title')}</h1>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void health.refetch()}
          disabled={health.isFetching}
        >
          {t('health.refresh')}
        </button>
      </div>
      {health.isPending ? (
        <Loading />
      ) : health.isError ? (
        <ErrorAlert error={health.error} />
      ) : (
        <>
          <p className="font-lead">{t('health.intro', { time: dateTime(health.data.checkedAt) })}</p>
          <div role="status">
            {health.data.ok ? (
              <div className="alert alert-success">
                <div className="alert-body">
                  <p className="alert-text">{t('health.ok')}</p>
                </div>
              </div>
            ) : (
              <div className="alert alert-warning">
                <div className="alert-body">
                  <p className="alert-heading">{t('health.problems')}</p>
                  <p className="alert-text">{t('health.problemsIntro')}</p>
                  <ul className="alert-text adm-problems" lang="en">
                    {health.data.problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                </div>
              </div>
            )}
          </div>
          <section className="app-section" aria-labelledby="health-database">
            <h2 id="health-database">{t('health.database')}</h2>
            <dl className="app-details">
              <Item label={t('health.kind')}>{t(`health.${health.data.database.kind}`)}</Item>
              <Item label={t('health.version')}>{health.data.database.version}</Item>
              <Item label={t('health.location')}>
                <code>{health.data.database.location}</code>
              </Item>
            </dl>
          </section>
          <section className="app-section" aria-labelledby="health-migrations">
            <h2 id="health-migrations">{t('health.migrations')}</h2>
            <dl className="app-details">
              <Item label={t('health.applied')}>{n(health.data.migrations.applied)}</Item>
              <Item label={t('health.pending')}>{list(health.data.migrations.pending)}</Item>
              <Item label={t('health.unknown')}>{list(health.data.migrations.unknown)}</Item>
            </dl>
          </section>
          <section className="app-section" aria-labelledby="health-key">
            <h2 id="health-key">{t('health.key')}</h2>
            <dl className="app-details">
              <Item label={t('health.fingerprint')}>
                <code>{health.data.key.fingerprint ?? '–'}</code>
              </Item>
              <Item label={t('health.keyStatus')}>{t(`health.keyStatuses.${health.data.key.status}`)}</Item>
            </dl>
          </section>
          <AuditSection report={health.data} />
          <section className="app-section" aria-labelledby="health-retention">
            <h2 id="health-retention">{t('health.retention')}</h2>
            <dl className="app-details">
              <Item label={t('health.retentionLast')}>
                {health.data.retention
                  ? t('health.retentionLastValue', {
                      time: dateTime(health.data.retention.lastRunAt),
                      by: health.data.retention.ranBy,
                      deleted: n(health.data.retention.deleted),
                    })
                  : t('health.retentionNever')}
              </Item>
            </dl>
            <p>
              <Link to={ADMIN_PAGES.settings}>{t('health.retentionSettings')}</Link>
            </p>
          </section>
          <section className="app-section" aria-labelledby="health-imports">
            <h2 id="health-imports">{t('health.imports')}</h2>
            {health.data.imports ? (
              <dl className="app-details">
                <Item label={t('health.running')}>{n(health.data.imports.running)}</Item>
                <Item label={t('health.failed30')}>{n(health.data.imports.failedLast30Days)}</Item>
                <Item label={t('health.lastFailedAt')}>{dateTime(health.data.imports.lastFailedAt)}</Item>
              </dl>
            ) : (
              <p>{t('health.notReady')}</p>
            )}
            <p>
              <Link to="/import">{t('health.importsLink')}</Link>
            </p>
          </section>
        </>
      )}
    </>
  );
}
