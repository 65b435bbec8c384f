// The billing part of the courses feature: /afregning, course-weeks × weekly prices per provider and
// month with exports (billing.read: the administration and provider leads).
import type { Feature } from '../../../app/feature.ts';
import { lazyPage } from '../../../app/lazy.tsx';

export const billingFeature: Feature = {
  routes: [
    {
      path: '/afregning',
      permission: 'billing.read',
      element: lazyPage(
        () => import('./BillingPage.tsx'),
        (m) => m.BillingPage,
      ),
    },
  ],
  nav: [{ to: '/afregning', permission: 'billing.read', label: { da: 'Afregning', en: 'Billing' } }],
  startSections: [],
};
