// UI texts of the imports feature (i18next namespace "imports"): Danish, and English with the same keys.
export const da = {
  nav: 'imports',
};

export const en: typeof da = {
  nav: 'imports',
};
