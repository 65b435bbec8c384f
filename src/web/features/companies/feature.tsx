import type { Feature } from '../../app/feature.ts';

export const companiesFeature: Feature = { routes: [], nav: [], startSections: [] };
