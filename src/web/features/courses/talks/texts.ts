// UI texts of the courses feature's talks part (namespace "courses", key "talks"): Danish and English.
export const da = {
  title: 'talks',
};

export const en: typeof da = {
  title: 'talks',
};
