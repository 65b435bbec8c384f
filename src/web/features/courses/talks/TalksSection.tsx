// The job-talk section of the course page: the next required talk with its deadline and the rule it
// comes from, and the talks of the course. The job centre schedules talks and records outcomes; the
// provider reads.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import type { CourseSectionProps } from '../documentation/DocumentationSections.tsx';
import { ScheduleTalkForm, RecordTalkForm } from './TalkForms.tsx';
import { useCourseTalks, useRefreshTalks, type CourseTalks, type NextTalk, type Talk } from './talk.api.ts';
import { useDate } from './talk-format.ts';
import { useSectionStatus } from '../../../components/StatusMessage.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { OpenFormButton } from '../../../components/form/fields.tsx';

/** The next required talk; `emptyText` when there is none (the course ended, the period is unknown). */
export function NextTalkBox({ next, emptyText }: { next: NextTalk | null; emptyText: string }) {
  const { t } = useTranslation('courses');
  const date = useDate();
  if (!next) {
    return (
      <div className="alert alert-info">
        <div className="alert-body">
          <p className="alert-heading">{t('talks.next.heading')}</p>
          <p className="alert-text">{emptyText}</p>
        </div>
      </div>
    );
  }
  const obligation = t(`talks.obligation.${next.obligation}`);
  const plannedLate = next.planned && next.deadline !== null && next.planned.scheduledOn > next.deadline;
  return (
    <div className={next.overdue ? 'alert alert-warning' : 'alert alert-info'}>
      <div className="alert-body">
        <p className="alert-heading">{t('talks.next.heading')}</p>
        <p className="alert-text">
          <strong>
            {next.deadline
              ? t('talks.next.deadline', { obligation, date: date(next.deadline) })
              : t('talks.next.noDeadline', { obligation })}
          </strong>
          {next.overdue ? (
            <>
              {' '}
              <span className="badge badge-warning">{t('talks.next.overdue')}</span>
            </>
          ) : null}
        </p>
        <p className="alert-text">
          {next.planned
            ? t(plannedLate ? 'talks.next.plannedLate' : 'talks.next.planned', {
                date: date(next.planned.scheduledOn),
              })
            : t('talks.next.notPlanned')}{' '}
          {t('talks.next.arose', {
            date: date(next.arose),
            basis: t(next.obligation === 'first' ? 'talks.next.basisFirst' : 'talks.next.basisFollowUp'),
          })}
        </p>
        <p className="alert-text">
          {t('talks.citizen.period.line', {
            date: date(next.periodStartsOn),
            source: t(`talks.citizen.source.${next.periodSource}`),
          })}
        </p>
        <p className="alert-text app-muted">
          {t('talks.next.rule')}: {next.ruleSource}
        </p>
      </div>
    </div>
  );
}

/** Talks with their outcome and deadline; `courseOf` adds a column naming each talk's course (or none). */
export function TalkTable({
  talks,
  onRecord,
  courseOf,
  caption,
  empty,
}: {
  talks: Talk[];
  onRecord: ((talk: Talk) => void) | undefined;
  courseOf?: (talk: Talk) => string;
  caption?: string;
  empty?: string;
}) {
  const { t } = useTranslation('courses');
  const date = useDate();
  return (
    <DataTable
      rows={talks}
      empty={empty ?? t('talks.table.empty')}
      caption={caption ?? t('talks.table.caption')}
      columns={[
        t('talks.table.scheduledOn'),
        courseOf && t('talks.citizen.course'),
        t('talks.table.venue'),
        t('talks.table.outcome'),
        t('talks.table.heldOn'),
        t('talks.table.deadline'),
        t('talks.table.timely'),
        onRecord && t('talks.table.actions'),
      ]}
    >
      {(talk) => (
        <tr key={talk.id}>
          <th scope="row" className="app-nowrap">
            {date(talk.scheduledOn)}
          </th>
          {courseOf ? <td>{courseOf(talk)}</td> : null}
          <td>{t(`talks.venue.${talk.venue}`)}</td>
          <td>{t(`talks.outcome.${talk.outcome}`)}</td>
          <td className="app-nowrap">{talk.heldOn ? date(talk.heldOn) : ''}</td>
          <td className="app-nowrap">
            {talk.deadline ? (
              <>
                {date(talk.deadline)}{' '}
                <span className="app-muted">({t(`talks.obligation.${talk.obligation}`)})</span>
              </>
            ) : (
              <span className="app-muted">{t('talks.table.noDeadline')}</span>
            )}
          </td>
          <td>{talk.timely === null ? '' : talk.timely ? t('talks.table.yes') : t('talks.table.no')}</td>
          {onRecord ? (
            <td>
              <button
                type="button"
                className="button button-tertiary"
                aria-label={t('talks.table.recordLabel', { date: date(talk.scheduledOn) })}
                onClick={() => onRecord(talk)}
              >
                {t('talks.table.record')}
              </button>
            </td>
          ) : null}
        </tr>
      )}
    </DataTable>
  );
}

