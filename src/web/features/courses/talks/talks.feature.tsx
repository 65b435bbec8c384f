// The talks part of the courses feature: the task list (/opgaver) with its start-page section, and the
// follow-up of job talks (/opfoelgning). The course page renders TalksSection itself.
import type { Feature } from '../../../app/feature.ts';
import { lazyPage } from '../../../app/lazy.tsx';
// The start page shows the user's tasks, so the task list is in the main bundle anyway: not lazy.
import { TasksPage, TasksStartSection } from './TasksPage.tsx';

export const talksFeature: Feature = {
  routes: [
    {
      path: '/opgaver',
      permission: 'task.read',
      element: <TasksPage />,
    },
    {
      path: '/opfoelgning',
      permission: 'followup.read',
      element: lazyPage(
        () => import('./FollowUpPage.tsx'),
        (m) => m.FollowUpPage,
      ),
    },
  ],
  nav: [
    { to: '/opgaver', permission: 'task.read', label: { da: 'Opgaver', en: 'Tasks' } },
    { to: '/opfoelgning', permission: 'followup.read', label: { da: 'Opfølgning', en: 'Follow-up' } },
  ],
  startSections: [{ key: 'tasks', permission: 'task.read', element: <TasksStartSection /> }],
};
