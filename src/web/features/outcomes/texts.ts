// UI texts of the outcomes feature (i18next namespace "outcomes"): Danish, and English with the same keys.
export const da = {
  nav: 'outcomes',
};

export const en: typeof da = {
  nav: 'outcomes',
};
