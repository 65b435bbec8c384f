// The referrals part of the courses feature: the list of referrals, one referral with the provider's
// decision, referring a citizen, a tender area's eligibility rules, and the provider's start-page count of referrals waiting for an answer.
import type { Feature } from '../../../app/feature.ts';
import { lazyPage } from '../../../app/lazy.tsx';
import { ReferralStartSection } from './ReferralStartSection.tsx';

export const referralsFeature: Feature = {
  routes: [
    {
      path: '/henvisninger',
      permission: 'referral.read',
      element: lazyPage(
        () => import('./ReferralListPage.tsx'),
        (m) => m.ReferralListPage,
      ),
    },
    {
      path: '/henvisninger/:id',
      permission: 'referral.read',
      element: lazyPage(
        () => import('./ReferralPage.tsx'),
        (m) => m.ReferralPage,
      ),
    },
    {
      path: '/udbudsomraader/:areaId/maalgruppekriterier',
      permission: 'agreement.read',
      element: lazyPage(
        () => import('./EligibilityRulesPage.tsx'),
        (m) => m.EligibilityRulesPage,
      ),
    },
    {
      path: '/borgere/:id/henvis',
      permission: 'referral.create',
      element: lazyPage(
        () => import('./ReferCitizenPage.tsx'),
        (m) => m.ReferCitizenPage,
      ),
    },
  ],
  nav: [{ to: '/henvisninger', permission: 'referral.read', label: { da: 'Henvisninger', en: 'Referrals' } }],
  startSections: [
    { key: 'referrals-waiting', permission: 'referral.decide', element: <ReferralStartSection /> },
  ],
};
