// UI texts of the budgets feature (i18next namespace "budgets"): Danish, and English with the same keys.
export const da = { title: 'budgets' };
export const en: typeof da = { title: 'budgets' };
