import { describe, expect, it } from 'vitest';
import { parseTenderInput, type TenderInput } from './tender-input.ts';
import {
  evaluateAlternatives,
  findRankReversals,
  stableQualityWeightInterval,
  totalsByQualityWeight,
} from './sensitivity.rules.ts';
import { scoreArea, selectedBidders, type TenderModel } from './scoring.rules.ts';

function model(input: Partial<TenderInput> & Pick<TenderInput, 'bids'>): TenderModel {
  const parsed = parseTenderInput({
    weights: { quality: 80, price: 20 },
    qualityCriteria: [
      { id: 'a', weight: 40 },
      { id: 'b', weight: 40 },
      { id: 'c', weight: 20 },
    ],
    priceModel: { type: 'proportional' },
    priceElements: [{ id: 'p', volume: 1 }],
    areas: [{ id: 'x', select: 1 }],
    ...input,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.model;
}

const q = (a: number, b: number, c: number) => ({ a, b, c });

describe('stable quality-weight interval', () => {
  it('is the whole range when one bid is best on both quality and price', () => {
    const m = model({
      bids: [
        { bidder: 'A', area: 'x', prices: { p: 1000 }, quality: q(9, 9, 9) },
        { bidder: 'B', area: 'x', prices: { p: 1200 }, quality: q(5, 5, 5) },
      ],
    });
    expect(stableQualityWeightInterval(m, 'x')).toEqual({ from: 0, to: 1 });
  });

  it('ends where the cheaper and the better bid cross', () => {
    // A: quality 9, price points 8 (1250 vs 1000); B: quality 5, price points 10. Cross at 9w+8(1−w) = 5w+10(1−w) → w = 1/3.
    const m = model({
      bids: [
        { bidder: 'A', area: 'x', prices: { p: 1250 }, quality: q(9, 9, 9) },
        { bidder: 'B', area: 'x', prices: { p: 1000 }, quality: q(5, 5, 5) },
      ],
    });
    const interval = stableQualityWeightInterval(m, 'x');
    expect(interval.from).toBeCloseTo(1 / 3, 12);
    expect(interval.to).toBe(1);
    // Just below the crossing, B is selected instead.
    expect(selectedBidders(scoreArea(m, 'x', { qualityWeight: 0.3 }))).toEqual(['B']);
    const chart = totalsByQualityWeight(m, 'x', 10);
    expect(chart.series).toHaveLength(11);
    expect(chart.series[10]!.totals.A).toBeCloseTo(9, 12);
  });
});

describe('alternative weightings', () => {
  const amendment = [{ name: '30/40/30', qualityCriteria: { a: 30, b: 40, c: 30 } }];

  it('reports an unchanged selection when the amendment keeps the order', () => {
    // 40/40/20: A 6.0, B 3.8; 30/40/30: A 5.0, B 4.5.
    const m = model({
      weights: { quality: 100, price: 0 },
      bids: [
        { bidder: 'A', area: 'x', prices: { p: 1000 }, quality: q(10, 5, 0) },
        { bidder: 'B', area: 'x', prices: { p: 1000 }, quality: q(0, 6, 7) },
      ],
      alternatives: amendment,
    });
    expect(evaluateAlternatives(m, 'x')).toMatchObject([{ name: '30/40/30', selectionChanges: false }]);
  });

  it('reports the new ranking when the amendment changes the selection', () => {
    // 40/40/20: A 6.0, B 4.4; 30/40/30: A 5.0, B 5.4.
    const m = model({
      weights: { quality: 100, price: 0 },
      bids: [
        { bidder: 'A', area: 'x', prices: { p: 1000 }, quality: q(10, 5, 0) },
        { bidder: 'B', area: 'x', prices: { p: 1000 }, quality: q(0, 6, 10) },
      ],
      alternatives: amendment,
    });
    expect(selectedBidders(scoreArea(m, 'x'))).toEqual(['A']);
    expect(evaluateAlternatives(m, 'x')).toMatchObject([
      {
        selectionChanges: true,
        ranking: [
          { bidder: 'B', rank: 1, selected: true },
          { bidder: 'A', rank: 2 },
        ],
      },
    ]);
  });
});

describe('rank reversal', () => {
  // 50/50, select 1. With C (500) in the field Pmin = 500: A 4.5 + 0.5·3.85 = 6.42 beats B 3.65 + 2.5 = 6.15.
  // Without C, Pmin = 1000 doubles B's price advantage: A 4.5 + 3.85 = 8.35 loses to B 3.65 + 5 = 8.65.
  const bids = [
    { bidder: 'A', area: 'x', prices: { p: 1300 }, quality: q(9, 9, 9) },
    { bidder: 'B', area: 'x', prices: { p: 1000 }, quality: q(7.3, 7.3, 7.3) },
    { bidder: 'C', area: 'x', prices: { p: 500 }, quality: q(0, 0, 0) },
  ];

  it('names a non-selected bid whose withdrawal changes who is selected (relative model)', () => {
    const m = model({ weights: { quality: 50, price: 50 }, bids });
    const before = selectedBidders(scoreArea(m, 'x'));
    const reversals = findRankReversals(m, 'x');
    for (const reversal of reversals) expect(reversal.selectedBefore).toEqual(before);
    expect(before).toEqual(['A']);
    expect(reversals).toEqual([{ removed: 'C', selectedBefore: ['A'], selectedAfter: ['B'] }]);
  });

  it('finds none with an interval model, whose anchors are fixed', () => {
    const m = model({
      weights: { quality: 50, price: 50 },
      priceModel: { type: 'interval', best: 800, worst: 1500 },
      bids,
    });
    expect(findRankReversals(m, 'x')).toEqual([]);
  });
});
