// The feature modules the shell shows, in menu order.
import { adminFeature } from '../features/admin/feature.tsx';
import { agreementsFeature } from '../features/agreements/feature.tsx';
import { budgetsFeature } from '../features/budgets/feature.tsx';
import { committeeFeature } from '../features/committee/feature.tsx';
import { companiesFeature } from '../features/companies/feature.tsx';
import { billingFeature, coursesFeature } from '../features/courses/feature.tsx';
import { importsFeature } from '../features/imports/feature.tsx';
import { meetingsFeature } from '../features/meetings/feature.tsx';
import { outcomesFeature } from '../features/outcomes/feature.tsx';
import { tendersFeature } from '../features/tenders/feature.tsx';
import type { Feature } from './feature.ts';

export const FEATURES: readonly Feature[] = [
  coursesFeature,
  agreementsFeature,
  companiesFeature,
  meetingsFeature,
  budgetsFeature,
  billingFeature,
  tendersFeature,
  outcomesFeature,
  committeeFeature,
  importsFeature,
  adminFeature,
];
