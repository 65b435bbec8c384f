import { describe, expect, it } from 'vitest';
import { parseTenderInput } from './tender-input.ts';

const valid = {
  weights: { quality: 0.8, price: 0.2 },
  scale: { min: 0, max: 10 },
  qualityCriteria: [
    { id: 'a', name: 'A', weight: 0.4 },
    { id: 'b', name: 'B', weight: 0.4 },
    { id: 'c', name: 'C', weight: 0.2 },
  ],
  priceModel: { type: 'linear' },
  priceElements: [{ id: 'programme', volume: 52 }],
  areas: [{ id: '1', name: 'Udsatte borgere', select: 2 }],
  bids: [{ bidder: 'X', area: '1', prices: { programme: 1900 }, quality: { a: 5, b: 6, c: 7 } }],
};

describe('tender input', () => {
  it('accepts fractions and percents alike, and defaults the linear slope to 1', () => {
    const fractions = parseTenderInput(valid);
    const percents = parseTenderInput({
      ...valid,
      weights: { quality: 80, price: 20 },
      qualityCriteria: valid.qualityCriteria.map((c) => ({ ...c, weight: c.weight * 100 })),
    });
    expect(fractions.ok && percents.ok).toBe(true);
    if (fractions.ok && percents.ok) {
      expect(percents.model.weights).toEqual(fractions.model.weights);
      expect(percents.model.qualityCriteria.map((c) => c.weight)).toEqual([0.4, 0.4, 0.2]);
      expect(fractions.model.priceModel).toEqual({ type: 'linear', slope: 1 });
    }
  });

  it('names every problem: weights, scale, missing price and score', () => {
    const result = parseTenderInput({
      ...valid,
      weights: { quality: 70, price: 20 },
      qualityCriteria: [...valid.qualityCriteria.slice(0, 2), { id: 'c', name: 'C', weight: 0.1 }],
      bids: [
        { bidder: 'X', area: '1', prices: {}, quality: { a: 11, b: 6 } },
        { bidder: 'Y', area: '9', prices: { programme: 1900 }, quality: { a: 1, b: 1, c: 1 } },
      ],
      alternatives: [{ name: 'Alt', qualityCriteria: { a: 30, b: 40 } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        'weights: quality and price sum to 90, not 100 %',
        'qualityCriteria: the weights of a, b, c sum to 90 %, not 100 %',
        'bid "X" in area "1": no price for "programme"',
        'bid "X" in area "1": 11 points for "a" is outside the scale 0–10',
        'bid "X" in area "1": no score for "c"',
        'bid "Y" in area "9": no area has the id "9"',
        'alternative "Alt": no weight for c',
      ]),
    );
  });

  it('refuses an interval model whose worst price is not above its best', () => {
    const result = parseTenderInput({ ...valid, priceModel: { type: 'interval', best: 2150, worst: 1850 } });
    expect(result).toMatchObject({
      ok: false,
      problems: ['priceModel: worst (1850) must be above best (2150)'],
    });
  });
});
