// UI texts of the companies feature (i18next namespace "companies"): Danish, and English with the same keys.
export const da = { title: 'companies' };
export const en: typeof da = { title: 'companies' };
