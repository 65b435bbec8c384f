import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandRangeText, checkPriceLevel, shortKroner, type PriceBandLike } from './price-level.ts';

// Seed 002's bands (the administration's estimate) and a real cap on the programme price.
const bands: PriceBandLike[] = [
  { priceKind: 'programme', minWeeklyOre: 185_000, maxWeeklyOre: 215_000 },
  { priceKind: 'aftercare', minWeeklyOre: 57_500, maxWeeklyOre: 70_000 },
];
const caps = { programme: 240_000, aftercare: null };

describe('checkPriceLevel', () => {
  it.each([
    ['programme', 185_000, 'within'],
    ['programme', 215_000, 'within'],
    ['programme', 184_999, 'outside_band'],
    ['programme', 221_000, 'outside_band'],
    ['programme', 240_000, 'outside_band'],
    ['programme', 240_001, 'above_cap'],
    ['aftercare', 70_050, 'outside_band'],
    ['aftercare', 5_000_000, 'outside_band'],
  ] as const)('puts %s at %i øre: %s', (kind, ore, expected) => {
    expect(checkPriceLevel(bands, caps, kind, ore).kind).toBe(expected);
  });

  it('warns with the band of the kind, and ignores kinds without band or cap', () => {
    expect(checkPriceLevel(bands, caps, 'aftercare', 50_000)).toEqual({
      kind: 'outside_band',
      band: bands[1],
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (ore) => {
        expect(checkPriceLevel([], null, 'programme', ore)).toEqual({ kind: 'within' });
        expect(checkPriceLevel(bands.slice(0, 1), null, 'aftercare', ore)).toEqual({ kind: 'within' });
      }),
    );
  });

  it('refuses above a cap whatever the band says', () => {
    fc.assert(
      fc.property(fc.integer({ min: 240_001, max: 10_000_000 }), (ore) => {
        expect(checkPriceLevel(bands, caps, 'programme', ore).kind).toBe('above_cap');
        expect(checkPriceLevel([], caps, 'programme', ore).kind).toBe('above_cap');
      }),
    );
  });
});

describe('band texts', () => {
  it('writes whole kroner without øre, as the tender papers do', () => {
    expect(bandRangeText(bands[0]!)).toBe('1.850–2.150 kr.');
    expect(bandRangeText(bands[1]!)).toBe('575–700 kr.');
    expect(shortKroner(185_050)).toBe('1.850,50');
  });
});
