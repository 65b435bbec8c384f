// UI texts of the budgets feature (i18next namespace "budgets"): Danish, and English with the same keys.
export { da } from './texts.da.ts';
export { en } from './texts.en.ts';
