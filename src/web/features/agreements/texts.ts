// UI texts of the agreements feature (i18next namespace "agreements"): Danish, and English with the same keys.
// Headings and labels here are the accessible names browser tests and journeys use: change them with care.
export { da } from './texts.da.ts';
export { en } from './texts.en.ts';
