// The imports feature (placeholder until the module is built).
import type { Feature } from '../../app/feature.ts';

export const importsFeature: Feature = { routes: [], nav: [], startSections: [] };
