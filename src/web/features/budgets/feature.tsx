import type { Feature } from '../../app/feature.ts';

export const budgetsFeature: Feature = { routes: [], nav: [], startSections: [] };
