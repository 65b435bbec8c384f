// Amounts typed in the user's language (issue 15): one parse rule for both languages, and the text the API
// reads (Danish) from an amount typed in English.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountForApi, formatMoney, MAX_ORE, parseAmount } from './money.ts';

describe('parseAmount', () => {
  it.each([
    ['2.040,50', 204_050],
    ['2040,5', 204_050],
    ['2.040', 204_000],
    ['2.040,50 kr.', 204_050],
    ['1.234.567', 123_456_700],
  ])('reads Danish "%s" as %i øre', (text, ore) => {
    expect(parseAmount(text, 'da')).toEqual({ ok: true, ore });
  });

  it.each([
    ['2,040.50', 204_050],
    ['2040.5', 204_050],
    ['2,040', 204_000],
    ['DKK 2,040.50', 204_050],
    ['2040,50', 204_050],
    ['1,234,567.89', 123_456_789],
  ])('reads English "%s" as %i øre', (text, ore) => {
    expect(parseAmount(text, 'en')).toEqual({ ok: true, ore });
  });

  it('reads the same text by the language: "2,040" is 2 040 kr. in English and 2,04 kr. in Danish', () => {
    expect(parseAmount('2,040', 'en')).toEqual({ ok: true, ore: 204_000 });
    expect(parseAmount('2,04', 'da')).toEqual({ ok: true, ore: 204 });
    expect(parseAmount('2,040', 'da')).toEqual({ ok: false, problem: 'money.format' });
  });

  it.each([
    ['2.040,50', 'en'],
    ['1.850', 'en'],
    ['abc', 'en'],
    ['2,04,0', 'en'],
    ['', 'en'],
  ] as const)('refuses "%s" in %s', (text, language) => {
    expect(parseAmount(text, language)).toEqual({ ok: false, problem: 'money.format' });
  });

  it('refuses negative and too large amounts in both languages', () => {
    for (const language of ['da', 'en'] as const) {
      expect(parseAmount('-5', language)).toEqual({ ok: false, problem: 'money.negative' });
      expect(parseAmount('99999999999999999', language)).toEqual({ ok: false, problem: 'money.too_large' });
    }
  });

  it('reads back what formatMoney shows, in each language', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_ORE }),
        fc.constantFrom('da', 'en' as const),
        (ore, language) => {
          expect(parseAmount(formatMoney(ore, language, { unit: false }), language)).toEqual({
            ok: true,
            ore,
          });
          expect(parseAmount(formatMoney(ore, language), language)).toEqual({ ok: true, ore });
        },
      ),
    );
  });
});

describe('amountForApi', () => {
  it('gives the API the Danish text of an amount typed in English', () => {
    expect(amountForApi('2,040.50', 'en')).toBe('2.040,50');
    expect(amountForApi('2.040,50', 'da')).toBe('2.040,50');
  });

  it('passes text that is no amount on as typed, for the API to refuse', () => {
    expect(amountForApi('about 2000', 'en')).toBe('about 2000');
  });
});
