import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateOre,
  formatKroner,
  formatMoney,
  formatThousandKroner,
  parseKroner,
  sumOre,
  toThousandKroner,
} from './money.ts';

describe('money in øre', () => {
  it.each([
    ['1.850', 185_000],
    ['1850', 185_000],
    ['1.850,50', 185_050],
    ['1850,5', 185_050],
    ['1850.50', 185_050],
    ['2.150,00 kr.', 215_000],
    ['575 kr', 57_500],
    ['0,01', 1],
    ['7.000.000', 700_000_000],
  ])('reads %j as %i øre', (input, ore) => {
    expect(parseKroner(input)).toEqual({ ok: true, ore });
  });

  it.each([
    ['', 'money.format'],
    ['abc', 'money.format'],
    ['1,234', 'money.format'],
    ['-5', 'money.negative'],
    ['1.850,505', 'money.format'],
  ])('refuses %j', (input, problem) => {
    expect(parseKroner(input)).toEqual({ ok: false, problem });
  });

  it('reads a dot followed by two digits as decimals, by three as thousands', () => {
    expect(parseKroner('1.85')).toEqual({ ok: true, ore: 185 });
    expect(parseKroner('1.850')).toEqual({ ok: true, ore: 185_000 });
  });

  it('formats the Danish way', () => {
    expect(formatKroner(185_050)).toBe('1.850,50 kr.');
    expect(formatKroner(700_000_000, { unit: false })).toBe('7.000.000,00');
    expect(formatKroner(-5)).toBe('-0,05 kr.');
    expect(formatThousandKroner(120_000_000)).toBe('1.200');
    expect(toThousandKroner(149_999)).toBe(1);
    expect(toThousandKroner(150_000)).toBe(2);
  });

  it('reads back what it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (ore) => {
        const parsed = parseKroner(formatKroner(ore));
        return parsed.ok && parsed.ore === ore;
      }),
      { numRuns: 5000 },
    );
  });

  it('splits a total into parts that add up to exactly the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const parts = allocateOre(total, weights);
          return sumOre(parts) === total && parts.every((p) => Number.isSafeInteger(p) && p >= 0);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('sums exactly where floating-point kroner would drift', () => {
    // 0,10 kr. ten thousand times is 1.000,00 kr. exactly in øre; in floating-point kroner it is not.
    expect(sumOre(Array.from({ length: 10_000 }, () => 10))).toBe(100_000);
    expect(Array.from({ length: 10_000 }, () => 0.1).reduce((a, b) => a + b, 0)).not.toBe(1000);
  });

  it('refuses amounts that are not whole øre', () => {
    expect(() => sumOre([1.5])).toThrow(RangeError);
    expect(() => formatKroner(0.5)).toThrow(RangeError);
  });
});

describe('money in the chosen language', () => {
  it('writes one format per language, never a mix', () => {
    expect(formatMoney(204_000, 'da')).toBe('2.040,00 kr.');
    expect(formatMoney(204_000, 'da', { unit: false })).toBe('2.040,00');
    expect(formatMoney(204_000, 'en')).toBe('DKK 2,040.00');
    expect(formatMoney(204_000, 'en', { unit: false })).toBe('2,040.00');
    expect(formatMoney(-123_456_789, 'en')).toBe('DKK -1,234,567.89');
  });

  it('reads back what it writes in Danish', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (ore) => {
        expect(parseKroner(formatMoney(ore, 'da'))).toEqual({ ok: true, ore });
      }),
    );
  });
});
