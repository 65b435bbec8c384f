// UI texts of the courses feature's course part (namespace "courses", key "course"): Danish and English.
import { da as base } from './texts.da.ts';
import { en as baseEn } from './texts.en.ts';
import { pauseTextsDa, pauseTextsEn } from './pause-texts.ts';

export const da = { ...base, pause: pauseTextsDa };
export const en: typeof da = { ...baseEn, pause: pauseTextsEn };
