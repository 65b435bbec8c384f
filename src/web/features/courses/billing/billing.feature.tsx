// The billing part of the courses feature: its pages, menu items and start-page sections.
import type { Feature } from '../../../app/feature.ts';

export const billingFeature: Feature = { routes: [], nav: [], startSections: [] };
