// Party hearing (partshøring, issue 12) on the course page: what was sent to the citizen for comments,
// when, the deadline and the status. The job centre sends documentation and records the comments or that
// none came; the provider sees the status, not the comments (forvaltningsloven § 19; docs/legal-rules.md).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDate } from '../../../components/format.ts';
import { useLanguage } from '../../../components/useLanguage.ts';
import { usePlanStarts } from './documentation.api.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { usePartyHearings, type PartyHearing } from './party-hearing.api.ts';
import { HearingOutcomeForm, SendHearingForm } from './PartyHearingForms.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { OpenFormButton } from '../../../components/form/fields.tsx';

type Editing =
  { kind: 'send' } | { kind: 'outcome'; hearing: PartyHearing; outcome: 'comments' | 'no_comments' };

/** "Sendt til partshøring 01-12-2026, frist 15-12-2026", and what came back. */
export function HearingStatusText({ hearing }: { hearing: PartyHearing }) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const date = (iso: string) => formatDate(iso, language);
  const sent = t('documentation.hearings.status.sent', {
    sentOn: date(hearing.sentOn),
    deadlineOn: date(hearing.deadlineOn),
  });
  return (
    <>
      <span>{sent}</span>
      {hearing.outcome === 'comments' ? (
        <>
          {' '}
          <span className="badge badge-success">
            {t('documentation.hearings.status.comments', { date: date(hearing.outcomeOn!) })}
            {hearing.receivedAfterDeadline ? ` (${t('documentation.hearings.status.late')})` : ''}
          </span>
        </>
      ) : hearing.outcome === 'no_comments' ? (
        <>
          {' '}
          <span className="badge badge-info">
            {t('documentation.hearings.status.noComments', { date: date(hearing.outcomeOn!) })}
          </span>
        </>
      ) : hearing.deadlineOn < todayInCopenhagen() ? (
        <>
          {' '}
          <span className="badge badge-warning">{t('documentation.hearings.status.overdue')}</span>
        </>
      ) : null}
      {hearing.changedSinceSent ? (
        <span className="doc-hearing-note">{t('documentation.hearings.status.changed')}</span>
      ) : null}
    </>
  );
}

export function PartyHearingSection({
  courseId,
  onMessage,
}: {
  courseId: string;
  onMessage: (text: string, isError?: boolean) => void;
}) {
  const { t } = useTranslation('courses');
  const language = useLanguage();
  const query = usePartyHearings(courseId);
  const plans = usePlanStarts(courseId).data?.plans ?? [];
  const [editing, setEditing] = useState<Editing | null>(null);
  const [returnFocus, setReturnFocus] = useState('doc-hearing-send');
  const date = (iso: string) => formatDate(iso, language);
  const subjectOf = (h: PartyHearing) =>
    h.subject === 'plan' && h.planStartedOn
      ? t('documentation.hearings.planSubject', { date: date(h.planStartedOn) })
      : t(`documentation.hearings.subjects.${h.subject}`);
  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(returnFocus)?.focus());
  };
  const done = (message: string) => {
    close();
    onMessage(message);
  };
  const open = (next: Editing, from: string) => {
    setReturnFocus(from);
    setEditing(next);
  };
  const canManage = query.data?.canManage ?? false;
  return (
    <section className="app-section" aria-labelledby="doc-hearings-heading">
      <h2 id="doc-hearings-heading">{t('documentation.hearings.heading')}</h2>
      <p>{t('documentation.hearings.intro')}</p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <DataTable
          rows={query.data.hearings}
          empty={t('documentation.hearings.empty')}
          caption={t('documentation.hearings.caption')}
          columns={[
            t('documentation.hearings.columns.subject'),
            t('documentation.hearings.columns.method'),
            t('documentation.hearings.columns.status'),
            canManage && t('documentation.hearings.columns.actions'),
          ]}
        >
          {(hearing) => (
            <tr key={hearing.id}>
              <th scope="row">{subjectOf(hearing)}</th>
              <td>{t(`documentation.hearings.methods.${hearing.method}`)}</td>
              <td>
                <HearingStatusText hearing={hearing} />
                {hearing.comments !== null ? (
                  <details className="doc-hearing-comments">
                    <summary>{t('documentation.hearings.commentsLabel')}</summary>
                    <p className="doc-text">{hearing.comments}</p>
                  </details>
                ) : hearing.commentsHidden ? (
                  <span className="doc-hidden doc-hearing-note">
                    {t('documentation.hearings.status.hidden')}
                  </span>
                ) : null}
              </td>
              {canManage ? (
                <td>
                  <button
                    id={`hearing-${hearing.id}-comments`}
                    type="button"
                    className="button button-tertiary"
                    aria-label={t('documentation.hearings.recordCommentsLabel', {
                      subject: subjectOf(hearing).toLowerCase(),
                      date: date(hearing.sentOn),
                    })}
                    onClick={() =>
                      open(
                        { kind: 'outcome', hearing, outcome: 'comments' },
                        `hearing-${hearing.id}-comments`,
                      )
                    }
                  >
                    {t('documentation.hearings.recordComments')}
                  </button>
                  {hearing.outcome !== 'comments' ? (
                    <>
                      <br />
                      <button
                        id={`hearing-${hearing.id}-none`}
                        type="button"
                        className="button button-tertiary"
                        aria-label={t('documentation.hearings.recordNoneLabel', {
                          subject: subjectOf(hearing).toLowerCase(),
                          date: date(hearing.sentOn),
                        })}
                        onClick={() =>
                          open(
                            { kind: 'outcome', hearing, outcome: 'no_comments' },
                            `hearing-${hearing.id}-none`,
                          )
                        }
                      >
                        {t('documentation.hearings.recordNone')}
                      </button>
                    </>
                  ) : null}
                </td>
              ) : null}
            </tr>
          )}
        </DataTable>
      )}
      {canManage && editing === null ? (
        <OpenFormButton
          id="doc-hearing-send"
          label={t('documentation.hearings.send')}
          onClick={() => open({ kind: 'send' }, 'doc-hearing-send')}
        />
      ) : null}
      {canManage && editing?.kind === 'send' ? (
        <SendHearingForm courseId={courseId} plans={plans} onCancel={close} onDone={done} />
      ) : null}
      {canManage && editing?.kind === 'outcome' ? (
        <HearingOutcomeForm
          key={`${editing.hearing.id}-${editing.outcome}`}
          courseId={courseId}
          hearing={editing.hearing}
          outcome={editing.outcome}
          onCancel={close}
          onDone={done}
        />
      ) : null}
    </section>
  );
}
