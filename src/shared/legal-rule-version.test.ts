import { describe, expect, it } from 'vitest';
import { ruleInForce, ruleSourceIn, type RuleVersion } from './legal-rule-version.ts';

const versions: RuleVersion<{ days: number }>[] = [
  {
    validFrom: '2020-01-01',
    source: 'LAB § 31: senest 1 uge',
    sourceEn: 'LAB § 31: within 1 week',
    rules: { days: 7 },
  },
  { validFrom: '2026-07-01', source: 'Lov nr. 1750: uden oversættelse', rules: { days: 7 } },
];

describe('rule versions', () => {
  it('picks the newest version in force on the day', () => {
    expect(ruleInForce(versions, '2026-06-30').validFrom).toBe('2020-01-01');
    expect(ruleInForce(versions, '2026-07-01').validFrom).toBe('2026-07-01');
  });

  it('shows a stored source in the reader language, Danish where there is no English text', () => {
    expect(ruleSourceIn(versions, 'LAB § 31: senest 1 uge', 'en')).toBe('LAB § 31: within 1 week');
    expect(ruleSourceIn(versions, 'LAB § 31: senest 1 uge', 'da')).toBe('LAB § 31: senest 1 uge');
    expect(ruleSourceIn(versions, 'Lov nr. 1750: uden oversættelse', 'en')).toBe(
      'Lov nr. 1750: uden oversættelse',
    );
    expect(ruleSourceIn(versions, 'ukendt kilde', 'en')).toBe('ukendt kilde');
  });
});
