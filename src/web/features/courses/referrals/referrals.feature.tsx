// The referrals part of the courses feature: its pages, menu items and start-page sections.
import type { Feature } from '../../../app/feature.ts';

export const referralsFeature: Feature = { routes: [], nav: [], startSections: [] };
