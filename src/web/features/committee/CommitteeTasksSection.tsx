// The start page's committee tasks (issue 14): the next due report of each schedule line the user owns.
// A section of its own on the start page: the reports come from the committee's schedule, not from the
// task list of /api/tasks (which holds course tasks and follow-up meeting actions).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommitteeTasks } from './committee.api.ts';
import { Loaded } from '../../components/Page.tsx';
import { useDay } from '../../components/useFormat.ts';

export function CommitteeTasksSection() {
  const { t } = useTranslation('committee');
  const day = useDay();
  const tasks = useCommitteeTasks();
  return (
    <section className="app-section" aria-labelledby="committee-tasks-heading">
      <h2 id="committee-tasks-heading">{t('tasks.title')}</h2>
      <Loaded query={tasks}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="app-empty">{t('tasks.none')}</p>
          ) : (
            <ul>
              {data.items.map((task) => (
                <li key={task.scheduleId}>
                  {t('tasks.due', { title: task.title, date: day(task.dueOn) })}
                  {task.overdue ? ` ${t('tasks.overdue')}` : ''}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <p>
        <Link to="/udvalgsrapporter">{t('tasks.open')}</Link>
      </p>
    </section>
  );
}
