import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  evaluateRule,
  factsFromCpr,
  isInForce,
  validParams,
  type EligibilityFacts,
  type EligibilityRule,
} from './eligibility.rules.ts';

// 15 Jun 1990; last digit 4 (even): a woman. Last digit 5: a man.
const WOMAN_1990 = '1506901234';
const MAN_1990 = '1506901235';

const KNOWN: EligibilityFacts = {
  ...factsFromCpr(WOMAN_1990),
  benefitType: 'cash_benefit',
  activityReady: true,
  onBenefitsSince: '2023-01-01',
  minorityBackground: true,
  abuseProblem: true,
};

const rule = (kind: EligibilityRule['kind'], params: Record<string, number> = {}): EligibilityRule => ({
  kind,
  params,
  validFrom: '2020-01-01',
  validTo: null,
});

describe('facts from the CPR number', () => {
  it.each([
    [WOMAN_1990, '1990-06-15', true],
    [MAN_1990, '1990-06-15', false],
    ['0101004000', '2000-01-01', true],
    ['3112571999', '1957-12-31', false],
  ])('%s is born %s, woman: %s', (cpr, birthDate, isWoman) => {
    expect(factsFromCpr(cpr)).toEqual({ birthDate, isWoman });
  });

  it('knows nothing from a missing or invalid number', () => {
    expect(factsFromCpr(null)).toEqual({ birthDate: null, isWoman: null });
    expect(factsFromCpr('3102901234')).toEqual({ birthDate: null, isWoman: null });
  });
});

describe('each rule kind', () => {
  const onDate = '2026-03-01';
  it.each<[string, EligibilityRule, Partial<EligibilityFacts>, boolean | null, string]>([
    [
      'activity-ready on cash benefit',
      rule('activity_ready_cash_benefit'),
      {},
      true,
      'aktivitetsparat kontanthjælpsmodtager',
    ],
    [
      'on sickness benefit',
      rule('activity_ready_cash_benefit'),
      { benefitType: 'sickness_benefit' },
      false,
      'modtager ikke kontanthjælp',
    ],
    [
      'on education benefit, which ceased on 30 Jun 2025 (lov nr. 1655 af 30.12.2024)',
      rule('activity_ready_cash_benefit'),
      { benefitType: 'education_benefit' },
      null,
      'ophørte 30-06-2025',
    ],
    [
      'job-ready',
      rule('activity_ready_cash_benefit'),
      { activityReady: false },
      false,
      'ikke aktivitetsparat',
    ],
    [
      'benefit not recorded',
      rule('activity_ready_cash_benefit'),
      { benefitType: null },
      null,
      'ikke registreret',
    ],
    [
      'not recorded but not on cash benefit',
      rule('activity_ready_cash_benefit'),
      { benefitType: 'none', activityReady: null },
      false,
      'modtager ikke kontanthjælp',
    ],
    [
      '35 years old, at least 30',
      rule('min_age', { years: 30 }),
      {},
      true,
      'Borgeren er 35 år og dermed mindst 30 år.',
    ],
    [
      '35 years old, at least 40',
      rule('min_age', { years: 40 }),
      {},
      false,
      'Borgeren er 35 år, men skal være mindst 40 år.',
    ],
    ['age unknown', rule('min_age', { years: 30 }), { birthDate: null }, null, 'alder'],
    [
      'a woman with minority background',
      rule('women_minority_background'),
      {},
      true,
      'kvinde med minoritetsbaggrund',
    ],
    [
      'a man',
      rule('women_minority_background'),
      { isWoman: false, minorityBackground: null },
      false,
      'en mand',
    ],
    [
      'no minority background',
      rule('women_minority_background'),
      { minorityBackground: false },
      false,
      'ikke minoritetsbaggrund',
    ],
    [
      'minority background not recorded',
      rule('women_minority_background'),
      { minorityBackground: null },
      null,
      'ikke registreret',
    ],
    [
      'on benefits 3 years',
      rule('max_years_on_benefits', { years: 5 }),
      {},
      true,
      'siden 01-01-2023, ikke over 5 år',
    ],
    [
      'on benefits exactly 5 years',
      rule('max_years_on_benefits', { years: 5 }),
      { onBenefitsSince: '2021-03-01' },
      true,
      'ikke over 5 år',
    ],
    [
      'on benefits 5 years and a day',
      rule('max_years_on_benefits', { years: 5 }),
      { onBenefitsSince: '2021-02-28' },
      false,
      'over 5 år',
    ],
    [
      'start on benefits unknown',
      rule('max_years_on_benefits', { years: 5 }),
      { onBenefitsSince: null },
      null,
      'ikke registreret',
    ],
    ['an abuse problem', rule('abuse_problem'), {}, true, 'har et misbrugsproblem'],
    [
      'no abuse problem',
      rule('abuse_problem'),
      { abuseProblem: false },
      false,
      'ikke et registreret misbrugsproblem',
    ],
    ['abuse not recorded', rule('abuse_problem'), { abuseProblem: null }, null, 'ikke registreret'],
  ])('%s', (_name, r, facts, ok, reason) => {
    const result = evaluateRule(r, { ...KNOWN, ...facts }, onDate);
    expect(result.ok).toBe(ok);
    expect(result.reason).toContain(reason);
  });

  it('gives the reason in English when asked', () => {
    const result = evaluateRule(rule('min_age', { years: 40 }), KNOWN, onDate, 'en');
    expect(result.reason).toBe('The citizen is 35 but must be at least 40.');
  });
});

