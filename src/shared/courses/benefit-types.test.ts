import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BENEFIT_TYPE_RULES,
  BENEFIT_TYPES,
  benefitChoices,
  benefitRuleOn,
  benefitTypeLastDay,
  benefitTypeReplacement,
  benefitTypesOn,
  isBenefitTypeChangeAllowed,
  isBenefitTypeInForce,
  type BenefitType,
} from './benefit-types.ts';

const OLD_ONLY: BenefitType[] = ['education_benefit', 'integration_benefit'];
const AFTER: BenefitType[] = ['cash_benefit', 'sickness_benefit', 'other', 'none'];

describe('benefit types by date (lov nr. 1655 af 30.12.2024, aktivloven §§ 16-20)', () => {
  it.each([
    ['2014-01-01', BENEFIT_TYPES],
    ['2025-06-30', BENEFIT_TYPES],
    ['2025-07-01', AFTER],
    ['2026-02-01', AFTER],
  ])('on %s the types are %j', (date, types) => {
    expect(benefitTypesOn(date)).toEqual(types);
  });

  it.each([
    ['education_benefit', '2025-06-30', true],
    ['education_benefit', '2025-07-01', false],
    ['integration_benefit', '2025-06-30', true],
    ['integration_benefit', '2025-07-01', false],
    ['cash_benefit', '2025-06-30', true],
    ['cash_benefit', '2025-07-01', true],
    ['sickness_benefit', '2025-07-01', true],
  ] as const)('%s on %s is in force: %s', (type, date, inForce) => {
    expect(isBenefitTypeInForce(type, date)).toBe(inForce);
  });

  it('names the act, the number and date, and what is not verified, in the reform version', () => {
    const version = benefitRuleOn('2025-07-01');
    expect(version.validFrom).toBe('2025-07-01');
    expect(version.source).toContain('Lov nr. 1655 af 30.12.2024');
    expect(version.source).toContain('§§ 16-20');
    expect(version.source).toContain('Ikke verificeret');
  });

  it('gives the last day and the replacement of a ceased type, and none for a type in force', () => {
    for (const type of OLD_ONLY) {
      expect(benefitTypeLastDay(type)).toBe('2025-06-30');
      expect(benefitTypeReplacement(type)).toBe('cash_benefit');
    }
    for (const type of AFTER) {
      expect(benefitTypeLastDay(type)).toBeNull();
      expect(benefitTypeReplacement(type)).toBeNull();
    }
  });

  it('every date has exactly one version, and a version after the first only drops types it replaces', () => {
    const sorted = [...BENEFIT_TYPE_RULES].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
    sorted.slice(1).forEach((version, i) => {
      const dropped = sorted[i]!.rules.types.filter((type) => !version.rules.types.includes(type));
      expect(Object.keys(version.rules.replaces).sort()).toEqual([...dropped].sort());
    });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(benefitTypesOn(iso)).toContain('cash_benefit');
        },
      ),
    );
  });
});

describe('changing the recorded benefit', () => {
  it.each([
    [null, 'education_benefit', '2025-06-30', true, 'an old type before the reform'],
    [null, 'education_benefit', '2025-07-01', false, 'an old type chosen anew after the reform'],
    ['cash_benefit', 'integration_benefit', '2026-01-05', false, 'a switch to an old type after the reform'],
    ['education_benefit', 'education_benefit', '2026-01-05', true, 'the old value kept as it was'],
    ['education_benefit', 'cash_benefit', '2026-01-05', true, 'the old value replaced by kontanthjælp'],
    ['education_benefit', null, '2026-01-05', true, 'the old value cleared'],
  ] as const)('%s → %s on %s: %s (%s)', (previous, next, date, allowed, _why) => {
    expect(isBenefitTypeChangeAllowed(previous, next, date)).toBe(allowed);
  });
});

describe('the choices a form offers', () => {
  it.each([
    ['2025-06-30', null, BENEFIT_TYPES, []],
    ['2025-07-01', null, AFTER, []],
    ['2025-07-01', 'cash_benefit', AFTER, []],
    ['2025-07-01', 'education_benefit', [...AFTER, 'education_benefit'], ['education_benefit']],
    ['2025-06-30', 'education_benefit', BENEFIT_TYPES, []],
  ] as const)('on %s with %s recorded: %j, marked ceased %j', (date, recorded, types, marked) => {
    const choices = benefitChoices(date, recorded);
    expect(choices.map((c) => c.type)).toEqual(types);
    expect(choices.filter((c) => c.lastDay === '2025-06-30').map((c) => c.type)).toEqual(marked);
  });
});
