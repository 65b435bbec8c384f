import type { Feature } from '../../app/feature.ts';

export const tendersFeature: Feature = { routes: [], nav: [], startSections: [] };
