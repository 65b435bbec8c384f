// Eligibility (målgruppe) of a programme: date-versioned rules per tender area, checked against what the
// job centre knows about a citizen on a date (issue 4; seeds 000, 002, 004):
//   activity_ready_cash_benefit  aktivitetsparat kontanthjælpsmodtager (every programme); the benefit is
//                                judged by the benefit types in force on the date (benefit-types.ts);
//   min_age {years}              e.g. 30 or over (Trædesten model), from the CPR number's birth date;
//   women_minority_background    women with a minority background (a tender area);
//   max_years_on_benefits {years} fewer than 5 years on benefits (Sydhavnen outreach);
//   abuse_problem                an abuse problem (Sydhavnen outreach).
// Each result is true, false, or null when a fact is not recorded, with a plain sentence in Danish
// (or English) saying why. Pure: no I/O.
import { benefitTypeLastDay, isBenefitTypeInForce } from '../../../shared/courses/benefit-types.ts';
import { parseCpr } from '../../../shared/cpr.ts';
import { ageOn } from '../../../shared/dates.ts';
import { isRuleYears, KINDS_WITH_YEARS, RULE_KINDS } from '../../../shared/courses/rule-kinds.ts';
import { translate, type Language } from '../../../shared/messages.ts';
import type { BenefitType, EligibilityRuleKind } from '../../platform/db/schema.ts';

export interface EligibilityRule {
  id?: string;
  kind: EligibilityRuleKind;
  params: Record<string, number>;
  validFrom: string;
  validTo: string | null;
}

/** What the check needs to know: from the CPR number and from the job centre's recorded circumstances. */
export interface EligibilityFacts {
  birthDate: string | null;
  isWoman: boolean | null;
  benefitType: BenefitType | null;
  activityReady: boolean | null;
  onBenefitsSince: string | null;
  minorityBackground: boolean | null;
  abuseProblem: boolean | null;
}

export interface RuleResult {
  ruleId: string | null;
  kind: EligibilityRuleKind;
  params: Record<string, number>;
  /** null: a fact the rule needs is not recorded. */
  ok: boolean | null;
  reason: string;
}

export interface EligibilityCheck {
  /** true when every rule in force is met; false when one is not; null when none fails but one is unknown. */
  eligible: boolean | null;
  results: RuleResult[];
  /** Shown when no rule is in force (the programme then has no requirement). */
  note: string | null;
}

/** Birth date and sex from a CPR number: the last digit is even for women (the CPR convention). */
export function factsFromCpr(cpr: string | null): Pick<EligibilityFacts, 'birthDate' | 'isWoman'> {
  const parsed = cpr === null ? null : parseCpr(cpr, '9999-12-31');
  if (!parsed?.ok) return { birthDate: null, isWoman: null };
  return { birthDate: parsed.birthDate, isWoman: Number(parsed.cpr[9]) % 2 === 0 };
}

/** Is the rule in force on the date (valid_from ≤ date ≤ valid_to)? */
export function isInForce(rule: Pick<EligibilityRule, 'validFrom' | 'validTo'>, onDate: string): boolean {
  return rule.validFrom <= onDate && (rule.validTo === null || onDate <= rule.validTo);
}

export function rulesInForce<T extends EligibilityRule>(rules: readonly T[], onDate: string): T[] {
  return rules.filter((rule) => isInForce(rule, onDate));
}

/** 'dd-mm-åååå', the way the web shows dates. */
function danishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** Three-valued AND: false wins over unknown, unknown over true. */
function all(values: readonly (boolean | null)[]): boolean | null {
  if (values.includes(false)) return false;
  if (values.includes(null)) return null;
  return true;
}

function yearsParam(rule: EligibilityRule): number {
  const years = rule.params.years;
  return typeof years === 'number' && Number.isFinite(years) ? years : 0;
}

