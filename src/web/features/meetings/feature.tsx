// Follow-up with providers (opfølgningsmøder, issue 14): a provider's meetings (reached from the provider's
// page and the menu) and one meeting with its agenda, actions and comments.
import type { Feature } from '../../app/feature.ts';
import { lazyPage } from '../../app/lazy.tsx';

export const meetingsFeature: Feature = {
  routes: [
    {
      path: '/moeder',
      permission: 'meeting.read',
      element: lazyPage(
        () => import('./MeetingsStartPage.tsx'),
        (m) => m.MeetingsStartPage,
      ),
    },
    {
      path: '/leverandoerer/:providerId/moeder',
      permission: 'meeting.read',
      element: lazyPage(
        () => import('./ProviderMeetingsPage.tsx'),
        (m) => m.ProviderMeetingsPage,
      ),
    },
    {
      path: '/moeder/:id',
      permission: 'meeting.read',
      element: lazyPage(
        () => import('./MeetingPage.tsx'),
        (m) => m.MeetingPage,
      ),
    },
  ],
  nav: [
    {
      to: '/moeder',
      permission: 'meeting.read',
      label: { da: 'Opfølgningsmøder', en: 'Follow-up meetings' },
      isActive: (pathname) =>
        pathname.startsWith('/moeder') || /^\/leverandoerer\/[^/]+\/moeder/.test(pathname),
    },
  ],
  startSections: [],
};
