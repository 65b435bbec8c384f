// Budgets: capacity (what the frame buys at the agreed prices, and what a price change does), budget
// notes with their two tables and reconciliation (seed 004), and the annual budget frames.
import type { Feature } from '../../app/feature.ts';
import { BudgetListPage } from './BudgetListPage.tsx';
import { BudgetNotePage } from './BudgetNotePage.tsx';
import { BudgetStartSection } from './BudgetStartSection.tsx';
import { CapacityPage } from './CapacityPage.tsx';
import { FrameFormPage } from './FrameFormPage.tsx';
import { FramesPage } from './FramesPage.tsx';

export const budgetsFeature: Feature = {
  routes: [
    { path: '/kapacitet', permission: 'capacity.read', element: <CapacityPage /> },
    { path: '/budget', permission: 'budget.read', element: <BudgetListPage /> },
    { path: '/budget/rammer', permission: 'budget.read', element: <FramesPage /> },
    { path: '/budget/rammer/ny', permission: 'budget.manage', element: <FrameFormPage /> },
    { path: '/budget/rammer/:id', permission: 'budget.manage', element: <FrameFormPage /> },
    { path: '/budget/:id', permission: 'budget.read', element: <BudgetNotePage /> },
  ],
  nav: [
    { to: '/kapacitet', permission: 'capacity.read', label: { da: 'Kapacitet', en: 'Capacity' } },
    { to: '/budget', permission: 'budget.read', label: { da: 'Budget', en: 'Budget' } },
  ],
  startSections: [{ key: 'budget', permission: 'capacity.read', element: <BudgetStartSection /> }],
};
