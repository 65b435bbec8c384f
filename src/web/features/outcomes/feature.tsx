// The outcome tables of seed 003 (exit, company placement, preparatory plan) per provider: analysts and
// procurement see every provider, a provider lead its own row and the total; analysts save reports.
import type { Feature } from '../../app/feature.ts';
import { OutcomesPage } from './OutcomesPage.tsx';
import { SavedReportPage } from './SavedReportPage.tsx';
import './outcomes.css';

export const outcomesFeature: Feature = {
  routes: [
    { path: '/resultater', permission: 'outcome.read', element: <OutcomesPage /> },
    { path: '/resultater/rapporter/:id', permission: 'outcome.read', element: <SavedReportPage /> },
  ],
  nav: [{ to: '/resultater', permission: 'outcome.read', label: { da: 'Resultater', en: 'Outcomes' } }],
  startSections: [],
};
