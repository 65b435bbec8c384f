// The benefit (forsørgelse) a citizen receives, as date-versioned rules (docs/legal-rules.md): from
// 1 July 2025 uddannelseshjælp and selvforsørgelses- og hjemrejseydelse / overgangsydelse became
// kontanthjælp (aktivloven §§ 16-20). A value recorded before stays readable; a date after the reform
// offers only the types in force then. Isomorphic and free of zod: the web imports it at runtime.
import { ruleInForce, type RuleVersion } from '../legal-rule-version.ts';

/** Every type ever recorded (the database keeps them all: migration 0006). */
export const BENEFIT_TYPES = [
  'cash_benefit',
  'education_benefit',
  'integration_benefit',
  'sickness_benefit',
  'other',
  'none',
] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export interface BenefitTypeRules {
  /** The types a record made on a date in the version may have. */
  types: readonly BenefitType[];
  /** Types that ceased with this version, and the type that replaced them. */
  replaces: Partial<Record<BenefitType, BenefitType>>;
}

/** The first day of the new kontanthjælp system (lov nr. 1655 af 30.12.2024). */
export const CASH_BENEFIT_REFORM_2025 = '2025-07-01';

export const BENEFIT_TYPE_RULES: readonly RuleVersion<BenefitTypeRules>[] = [
  {
    // No start date: the older history of these benefits (e.g. uddannelseshjælp from 2014) is not modelled.
    validFrom: '0001-01-01',
    source:
      'Lov om aktiv socialpolitik, kap. 4, de tidligere gældende §§ 22-25, jf. lbk. nr. 808 af 25.6.2024 (til og med 30.6.2025): uddannelseshjælp, kontanthjælp, selvforsørgelses- og hjemrejseydelse og overgangsydelse',
    rules: { types: BENEFIT_TYPES, replaces: {} },
  },
  {
    validFrom: CASH_BENEFIT_REFORM_2025,
    source:
      'Lov nr. 1655 af 30.12.2024 (L 13 2024-25, reform af kontanthjælpssystemet), § 1, nr. 1-3 og 5-7 (lovforslaget som fremsat): »selvforsørgelses- og hjemrejseydelse, overgangsydelse eller uddannelses- eller kontanthjælp« ændres til »kontanthjælp efter §§ 16-20«; § 12, nr. 1: »de tidligere gældende §§ 22-25 i lov om aktiv socialpolitik«; aktivloven § 11, stk. 1: kommunen yder hjælp i form af kontanthjælp efter §§ 16-20. Virkning 1.7.2025 (STAR). Ikke verificeret: lovens ikrafttrædelses- og overgangsbestemmelser og ordlyden af § 16 (mindstesats, grundsats, forhøjet sats og sats for hjemmeboende er satser for den samme ydelse, ikke egne ydelser)',
    rules: {
      types: ['cash_benefit', 'sickness_benefit', 'other', 'none'],
      replaces: { education_benefit: 'cash_benefit', integration_benefit: 'cash_benefit' },
    },
  },
];

/** The version in force on a date (every date has one). */
export function benefitRuleOn(
  date: string,
  versions: readonly RuleVersion<BenefitTypeRules>[] = BENEFIT_TYPE_RULES,
): RuleVersion<BenefitTypeRules> {
  return ruleInForce(versions, date);
}

/** The types a record made on `date` may have, in the fixed order of BENEFIT_TYPES. */
export function benefitTypesOn(date: string): readonly BenefitType[] {
  return benefitRuleOn(date).rules.types;
}

export function isBenefitTypeInForce(type: BenefitType, date: string): boolean {
  return benefitTypesOn(date).includes(type);
}

/** The last day a type existed (the day before the version that replaced it), or null while it exists. */
export function benefitTypeLastDay(
  type: BenefitType,
  versions: readonly RuleVersion<BenefitTypeRules>[] = BENEFIT_TYPE_RULES,
): string | null {
  const replacing = [...versions]
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
    .find((version) => version.rules.replaces[type] !== undefined);
  if (!replacing) return null;
  const day = new Date(`${replacing.validFrom}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** What replaced a ceased type (kontanthjælp for uddannelseshjælp), or null. */
export function benefitTypeReplacement(type: BenefitType): BenefitType | null {
  for (const version of BENEFIT_TYPE_RULES) {
    const replacement = version.rules.replaces[type];
    if (replacement) return replacement;
  }
  return null;
}

/**
 * May a record made on `onDate` change the benefit from `previous` to `next`? A type not in force on
 * the date is refused, unless it is the value already recorded (kept readable, not re-chosen).
 */
export function isBenefitTypeChangeAllowed(
  previous: BenefitType | null,
  next: BenefitType | null,
  onDate: string,
): boolean {
  return next === null || next === previous || isBenefitTypeInForce(next, onDate);
}

export interface BenefitChoice {
  type: BenefitType;
  /** The last day of a ceased type kept as the recorded value; null for a type in force. */
  lastDay: string | null;
}

/**
 * The benefit types a form offers on `onDate`: those in force, plus the recorded value when it has
 * ceased (readable, marked with its last day, not offered to anyone else).
 */
export function benefitChoices(onDate: string, recorded: BenefitType | null): BenefitChoice[] {
  const choices: BenefitChoice[] = benefitTypesOn(onDate).map((type) => ({ type, lastDay: null }));
  if (recorded && !isBenefitTypeInForce(recorded, onDate)) {
    choices.push({ type: recorded, lastDay: benefitTypeLastDay(recorded) });
  }
  return choices;
}
