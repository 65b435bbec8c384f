import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIndexation,
  indexedPriceOn,
  indexOre,
  priceHistory,
  type IndexedAgreement,
} from './agreement-indexation.rules.ts';

const AGREEMENT: IndexedAgreement = {
  status: 'active',
  startsOn: '2024-01-01',
  endsOn: '2027-12-31',
  prices: [
    { priceKind: 'programme', validFrom: '2024-01-01', validTo: null, weeklyOre: 200_000 },
    { priceKind: 'aftercare', validFrom: '2024-01-01', validTo: null, weeklyOre: 60_000 },
  ],
  indexations: [
    // Wednesday 15 January 2025: mid-week.
    { effectiveFrom: '2025-01-15', basisPoints: 300 },
    { effectiveFrom: '2026-01-01', basisPoints: 235 },
  ],
};

describe('indexOre: the one rounding rule', () => {
  it.each([
    [200_000, 300, 206_000],
    [206_000, 235, 210_841], // 210 841,0
    [60_001, 250, 61_501], // 61 501,025 → down
    [10_002, 2_495, 12_497], // 12 497,499 → down
    [10_010, 2_495, 12_507], // 12 507,495 → down (half up only from ,5)
    [200, 25, 201], // 200,5 → up
    [200_000, -150, 197_000],
  ])('%i øre indexed by %i basis points is %i øre', (ore, bp, expected) => {
    expect(indexOre(ore, bp)).toBe(expected);
  });

  it('stays within half an øre of the exact result', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (ore, bp) => {
          const exact = (ore * (10_000 + bp)) / 10_000;
          expect(Math.abs(indexOre(ore, bp) - exact)).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });
});

describe('the price in force for a week', () => {
  it.each([
    ['before the first indexation', '2025-01-14', 200_000],
    ['on the effective day, mid-week', '2025-01-15', 206_000],
    ['after the first', '2025-12-31', 206_000],
    ['after both, compounded and rounded per step', '2026-01-01', 210_841],
  ])('%s', (_name, date, expected) => {
    expect(indexedPriceOn(AGREEMENT, 'programme', date)).toEqual({
      weeklyOre: expected,
      baseWeeklyOre: 200_000,
    });
  });

  it('indexes aftercare prices too', () => {
    expect(indexedPriceOn(AGREEMENT, 'aftercare', '2026-06-01')?.weeklyOre).toBe(indexOre(61_800, 235));
  });

  it('does not index a price agreed on or after the indexation took effect', () => {
    const agreement: IndexedAgreement = {
      ...AGREEMENT,
      prices: [
        { priceKind: 'programme', validFrom: '2024-01-01', validTo: '2025-12-31', weeklyOre: 200_000 },
        { priceKind: 'programme', validFrom: '2026-01-01', validTo: null, weeklyOre: 215_000 },
      ],
    };
    expect(indexedPriceOn(agreement, 'programme', '2025-06-02')?.weeklyOre).toBe(206_000);
    expect(indexedPriceOn(agreement, 'programme', '2026-06-01')?.weeklyOre).toBe(215_000);
  });

  it('has no price where the agreement has none', () => {
    expect(indexedPriceOn(AGREEMENT, 'programme', '2028-01-03')).toBeNull();
    expect(indexedPriceOn({ ...AGREEMENT, status: 'draft' }, 'programme', '2025-06-02')).toBeNull();
  });
});

describe('the price history', () => {
  it('keeps the agreed price and lists each indexed price from its effective day', () => {
    const programme = priceHistory(AGREEMENT).filter((s) => s.priceKind === 'programme');
    expect(programme).toEqual([
      expect.objectContaining({ validFrom: '2024-01-01', validTo: '2025-01-14', weeklyOre: 200_000 }),
      expect.objectContaining({ validFrom: '2025-01-15', validTo: '2025-12-31', weeklyOre: 206_000 }),
      expect.objectContaining({ validFrom: '2026-01-01', validTo: null, weeklyOre: 210_841 }),
    ]);
    expect(programme.every((s) => s.baseWeeklyOre === 200_000)).toBe(true);
  });
});

describe('checkIndexation', () => {
  const existing = AGREEMENT.indexations!;
  it.each([
    ['on the agreement’s first day', '2024-01-01', 'indexation.outside_agreement'],
    ['after its end', '2028-01-01', 'indexation.outside_agreement'],
    ['a second one in a year', '2026-07-01', 'indexation.same_year'],
    ['before the last one', '2024-06-01', 'indexation.not_after_last'],
    ['the next year', '2027-01-01', null],
  ])('%s', (_name, date, problem) => {
    expect(checkIndexation(AGREEMENT, existing, date)).toBe(problem);
  });
});
