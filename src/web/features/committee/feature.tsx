// The committee's reports (issue 14): the report schedule and committee packs (Word and PDF) at
// /udvalgsrapporter for analysts, administrators (who make them) and procurement (who reads them); the
// owner's next due reports on the start page and in the owner's task list (/opgaver, from /api/tasks).
// (/udvalg is the tenders' committee decisions.)
import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy.tsx';
import { CommitteeTasksSection } from './CommitteeTasksSection.tsx';

export const committeeFeature: Feature = {
  routes: [
    {
      path: '/udvalgsrapporter',
      permission: 'committee.read',
      element: lazyPage(
        () => import('./CommitteePage.tsx'),
        (m) => m.CommitteePage,
      ),
    },
    {
      path: '/udvalgsrapporter/pakker/:id',
      permission: 'committee.read',
      element: lazyPage(
        () => import('./PackPage.tsx'),
        (m) => m.PackPage,
      ),
    },
  ],
  nav: [
    {
      to: '/udvalgsrapporter',
      permission: 'committee.read',
      label: { da: 'Udvalgsrapporter', en: 'Committee reports' },
    },
  ],
  startSections: [
    { key: 'committee-tasks', permission: 'committee.manage', element: <CommitteeTasksSection /> },
  ],
};
