import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluatedPrice,
  pricePoints,
  qualityScore,
  scoreArea,
  type Bid,
  type PriceModel,
  type TenderModel,
} from './scoring.rules.ts';

const S = 10;

function tender(bids: Bid[], overrides: Partial<TenderModel> = {}): TenderModel {
  return {
    weights: { quality: 0.8, price: 0.2 },
    scale: { min: 0, max: S },
    qualityCriteria: [
      { id: 'a', name: 'A', weight: 0.4 },
      { id: 'b', name: 'B', weight: 0.4 },
      { id: 'c', name: 'C', weight: 0.2 },
    ],
    priceModel: { type: 'proportional' },
    priceElements: [{ id: 'programme', volume: 1 }],
    areas: [{ id: 'x', name: 'X', select: 2 }],
    bids,
    alternatives: [],
    ...overrides,
  };
}

const bid = (bidder: string, price: number, points: [number, number, number]): Bid => ({
  bidder,
  area: 'x',
  prices: { programme: price },
  quality: { a: points[0], b: points[1], c: points[2] },
});

describe('price models', () => {
  it.each<[string, PriceModel, number, number, number]>([
    ['proportional: the lowest price gets full points', { type: 'proportional' }, 1850, 1850, 10],
    ['proportional: S × Pmin / P', { type: 'proportional' }, 2000, 1600, 8],
    ['linear: 0 points at twice the lowest price', { type: 'linear', slope: 1 }, 3700, 1850, 0],
    ['linear: S − S × (P − Pmin)/Pmin', { type: 'linear', slope: 1 }, 2035, 1850, 9],
    ['linear: slope 2 reaches 0 at +50 %', { type: 'linear', slope: 2 }, 2775, 1850, 0],
    ['linear: never below 0', { type: 'linear', slope: 1 }, 5000, 1850, 0],
    [
      'interval: the best anchor gets full points',
      { type: 'interval', best: 1850, worst: 2150 },
      1850,
      1850,
      10,
    ],
    ['interval: halfway gives half', { type: 'interval', best: 1850, worst: 2150 }, 2000, 1850, 5],
    ['interval: a price above worst gets 0', { type: 'interval', best: 1850, worst: 2150 }, 2300, 1850, 0],
    [
      'interval: a price below best gets no more than S',
      { type: 'interval', best: 1850, worst: 2150 },
      1700,
      1700,
      10,
    ],
  ])('%s', (_name, model, price, lowest, expected) => {
    expect(pricePoints(model, S, price, lowest)).toBeCloseTo(expected, 10);
  });

  it('computes the evaluated price as Σ weekly price × volume, exactly in øre', () => {
    const elements = [
      { id: 'programme', volume: 52 },
      { id: 'aftercare', volume: 13 },
    ];
    expect(evaluatedPrice({ programme: 1950.1, aftercare: 600.2 }, elements)).toBe(1950.1 * 52 + 7802.6);
    expect(
      evaluatedPrice({ programme: 0.1, aftercare: 0.2 }, [
        { id: 'programme', volume: 3 },
        { id: 'aftercare', volume: 0 + 1 },
      ]),
    ).toBe(0.5);
  });

  it('weights quality sub-criteria (40/40/20)', () => {
    expect(qualityScore({ a: 8, b: 9, c: 7 }, tender([]).qualityCriteria)).toBeCloseTo(8.2, 12);
  });
});

