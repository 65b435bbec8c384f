import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ORE } from '../money.ts';
import { formatThousandKronerInput, parseThousandKroner } from './thousands.ts';

describe('amounts in 1.000 kr.', () => {
  it.each([
    ['1.700', 170_000_000],
    ['1700', 170_000_000],
    ['1.700,5', 170_050_000],
    ['0,00001', 1],
    ['-500', -50_000_000],
    [' 6.700 ', 670_000_000],
  ])('reads %j as %i øre', (input, ore) => {
    expect(parseThousandKroner(input)).toEqual({ ok: true, ore });
  });

  it.each(['', 'abc', '1,234567', '1.70', '1.700.5'])('refuses %j', (input) => {
    expect(parseThousandKroner(input)).toEqual({ ok: false, problem: 'money.format' });
  });

  it('reads back exactly what it writes, for every amount in øre', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_ORE, max: MAX_ORE }), (ore) => {
        expect(parseThousandKroner(formatThousandKronerInput(ore))).toEqual({ ok: true, ore });
      }),
    );
  });

  it('writes whole thousands as the tables print them', () => {
    expect(formatThousandKronerInput(120_000_000)).toBe('1.200');
    expect(formatThousandKronerInput(-50_000_000)).toBe('-500');
  });
});
