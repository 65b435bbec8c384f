// The demo's synthetic CPR numbers: valid dates in the asked range, with or without the modulus-11 check,
// and a range that no number can fall in refused instead of drawn for ever.
import { describe, expect, it } from 'vitest';
import { cprBirthYear, parseCpr, passesModulus11 } from '../../shared/cpr.ts';
import { createRng, syntheticCpr } from './synthetic.ts';

describe('syntheticCpr', () => {
  it('gives numbers that parse, born in the asked years, with or without modulus 11', () => {
    const rng = createRng(7);
    for (let i = 0; i < 200; i++) {
      const modulus11 = i % 3 !== 0;
      const cpr = syntheticCpr(rng, { modulus11, bornFrom: 1985, bornTo: 1990 });
      expect(parseCpr(cpr, '2026-12-06').ok).toBe(true);
      const year = cprBirthYear(Number(cpr.slice(4, 6)), Number(cpr[6]));
      expect(year).toBeGreaterThanOrEqual(1985);
      expect(year).toBeLessThanOrEqual(1990);
      expect(passesModulus11(cpr)).toBe(modulus11);
    }
  });

  it('refuses a range without a year before 2000, and one outside 1900', () => {
    const rng = createRng(1);
    expect(() => syntheticCpr(rng, { bornFrom: 2000, bornTo: 2000 })).toThrow(RangeError);
    expect(() => syntheticCpr(rng, { bornFrom: 1899, bornTo: 1950 })).toThrow(RangeError);
    expect(() => syntheticCpr(rng, { bornFrom: 1990, bornTo: 1980 })).toThrow(RangeError);
  });
});
