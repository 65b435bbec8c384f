// UI texts of the courses feature's referrals part (namespace "courses", key "referrals"): Danish and English.
export const da = {
  title: 'referrals',
};

export const en: typeof da = {
  title: 'referrals',
};