describe('rule versions', () => {
  // Trædesten model: from 2023 "over 30"; a changed version from 1 Jul 2026 asks for 40.
  const rules: EligibilityRule[] = [
    { id: 'a', kind: 'activity_ready_cash_benefit', params: {}, validFrom: '2021-01-01', validTo: null },
    { id: 'old', kind: 'min_age', params: { years: 30 }, validFrom: '2023-01-01', validTo: '2026-06-30' },
    { id: 'new', kind: 'min_age', params: { years: 40 }, validFrom: '2026-07-01', validTo: null },
  ];

  it.each([
    ['2022-12-31', ['a'], true],
    ['2023-01-01', ['a', 'old'], true],
    ['2026-06-30', ['a', 'old'], true],
    ['2026-07-01', ['a', 'new'], false],
  ])('on %s the rules %j are in force, eligible: %s', (onDate, ids, eligible) => {
    const check = checkEligibility(rules, KNOWN, onDate);
    expect(check.results.map((r) => r.ruleId)).toEqual(ids);
    expect(check.eligible).toBe(eligible);
  });

  it('counts no rule before the first version and says the programme has no requirement', () => {
    const check = checkEligibility(rules, KNOWN, '2020-12-31');
    expect(check).toMatchObject({ eligible: true, results: [] });
    expect(check.note).toContain('ingen målgruppekrav');
  });

  it('includes both ends of a version', () => {
    expect(isInForce({ validFrom: '2023-01-01', validTo: '2023-12-31' }, '2023-01-01')).toBe(true);
    expect(isInForce({ validFrom: '2023-01-01', validTo: '2023-12-31' }, '2023-12-31')).toBe(true);
    expect(isInForce({ validFrom: '2023-01-01', validTo: '2023-12-31' }, '2024-01-01')).toBe(false);
  });
});

