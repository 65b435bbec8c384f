// The outcomes feature (placeholder until the module is built).
import type { Feature } from '../../app/feature.ts';

export const outcomesFeature: Feature = { routes: [], nav: [], startSections: [] };