type Editor = { kind: 'closed' } | { kind: 'schedule' } | { kind: 'record'; talk: Talk };

/**
 * The talk table with the job centre's forms (schedule a talk, record an outcome), shared by the course
 * page and the citizen page: `above` is shown over the table, `scheduleForm` is the page's own form.
 */
export function TalkEditor({
  talks,
  today,
  canManage,
  refresh,
  above,
  table,
  scheduleForm,
}: {
  talks: Talk[];
  today: string;
  canManage: boolean;
  refresh: () => Promise<unknown>;
  above: ReactNode;
  table?: { courseOf?: (talk: Talk) => string; caption?: string; empty?: string };
  scheduleForm: (props: { onSaved: (text: string) => void; onCancel: () => void }) => ReactNode;
}) {
  const { t } = useTranslation('courses');
  const [editor, setEditor] = useState<Editor>({ kind: 'closed' });
  const status = useSectionStatus('talks', 'app-live');
  const saved = async (text: string) => {
    await refresh();
    setEditor({ kind: 'closed' });
    status.show(text);
  };
  const open = (next: Editor) => {
    status.clear();
    setEditor(next);
  };
  const formProps = {
    onSaved: (text: string) => void saved(text),
    onCancel: () => setEditor({ kind: 'closed' }),
  };
  return (
    <>
      {status.element}
      {above}
      <TalkTable
        talks={talks}
        {...table}
        onRecord={canManage ? (talk) => open({ kind: 'record', talk }) : undefined}
      />
      {canManage && editor.kind === 'closed' ? (
        <OpenFormButton
          className="app-actions"
          label={t('talks.schedule.open')}
          onClick={() => open({ kind: 'schedule' })}
        />
      ) : null}
      {editor.kind === 'schedule' ? scheduleForm(formProps) : null}
      {editor.kind === 'record' ? (
        <RecordTalkForm key={editor.talk.id} talk={editor.talk} today={today} {...formProps} />
      ) : null}
    </>
  );
}

function Talks({ courseId, data }: { courseId: string; data: CourseTalks }) {
  const { t } = useTranslation('courses');
  const { can } = useSession();
  const refresh = useRefreshTalks(courseId);
  return (
    <TalkEditor
      talks={data.talks}
      today={data.today}
      canManage={data.canManage && can('casework.manage')}
      refresh={refresh}
      above={<NextTalkBox next={data.next} emptyText={t('talks.next.ended')} />}
      scheduleForm={(props) => <ScheduleTalkForm courseId={courseId} {...props} />}
    />
  );
}

/** The course page's job talks (CourseSectionProps: the course page renders every section alike). */
export function TalksSection({ courseId }: CourseSectionProps) {
  const { t } = useTranslation('courses');
  const talks = useCourseTalks(courseId);
  return (
    <section className="app-section" aria-labelledby="talks-heading">
      <h2 id="talks-heading">{t('talks.title')}</h2>
      {talks.isPending ? (
        <Loading />
      ) : talks.isError ? (
        <ErrorAlert error={talks.error} />
      ) : (
        <Talks courseId={courseId} data={talks.data} />
      )}
    </section>
  );
}
