// /opgaver — the signed-in user's tasks, derived from dates on the server, grouped by overdue, due this
// week and later; each links to its course or referral. Also the start page's "Mine opgaver".
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Task } from '../../../../shared/courses/talk.schemas.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useTasks } from './talk.api.ts';
import { endOfWeek, useDate } from './talk-format.ts';
import { DataTable } from '../../../components/DataTable.tsx';

/** The task's title in the user's language. */
export function useTaskTitle(): (task: Task) => string {
  const { t } = useTranslation('courses');
  return (task) => {
    switch (task.kind) {
      case 'talk_due':
        return t(
          task.detail === 'follow_up'
            ? 'talks.tasks.kind.talk_due_follow_up'
            : 'talks.tasks.kind.talk_due_first',
        );
      case 'referral_waiting':
        return t(
          task.detail === 'answer'
            ? 'talks.tasks.kind.referral_waiting_answer'
            : 'talks.tasks.kind.referral_waiting_waiting',
        );
      case 'internship_ending':
        return t('talks.tasks.kind.internship_ending', { company: task.companyName ?? '' });
      case 'aftercare_ending':
        return t('talks.tasks.kind.aftercare_ending');
      case 'documentation_missing':
        return t(
          task.detail === 'final_report'
            ? 'talks.tasks.kind.documentation_missing_final_report'
            : 'talks.tasks.kind.documentation_missing_entries',
        );
      case 'absence_follow_up':
        return t('talks.tasks.kind.absence_follow_up');
      case 'meeting_action':
        return t('talks.tasks.kind.meeting_action', {
          provider: task.providerName ?? '',
          text: task.actionText ?? '',
        });
      case 'committee_report':
        return t('talks.tasks.kind.committee_report', { title: task.reportTitle ?? '' });
    }
  };
}

export function taskHref(task: Task): string {
  if (task.meetingId) return `/moeder/${task.meetingId}`;
  if (task.kind === 'committee_report') return '/udvalgsrapporter';
  return task.referralId ? `/henvisninger/${task.referralId}` : `/forloeb/${task.courseId ?? ''}`;
}

export function TaskTable({ tasks, caption }: { tasks: Task[]; caption: string }) {
  const { t } = useTranslation('courses');
  const date = useDate();
  const titleOf = useTaskTitle();
  return (
    <DataTable
      rows={tasks}
      caption={caption}
      columns={[t('talks.tasks.task'), t('talks.tasks.citizen'), t('talks.tasks.due')]}
    >
      {(task) => (
        <tr key={task.key}>
          <th scope="row">
            <Link to={taskHref(task)}>{titleOf(task)}</Link>
          </th>
          <td>{task.citizenName}</td>
          <td className="app-nowrap">
            {date(task.dueOn)}
            {task.overdue ? (
              <>
                {' '}
                <span className="badge badge-warning">{t('talks.tasks.overdueBadge')}</span>
              </>
            ) : null}
          </td>
        </tr>
      )}
    </DataTable>
  );
}

function Group({
  id,
  heading,
  caption,
  tasks,
}: {
  id: string;
  heading: string;
  caption: string;
  tasks: Task[];
}) {
  const { t } = useTranslation('courses');
  return (
    <section className="app-section" aria-labelledby={id}>
      <h2 id={id}>
        {heading} <span className="app-muted">({tasks.length})</span>
      </h2>
      {tasks.length === 0 ? (
        <p className="app-muted">{t('talks.tasks.emptyGroup')}</p>
      ) : (
        <TaskTable tasks={tasks} caption={caption} />
      )}
    </section>
  );
}

export function TasksPage() {
  const { t } = useTranslation('courses');
  usePageTitle(t('talks.tasks.title'));
  const tasks = useTasks();
  return (
    <>
      <h1>{t('talks.tasks.title')}</h1>
      <p className="font-lead">{t('talks.tasks.intro')}</p>
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <ErrorAlert error={tasks.error} />
      ) : tasks.data.items.length === 0 ? (
        <p className="app-empty">{t('talks.tasks.empty')}</p>
      ) : (
        (() => {
          const weekEnd = endOfWeek(tasks.data.today);
          const items = tasks.data.items;
          return (
            <>
              <Group
                id="tasks-overdue"
                heading={t('talks.tasks.overdue')}
                caption={t('talks.tasks.captionOverdue')}
                tasks={items.filter((task) => task.overdue)}
              />
              <Group
                id="tasks-week"
                heading={t('talks.tasks.thisWeek')}
                caption={t('talks.tasks.captionThisWeek')}
                tasks={items.filter((task) => !task.overdue && task.dueOn <= weekEnd)}
              />
              <Group
                id="tasks-later"
                heading={t('talks.tasks.later')}
                caption={t('talks.tasks.captionLater')}
                tasks={items.filter((task) => !task.overdue && task.dueOn > weekEnd)}
              />
            </>
          );
        })()
      )}
    </>
  );
}

/** The start page's "Mine opgaver": how many, how many overdue, and the three most urgent. */
export function TasksStartSection() {
  const { t } = useTranslation('courses');
  const tasks = useTasks();
  const items = tasks.data?.items ?? [];
  const overdue = items.filter((task) => task.overdue).length;
  return (
    <section className="app-section" aria-labelledby="tasks-start-heading">
      <h2 id="tasks-start-heading">{t('talks.tasks.title')}</h2>
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <ErrorAlert error={tasks.error} />
      ) : items.length === 0 ? (
        <p>{t('talks.tasks.empty')}</p>
      ) : (
        <>
          <p>
            {t('talks.tasks.count', { count: items.length })}{' '}
            {overdue > 0 ? t('talks.tasks.countOverdue', { count: overdue }) : null}
          </p>
          <TaskTable tasks={items.slice(0, 3)} caption={t('talks.tasks.mostUrgent')} />
        </>
      )}
      <p>
        <Link to="/opgaver">{t('talks.tasks.seeAll')}</Link>
      </p>
    </section>
  );
}