/** Calendar years back from a date (29 Feb − 1 year = 28 Feb). */
function yearsBefore(onDate: string, years: number): string {
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The last day of a type that is no longer in force on the date, or null. */
function ceasedBy(type: BenefitType, onDate: string): string | null {
  return isBenefitTypeInForce(type, onDate) ? null : benefitTypeLastDay(type);
}

type Outcome = { ok: boolean | null; key: string; params?: Record<string, string | number> };

function judge(rule: EligibilityRule, facts: EligibilityFacts, onDate: string): Outcome {
  const prefix = `referral.eligibility.${rule.kind}`;
  switch (rule.kind) {
    case 'activity_ready_cash_benefit': {
      // The benefit is judged by the version in force on the date (lov nr. 1655 af 30.12.2024): a type
      // that had ceased by then (uddannelseshjælp on a date from 1 Jul 2025) says nothing about today.
      const lastDay = facts.benefitType === null ? null : ceasedBy(facts.benefitType, onDate);
      if (lastDay)
        return { ok: null, key: `${prefix}.benefit_ceased`, params: { lastDay: danishDate(lastDay) } };
      const cash = facts.benefitType === null ? null : facts.benefitType === 'cash_benefit';
      const ok = all([cash, facts.activityReady]);
      if (ok === true) return { ok, key: `${prefix}.ok` };
      if (cash === false) return { ok: false, key: `${prefix}.not_cash_benefit` };
      if (facts.activityReady === false) return { ok: false, key: `${prefix}.not_activity_ready` };
      return { ok: null, key: `${prefix}.unknown` };
    }
    case 'min_age': {
      const years = yearsParam(rule);
      if (facts.birthDate === null) return { ok: null, key: `${prefix}.unknown` };
      const age = ageOn(facts.birthDate, onDate);
      return age >= years
        ? { ok: true, key: `${prefix}.ok`, params: { age, years } }
        : { ok: false, key: `${prefix}.too_young`, params: { age, years } };
    }
    case 'women_minority_background': {
      const ok = all([facts.isWoman, facts.minorityBackground]);
      if (ok === true) return { ok, key: `${prefix}.ok` };
      if (facts.isWoman === false) return { ok: false, key: `${prefix}.not_woman` };
      if (facts.minorityBackground === false) return { ok: false, key: `${prefix}.no_minority_background` };
      return { ok: null, key: `${prefix}.unknown` };
    }
    case 'max_years_on_benefits': {
      const years = yearsParam(rule);
      if (facts.onBenefitsSince === null) return { ok: null, key: `${prefix}.unknown` };
      // Seed 004 "less than 5 years": a start more than N years before the date fails.
      const since = danishDate(facts.onBenefitsSince);
      return facts.onBenefitsSince < yearsBefore(onDate, years)
        ? { ok: false, key: `${prefix}.too_long`, params: { since, years } }
        : { ok: true, key: `${prefix}.ok`, params: { since, years } };
    }
    case 'abuse_problem': {
      if (facts.abuseProblem === null) return { ok: null, key: `${prefix}.unknown` };
      return facts.abuseProblem ? { ok: true, key: `${prefix}.ok` } : { ok: false, key: `${prefix}.no` };
    }
  }
}

export function evaluateRule(
  rule: EligibilityRule,
  facts: EligibilityFacts,
  onDate: string,
  language: Language = 'da',
): RuleResult {
  const outcome = judge(rule, facts, onDate);
  return {
    ruleId: rule.id ?? null,
    kind: rule.kind,
    params: rule.params,
    ok: outcome.ok,
    reason: translate(language, outcome.key, outcome.params ?? {}),
  };
}

const KIND_ORDER = new Map<EligibilityRuleKind, number>(RULE_KINDS.map((kind, i) => [kind, i]));

/** Checks the citizen against the rules in force on the date, in a fixed order of kinds. */
export function checkEligibility(
  rules: readonly EligibilityRule[],
  facts: EligibilityFacts,
  onDate: string,
  language: Language = 'da',
): EligibilityCheck {
  const inForce = rulesInForce(rules, onDate).sort(
    (a, b) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || a.validFrom.localeCompare(b.validFrom),
  );
  const results = inForce.map((rule) => evaluateRule(rule, facts, onDate, language));
  return {
    eligible: all(results.map((r) => r.ok)),
    results,
    note: results.length === 0 ? translate(language, 'referral.eligibility.no_rules') : null,
  };
}

/** Are the params right for the kind ({years} whole 0–100 for the kinds that need it, nothing else)? */
export function validParams(kind: EligibilityRuleKind, params: Record<string, number>): boolean {
  if (!KINDS_WITH_YEARS.includes(kind)) return Object.keys(params).length === 0;
  return Object.keys(params).length === 1 && isRuleYears(params.years);
}
