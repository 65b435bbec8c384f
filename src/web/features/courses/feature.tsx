// The courses feature: referrals, the citizen's course with its documentation and job talks, the task
// list and follow-up. Each part keeps its own pages in its folder; this file joins them. Billing is
// registered on its own (features.ts), so it stands in the menu beside the budgets it spends.
import type { Feature } from '../../app/feature.ts';
import { billingFeature } from './billing/billing.feature.tsx';
import { courseFeature } from './course/course.feature.tsx';
import { documentationFeature } from './documentation/documentation.feature.tsx';
import { referralsFeature } from './referrals/referrals.feature.tsx';
import { talksFeature } from './talks/talks.feature.tsx';

const PARTS: readonly Feature[] = [referralsFeature, courseFeature, documentationFeature, talksFeature];

export const coursesFeature: Feature = {
  routes: PARTS.flatMap((p) => p.routes),
  nav: PARTS.flatMap((p) => p.nav),
  startSections: PARTS.flatMap((p) => p.startSections),
};

export { billingFeature };
