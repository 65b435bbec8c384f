import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { useAccessLog, type AccessLogEntry } from './citizen.api.ts';
import { useLanguage } from '../../components/useLanguage.ts';

const ACTIONS = ['read', 'search', 'create', 'update', 'export', 'delete'] as const;
type Action = (typeof ACTIONS)[number];

function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

function ActionText({ action, entityType }: { action: string; entityType: string }) {
  const { t } = useTranslation();
  const text = isAction(action) ? t(`accessLog.actions.${action}`) : action;
  // What was used, when it is not the citizen's details: the log itself, a referral, a course entry …
  // (so reading the log is not mistaken for a read of the details).
  const entities = t('accessLog.entities', { returnObjects: true }) as Record<string, string>;
  if (entityType !== 'citizen' && entityType in entities) {
    return (
      <>
        {text} <span className="app-muted">({entities[entityType]})</span>
      </>
    );
  }
  return <>{text}</>;
}

/** "Who viewed my case": every read, search hit and change of the citizen's data, newest first. */
export function AccessLogSection({ citizenId, citizenName }: { citizenId: string; citizenName: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const log = useAccessLog(citizenId);
  return (
    <section className="app-section" aria-labelledby="access-log-heading">
      <h2 id="access-log-heading">{t('accessLog.heading')}</h2>
      <p>{t('accessLog.intro')}</p>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ErrorAlert error={log.error} />
      ) : log.data.items.length === 0 ? (
        <p className="app-empty">{t('accessLog.empty')}</p>
      ) : (
        <div id="access-log">
          <DataTable<AccessLogEntry>
            caption={t('accessLog.caption', { name: citizenName })}
            captionHidden
            rows={log.data.items}
            rowKey={(entry) => String(entry.seq)}
            columns={[
              {
                label: t('accessLog.time'),
                className: 'app-nowrap',
                sort: { kind: 'date', value: (entry) => entry.occurredAt },
                cell: (entry) => (
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, language)}</time>
                ),
              },
              {
                label: t('accessLog.user'),
                sort: { kind: 'text', value: (entry) => entry.actor.displayName ?? entry.actor.username },
                cell: ({ actor }) => (
                  <>
                    {actor.displayName ?? actor.username}
                    {actor.displayName ? (
                      <span className="app-muted app-username"> ({actor.username})</span>
                    ) : null}
                  </>
                ),
              },
              {
                label: t('accessLog.organisation'),
                optional: true,
                sort: { kind: 'text', value: (entry) => entry.actor.organisationName },
                cell: ({ actor }) =>
                  actor.organisationName ?? <span className="app-muted">{t('accessLog.unknown')}</span>,
              },
              {
                label: t('accessLog.action'),
                cell: (entry) => <ActionText action={entry.action} entityType={entry.entityType} />,
              },
            ]}
          />
        </div>
      )}
    </section>
  );
}