describe('ranking', () => {
  it('ranks one bid first and selects it', () => {
    const [only] = scoreArea(tender([bid('Alene', 2000, [5, 5, 5])]), 'x');
    expect(only).toMatchObject({ rank: 1, selected: true, pricePoints: 10, tie: false });
  });

  it('reports bids equal on total, quality and price as a tie sharing a rank', () => {
    const tie = tender([bid('A', 1000, [6, 6, 6]), bid('B', 1000, [6, 6, 6]), bid('C', 1000, [5, 5, 5])], {
      areas: [{ id: 'x', name: 'X', select: 1 }],
    });
    expect(scoreArea(tie, 'x').map((r) => [r.bidder, r.rank, r.tie, r.selected])).toEqual([
      ['A', 1, true, true],
      ['B', 1, true, false],
      ['C', 3, false, false],
    ]);
  });

  it('prefers the lower price when total and quality are equal', () => {
    // Both prices lie below the interval's best anchor, so both get full price points: equal totals and
    // equal quality, and the lower price ranks first.
    const model = tender([bid('Dyrere', 950, [6, 6, 6]), bid('Billigere', 900, [6, 6, 6])], {
      priceModel: { type: 'interval', best: 1000, worst: 3000 },
    });
    expect(scoreArea(model, 'x').map((r) => [r.bidder, r.rank, r.tie])).toEqual([
      ['Billigere', 1, false],
      ['Dyrere', 2, false],
    ]);
  });

  it('prefers the higher quality when totals are equal', () => {
    // A: 0.5·8 + 0.5·10 = 9; B: 0.5·10 + 0.5·8 = 9 (B's price 1250 → 8 points).
    const model = tender([bid('A', 1000, [8, 8, 8]), bid('B', 1250, [10, 10, 10])], {
      weights: { quality: 0.5, price: 0.5 },
    });
    expect(scoreArea(model, 'x').map((r) => [r.bidder, r.rank, r.tie])).toEqual([
      ['B', 1, false],
      ['A', 2, false],
    ]);
  });
});

const points = fc.integer({ min: 0, max: 10 });
const price = fc.integer({ min: 500, max: 5000 });
const bids = fc.array(fc.tuple(price, points, points, points), { minLength: 1, maxLength: 8 });
const models: fc.Arbitrary<PriceModel> = fc.oneof(
  fc.constant<PriceModel>({ type: 'proportional' }),
  fc.double({ min: 0.5, max: 3, noNaN: true }).map<PriceModel>((slope) => ({ type: 'linear', slope })),
  fc.constant<PriceModel>({ type: 'interval', best: 1850, worst: 2150 }),
);
const build = (list: [number, number, number, number][], priceModel: PriceModel) =>
  tender(
    list.map(([p, a, b, c], i) => bid(`T${i}`, p, [a, b, c])),
    { priceModel },
  );

describe('scoring properties', () => {
  it('keeps price points, quality scores and totals within the scale', () => {
    fc.assert(
      fc.property(bids, models, (list, model) =>
        scoreArea(build(list, model), 'x').every(
          (b) =>
            b.pricePoints >= 0 &&
            b.pricePoints <= S + 1e-9 &&
            b.qualityScore >= 0 &&
            b.qualityScore <= S + 1e-9 &&
            b.total <= S + 1e-9,
        ),
      ),
    );
  });

  it('ranks by quality when all prices are equal', () => {
    fc.assert(
      fc.property(bids, models, price, (list, model, samePrice) => {
        const ranked = scoreArea(
          build(
            list.map(([, a, b, c]) => [samePrice, a, b, c]),
            model,
          ),
          'x',
        );
        return ranked.every((r, i) => i === 0 || ranked[i - 1]!.qualityScore >= r.qualityScore - 1e-9);
      }),
    );
  });

  it('leaves proportional and linear price points unchanged when every price is multiplied by a constant', () => {
    fc.assert(
      fc.property(
        bids,
        fc.constantFrom<PriceModel>({ type: 'proportional' }, { type: 'linear', slope: 1.5 }),
        fc.integer({ min: 2, max: 7 }),
        (list, model, factor) => {
          const before = scoreArea(build(list, model), 'x');
          const after = scoreArea(
            build(
              list.map(([p, a, b, c]) => [p * factor, a, b, c]),
              model,
            ),
            'x',
          );
          return before.every(
            (b) => Math.abs(b.pricePoints - after.find((a) => a.bidder === b.bidder)!.pricePoints) < 1e-9,
          );
        },
      ),
    );
  });

  it('selects exactly min(select, number of bids)', () => {
    fc.assert(
      fc.property(bids, models, (list, model) => {
        const scored = scoreArea(build(list, model), 'x');
        return scored.filter((b) => b.selected).length === Math.min(2, list.length);
      }),
    );
  });
});
