// The kinds of eligibility rule (målgruppekriterium) a tender area can have, in the order they are
// checked and shown, and which of them carry a number of years. No zod here: the pages import it too.
export const RULE_KINDS = [
  'activity_ready_cash_benefit',
  'min_age',
  'women_minority_background',
  'max_years_on_benefits',
  'abuse_problem',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** Kinds whose params carry {years}: the minimum age, the most years on public benefits. */
export const KINDS_WITH_YEARS: readonly RuleKind[] = ['min_age', 'max_years_on_benefits'];

/** A rule's years: a whole number from 0 to 100. */
export function isRuleYears(years: unknown): years is number {
  return typeof years === 'number' && Number.isInteger(years) && years >= 0 && years <= 100;
}
