// Bulk imports: providers, courses, placements, plans, the DREAM codebook and DREAM extracts (issue 5).
import type { Feature } from '../../app/feature.ts';
import { ImportPage } from './ImportPage.tsx';

export const importsFeature: Feature = {
  routes: [{ path: '/import', permission: 'import.run', element: <ImportPage /> }],
  nav: [{ to: '/import', permission: 'import.run', label: { da: 'Import', en: 'Import' } }],
  startSections: [],
};
