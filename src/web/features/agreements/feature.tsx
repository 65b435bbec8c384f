// The agreements feature: providers, tenders with their areas and price bands, framework agreements with
// extensions, notice and weekly prices. Menu items and pages follow agreement.read / agreement.manage.
import './agreements.css';
import type { Feature } from '../../app/feature.ts';
import { AgreementCreatePage } from './AgreementCreatePage.tsx';
import { AgreementListPage } from './AgreementListPage.tsx';
import { AgreementPage } from './AgreementPage.tsx';
import { ProviderCreatePage, ProviderEditPage } from './ProviderFormPage.tsx';
import { ProviderListPage } from './ProviderListPage.tsx';
import { ProviderPage } from './ProviderPage.tsx';
import { ExpiringAgreementsSection, MyAgreementSection } from './StartSections.tsx';
import { TenderCreatePage, TenderEditPage } from './TenderFormPage.tsx';
import { TenderListPage } from './TenderListPage.tsx';
import { TenderPage } from './TenderPage.tsx';

export const agreementsFeature: Feature = {
  routes: [
    { path: '/leverandoerer', permission: 'agreement.read', element: <ProviderListPage /> },
    { path: '/leverandoerer/ny', permission: 'agreement.manage', element: <ProviderCreatePage /> },
    { path: '/leverandoerer/:id', permission: 'agreement.read', element: <ProviderPage /> },
    { path: '/leverandoerer/:id/rediger', permission: 'agreement.manage', element: <ProviderEditPage /> },
    { path: '/rammeaftaler', permission: 'agreement.read', element: <AgreementListPage /> },
    { path: '/rammeaftaler/ny', permission: 'agreement.manage', element: <AgreementCreatePage /> },
    { path: '/rammeaftaler/:id', permission: 'agreement.read', element: <AgreementPage /> },
    { path: '/udbud', permission: 'agreement.read', element: <TenderListPage /> },
    { path: '/udbud/nyt', permission: 'agreement.manage', element: <TenderCreatePage /> },
    { path: '/udbud/:id', permission: 'agreement.read', element: <TenderPage /> },
    { path: '/udbud/:id/rediger', permission: 'agreement.manage', element: <TenderEditPage /> },
  ],
  nav: [
    { to: '/leverandoerer', permission: 'agreement.read', label: { da: 'Leverandører', en: 'Providers' } },
    {
      to: '/rammeaftaler',
      permission: 'agreement.read',
      label: { da: 'Rammeaftaler', en: 'Framework agreements' },
    },
    { to: '/udbud', permission: 'agreement.read', label: { da: 'Udbud', en: 'Tenders' } },
  ],
  startSections: [
    { key: 'agreements-expiring', permission: 'agreement.manage', element: <ExpiringAgreementsSection /> },
    { key: 'agreements-mine', permission: 'agreement.read', element: <MyAgreementSection /> },
  ],
};
