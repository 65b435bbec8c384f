import { describe, expect, it } from 'vitest';
import { testRng } from '../../../../test/support/seed.ts';
import {
  BenefitCodes,
  countedCategory,
  packWeeklyCodeRows,
  packWeeklyCodes,
  unpackWeeklyCodes,
} from './register-codes.ts';
import { REGISTER_CATEGORIES, type RegisterCategory } from './schema-register.ts';

describe('the packed weekly codes', () => {
  it('stores each week as two big-endian bytes and reads them back', () => {
    expect([...packWeeklyCodes([130, 0, 999])]).toEqual([0, 130, 0, 0, 3, 231]);
    expect(unpackWeeklyCodes(packWeeklyCodes([130, 0, 999]))).toEqual([130, 0, 999]);
    expect(unpackWeeklyCodes(packWeeklyCodes([]))).toEqual([]);
  });

  it('packs a batch of rows end to end exactly as row by row', () => {
    const rows = [Int16Array.from([130, 0, 651]), Int16Array.from([0, 999, 881])];
    expect(packWeeklyCodeRows(rows)).toEqual(Buffer.concat(rows.map((codes) => packWeeklyCodes([...codes]))));
    expect(packWeeklyCodeRows([])).toEqual(Buffer.alloc(0));
  });
});

describe('the benefit weeks as bits', () => {
  const codebook = (entries: [number, RegisterCategory][]) => new Map(entries);

  it('marks a week 1 when its code counts as benefit: a benefit code or one the codebook lacks, not 0', () => {
    const codes = new BenefitCodes(
      codebook([
        [130, 'benefit'],
        [651, 'education'],
        [881, 'exit_register'],
      ]),
    );
    expect(codes.bitsOf([130, 0, 651, 999, 881, 130])).toBe('100101');
    expect(codes.bitsOf([])).toBe('');
  });

  it('gives each week the bit countedCategory gives its code, on random codebooks and weeks', () => {
    const rng = testRng('register-codes.test bits');
    for (let round = 0; round < 50; round++) {
      const book = new Map<number, RegisterCategory>();
      for (let code = 1; code < 1000; code++)
        if (rng() < 0.3) book.set(code, REGISTER_CATEGORIES[Math.floor(rng() * REGISTER_CATEGORIES.length)]!);
      const weeks = Array.from({ length: Math.floor(rng() * 400) }, () =>
        rng() < 0.3 ? 0 : Math.floor(rng() * 1000),
      );
      const expected = weeks
        .map((code) => (countedCategory(code, (c) => book.get(c)) === 'benefit' ? '1' : '0'))
        .join('');
      expect(new BenefitCodes(book).bitsOf(weeks)).toBe(expected);
    }
  });

  it('keys the bits by the codes of another category only, in any order', () => {
    const base = new BenefitCodes(
      codebook([
        [130, 'benefit'],
        [651, 'education'],
        [881, 'exit_register'],
      ]),
    );
    const reordered = new BenefitCodes(
      codebook([
        [881, 'exit_register'],
        [651, 'non_benefit'],
        [130, 'benefit'],
      ]),
    );
    // Which other category a code has does not matter to the bits; a new benefit code does not either.
    expect(reordered.key).toBe(base.key);
    const withBenefit = new BenefitCodes(
      codebook([
        [130, 'benefit'],
        [131, 'benefit'],
        [651, 'education'],
        [881, 'exit_register'],
      ]),
    );
    expect(withBenefit.key).toBe(base.key);
    const moved = new BenefitCodes(
      codebook([
        [130, 'education'],
        [651, 'education'],
        [881, 'exit_register'],
      ]),
    );
    expect(moved.key).not.toBe(base.key);
    expect(new BenefitCodes(codebook([])).key).not.toBe(base.key);
  });
});
