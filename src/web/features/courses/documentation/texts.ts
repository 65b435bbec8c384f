// UI texts of the courses feature's documentation part (namespace "courses", key "documentation"): Danish and English.
export const da = {
  title: 'documentation',
};

export const en: typeof da = {
  title: 'documentation',
};
