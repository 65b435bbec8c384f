// The tenders feature: the committee's decision record (udvalgsbeslutninger) — recommendation, amendment
// proposals, votes and computed outcomes — and the tender evaluation (tilbudsevaluering): award model, bids,
// points, ranking with sensitivity, report and decision. Reading needs tender.read; changing tender.manage.
import type { Feature } from '../../app/feature.ts';
import { BidsPage } from './BidsPage.tsx';
import { CommitteeItemCreatePage } from './CommitteeItemCreatePage.tsx';
import { CommitteeItemListPage } from './CommitteeItemListPage.tsx';
import { CommitteeItemPage } from './CommitteeItemPage.tsx';
import { EvaluationListPage } from './EvaluationListPage.tsx';
import { EvaluationPage } from './EvaluationPage.tsx';
import { ResultsPage } from './ResultsPage.tsx';
import { ScoresPage } from './ScoresPage.tsx';
import { SetupPage } from './SetupPage.tsx';
import './evaluation.css';

export const tendersFeature: Feature = {
  routes: [
    { path: '/udvalg', permission: 'tender.read', element: <CommitteeItemListPage /> },
    { path: '/udvalg/ny', permission: 'tender.manage', element: <CommitteeItemCreatePage /> },
    { path: '/udvalg/:id', permission: 'tender.read', element: <CommitteeItemPage /> },
    { path: '/evaluering', permission: 'tender.read', element: <EvaluationListPage /> },
    { path: '/evaluering/:id', permission: 'tender.read', element: <EvaluationPage /> },
    { path: '/evaluering/:id/model', permission: 'tender.manage', element: <SetupPage /> },
    { path: '/evaluering/:id/bud', permission: 'tender.read', element: <BidsPage /> },
    { path: '/evaluering/:id/point', permission: 'tender.read', element: <ScoresPage /> },
    { path: '/evaluering/:id/resultat', permission: 'tender.read', element: <ResultsPage /> },
  ],
  nav: [
    {
      to: '/evaluering',
      permission: 'tender.read',
      label: { da: 'Tilbudsevaluering', en: 'Bid evaluation' },
    },
    {
      to: '/udvalg',
      permission: 'tender.read',
      label: { da: 'Udvalgsbeslutninger', en: 'Committee decisions' },
    },
  ],
  startSections: [],
};
