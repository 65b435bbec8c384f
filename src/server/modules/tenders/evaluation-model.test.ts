import { describe, expect, it } from 'vitest';
import { areaProblems, evaluateArea, priceModelOf, type EvaluationData } from './evaluation-model.ts';

const area = { id: 'a1', number: 1, name: 'Udsatte borgere', providersToSelect: 1 };

function data(overrides: Partial<EvaluationData> = {}): EvaluationData {
  return {
    settings: {
      qualityWeight: 80,
      priceWeight: 20,
      scaleMin: 0,
      scaleMax: 10,
      priceModel: 'proportional',
      priceSlope: null,
      priceBestOre: null,
      priceWorstOre: null,
    },
    criteria: [
      { id: 'c1', code: 'progression', name: 'Fremdrift', weight: 50 },
      { id: 'c2', code: 'local', name: 'Lokalt kendskab', weight: 50 },
    ],
    elements: [{ id: 'e1', code: 'programme', name: 'Indsats', volume: 10 }],
    areas: [area],
    bids: [
      // Two bidders of the same name: the model tells them apart by their ids.
      {
        id: 'b1',
        tenderAreaId: 'a1',
        bidder: 'Samme navn',
        prices: { e1: 200_000 },
        consensus: { c1: 8, c2: 8 },
      },
      {
        id: 'b2',
        tenderAreaId: 'a1',
        bidder: 'Samme navn',
        prices: { e1: 180_000 },
        consensus: { c1: 6, c2: 6 },
      },
    ],
    alternatives: [],
    ...overrides,
  };
}

describe('the stored evaluation as the scoring model', () => {
  it('ranks by total with evaluated prices back in øre', () => {
    const result = evaluateArea(data(), area);
    expect(result.problems).toEqual([]);
    // b1: 0.8 × 8 + 0.2 × 10 × 1800/2000 = 8.2; b2: 0.8 × 6 + 0.2 × 10 = 6.8.
    expect(result.bids.map((b) => [b.bidId, b.evaluatedPriceOre, b.rank, b.selected])).toEqual([
      ['b1', 2_000_000, 1, true],
      ['b2', 1_800_000, 2, false],
    ]);
    expect(result.bids[0]!.total).toBeCloseTo(8.2, 12);
    expect(result.bids[0]!.points).toEqual({ progression: 8, local: 8 });
    expect(result.chart.map((p) => p.qualityWeight)).toHaveLength(21);
  });

  it('lists a missing price, a missing consensus score and points outside a changed scale, naming them', () => {
    const incomplete = data({
      bids: [
        { id: 'b1', tenderAreaId: 'a1', bidder: 'A', prices: {}, consensus: { c1: 8 } },
        { id: 'b2', tenderAreaId: 'a1', bidder: 'B', prices: { e1: 1 }, consensus: { c1: 12, c2: 5 } },
      ],
    });
    expect(areaProblems(incomplete, area)).toEqual([
      { key: 'tender.incomplete_price', params: { bidder: 'A', area: 1, element: 'Indsats' } },
      { key: 'tender.incomplete_score', params: { bidder: 'A', area: 1, criterion: 'Lokalt kendskab' } },
      {
        key: 'tender.score_outside_scale',
        params: { bidder: 'B', area: 1, criterion: 'Fremdrift', points: 12, min: 0, max: 10 },
      },
    ]);
    expect(evaluateArea(incomplete, area).bids).toEqual([]);
    expect(areaProblems(data({ bids: [] }), area)).toEqual([
      { key: 'tender.area_no_bids', params: { area: 1 } },
    ]);
  });

  it('evaluates alternatives given in percents or fractions, and leaves out those that miss a criterion', () => {
    const result = evaluateArea(
      data({
        alternatives: [
          { name: 'Kun fremdrift', source: 'setup', outcome: null, weights: { progression: 1, local: 0 } },
          { name: 'Forkert', source: 'committee', outcome: 'rejected', weights: { progression: 100 } },
        ],
      }),
      area,
    );
    expect(result.alternatives.map((a) => [a.name, a.weights, a.selectionChanges])).toEqual([
      ['Kun fremdrift', { progression: 100, local: 0 }, false],
    ]);
  });

  it('turns the stored price model into the scoring model (anchors in kroner)', () => {
    const settings = data().settings;
    expect(priceModelOf({ ...settings, priceModel: 'linear', priceSlope: 2 })).toEqual({
      type: 'linear',
      slope: 2,
    });
    expect(
      priceModelOf({ ...settings, priceModel: 'interval', priceBestOre: 185_000, priceWorstOre: 215_000 }),
    ).toEqual({
      type: 'interval',
      best: 1_850,
      worst: 2_150,
    });
  });
});
