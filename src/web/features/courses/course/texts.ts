// UI texts of the courses feature's course part (namespace "courses", key "course"): Danish and English.
export const da = {
  title: 'course',
};

export const en: typeof da = {
  title: 'course',
};
