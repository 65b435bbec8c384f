// UI texts of the courses feature (i18next namespace "courses"), one key per part:
// t('referrals.title'), t('rules.title'), t('course.title'), t('documentation.…'), t('talks.…'), t('billing.…').
import * as basis from './billing/basis-texts.ts';
import * as billing from './billing/texts.ts';
import * as course from './course/texts.ts';
import * as documentation from './documentation/texts.ts';
import * as referrals from './referrals/texts.ts';
import * as rules from './referrals/rules-texts.ts';
import * as suggestions from './referrals/suggestion-texts.ts';
import * as talks from './talks/texts.ts';

export const da = {
  referrals: referrals.da,
  rules: rules.da,
  suggestions: suggestions.da,
  course: course.da,
  documentation: documentation.da,
  talks: talks.da,
  billing: billing.da,
  basis: basis.da,
};

export const en: typeof da = {
  referrals: referrals.en,
  rules: rules.en,
  suggestions: suggestions.en,
  course: course.en,
  documentation: documentation.en,
  talks: talks.en,
  billing: billing.en,
  basis: basis.en,
};
