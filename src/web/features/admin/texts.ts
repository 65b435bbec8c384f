// UI texts of the administration pages (i18next namespace "admin"): Danish, and English with the same
// keys. Headings and labels are the accessible names the browser test uses: change them with care.
export { da } from './texts.da.ts';
export { en } from './texts.en.ts';
