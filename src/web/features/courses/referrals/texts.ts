// UI texts of the courses feature's referrals part (namespace "courses", key "referrals"): the list of
// referrals, one referral with the provider's decision, referring a citizen (circumstances, programme,
// eligibility, the offer decision), the citizen page's section and the provider's start-page section.
export { da } from './texts.da.ts';
export { en } from './texts.en.ts';
