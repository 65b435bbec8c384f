// UI texts of the courses feature's course part (namespace "courses", key "course"): Danish and English.
export { da } from './texts.da.ts';
export { en } from './texts.en.ts';
