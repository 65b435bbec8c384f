// UI texts of the courses feature's billing part (namespace "courses", key "billing"): Danish and English.
export const da = {
  title: 'billing',
};

export const en: typeof da = {
  title: 'billing',
};
