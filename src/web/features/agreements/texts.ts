// UI texts of the agreements feature (i18next namespace "agreements"): Danish, and English with the same keys.
export const da = { title: 'agreements' };
export const en: typeof da = { title: 'agreements' };
