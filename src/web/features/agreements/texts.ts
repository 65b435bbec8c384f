// UI texts of the agreements feature (i18next namespace "agreements"): Danish, and English with the same keys.
// Headings and labels here are the accessible names browser tests and journeys use: change them with care.
import { da as base } from './texts.da.ts';
import { en as baseEn } from './texts.en.ts';
import { promiseTextsDa, promiseTextsEn } from './promise-texts.ts';
import { indexationTextsDa, indexationTextsEn } from './indexation-texts.ts';

export const da = { ...base, ...promiseTextsDa, ...indexationTextsDa };
export const en: typeof da = { ...baseEn, ...promiseTextsEn, ...indexationTextsEn };
