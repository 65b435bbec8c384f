// UI texts of the tenders feature (i18next namespace "tenders"): Danish, and English with the same keys.
export const da = { title: 'tenders' };
export const en: typeof da = { title: 'tenders' };
