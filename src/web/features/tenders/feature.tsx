// The tenders feature: the committee's decision record (udvalgsbeslutninger) — recommendation, amendment
// proposals, votes and computed outcomes. Reading needs tender.read; recording needs tender.manage.
import type { Feature } from '../../app/feature.ts';
import { CommitteeItemListPage } from './CommitteeItemListPage.tsx';
import { CommitteeItemPage } from './CommitteeItemPage.tsx';

export const tendersFeature: Feature = {
  routes: [
    { path: '/udvalg', permission: 'tender.read', element: <CommitteeItemListPage /> },
    { path: '/udvalg/:id', permission: 'tender.read', element: <CommitteeItemPage /> },
  ],
  nav: [
    {
      to: '/udvalg',
      permission: 'tender.read',
      label: { da: 'Udvalgsbeslutninger', en: 'Committee decisions' },
    },
  ],
  startSections: [],
};