describe('the whole check', () => {
  const sydhavnen: EligibilityRule[] = [
    rule('activity_ready_cash_benefit'),
    rule('max_years_on_benefits', { years: 5 }),
    rule('abuse_problem'),
  ];

  it.each<[string, Partial<EligibilityFacts>, boolean | null]>([
    ['all met', {}, true],
    ['one unknown', { abuseProblem: null }, null],
    ['one failed and one unknown', { abuseProblem: null, activityReady: false }, false],
  ])('%s → eligible %s', (_name, facts, eligible) => {
    expect(checkEligibility(sydhavnen, { ...KNOWN, ...facts }, '2026-03-01').eligible).toBe(eligible);
  });

  it('is false whenever any rule fails, whatever the others say', () => {
    const fact = fc.constantFrom(true, false, null);
    fc.assert(
      fc.property(fact, fact, (activityReady, abuseProblem) => {
        const check = checkEligibility(sydhavnen, { ...KNOWN, activityReady, abuseProblem }, '2026-03-01');
        const oks = check.results.map((r) => r.ok);
        expect(check.eligible === false).toBe(oks.includes(false));
        expect(check.eligible === true).toBe(oks.every((ok) => ok === true));
      }),
    );
  });
});

describe('rule parameters', () => {
  it.each<[EligibilityRule['kind'], Record<string, number>, boolean]>([
    ['min_age', { years: 30 }, true],
    ['min_age', {}, false],
    ['min_age', { years: 30.5 }, false],
    ['max_years_on_benefits', { years: -1 }, false],
    ['max_years_on_benefits', { years: 5, other: 1 }, false],
    ['abuse_problem', {}, true],
    ['abuse_problem', { years: 1 }, false],
  ])('%s with %j is valid: %s', (kind, params, valid) => {
    expect(validParams(kind, params)).toBe(valid);
  });
});

// Lov nr. 1655 af 30.12.2024: from 1 Jul 2025 uddannelseshjælp and selvforsørgelses- og hjemrejseydelse
// became kontanthjælp (aktivloven §§ 16-20). The benefit is judged by the types in force on the date.
describe('the cash-benefit rule on either side of the reform of 1 July 2025', () => {
  it.each([
    ['cash_benefit', '2025-06-30', true, 'Borgeren er aktivitetsparat kontanthjælpsmodtager.'],
    ['cash_benefit', '2025-07-01', true, 'Borgeren er aktivitetsparat kontanthjælpsmodtager.'],
    ['education_benefit', '2025-06-30', false, 'Borgeren modtager ikke kontanthjælp.'],
    ['integration_benefit', '2025-06-30', false, 'Borgeren modtager ikke kontanthjælp.'],
    ['education_benefit', '2025-07-01', null, 'Den registrerede forsørgelse ophørte 30-06-2025'],
    ['integration_benefit', '2026-03-02', null, 'Den registrerede forsørgelse ophørte 30-06-2025'],
    ['sickness_benefit', '2025-06-30', false, 'Borgeren modtager ikke kontanthjælp.'],
    ['sickness_benefit', '2025-07-01', false, 'Borgeren modtager ikke kontanthjælp.'],
    ['none', '2025-07-01', false, 'Borgeren modtager ikke kontanthjælp.'],
  ] as const)('%s on %s: %s', (benefitType, onDate, ok, reason) => {
    const result = evaluateRule(rule('activity_ready_cash_benefit'), { ...KNOWN, benefitType }, onDate);
    expect(result.ok).toBe(ok);
    expect(result.reason).toContain(reason);
  });

  it('says in English that a recorded benefit has ceased', () => {
    const facts = { ...KNOWN, benefitType: 'education_benefit' as const };
    const result = evaluateRule(rule('activity_ready_cash_benefit'), facts, '2025-08-01', 'en');
    expect(result.reason).toBe(
      'The recorded benefit ceased on 30-06-2025 and became cash benefit (aktivloven §§ 16-20). Record the benefit on the date.',
    );
  });

  it('makes a citizen with a ceased benefit unknown, not ineligible, on a date after the reform', () => {
    const facts = { ...KNOWN, benefitType: 'education_benefit' as const };
    expect(checkEligibility([rule('activity_ready_cash_benefit')], facts, '2025-07-01').eligible).toBeNull();
    expect(checkEligibility([rule('activity_ready_cash_benefit')], facts, '2025-06-30').eligible).toBe(false);
  });
});
