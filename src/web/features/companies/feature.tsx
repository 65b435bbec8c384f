// The company network: companies, each provider's partnerships and local partners, and the
// binding-partnership indicator (seed 003: 10–15 binding company partnerships per provider).
import type { Feature } from '../../app/feature.ts';
import { NetworkOverviewPage } from './NetworkOverviewPage.tsx';
import { NetworkStartSection } from './NetworkStartSection.tsx';
import { ProviderNetworkPage } from './ProviderNetworkPage.tsx';

export const companiesFeature: Feature = {
  routes: [
    { path: '/netvaerk', permission: 'network.read', element: <NetworkOverviewPage /> },
    { path: '/netvaerk/:providerId', permission: 'network.read', element: <ProviderNetworkPage /> },
  ],
  nav: [{ to: '/netvaerk', permission: 'network.read', label: { da: 'Netværk', en: 'Network' } }],
  startSections: [{ key: 'network', permission: 'network.read', element: <NetworkStartSection /> }],
};
