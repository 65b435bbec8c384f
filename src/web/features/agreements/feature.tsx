import type { Feature } from '../../app/feature.ts';

export const agreementsFeature: Feature = { routes: [], nav: [], startSections: [] };
