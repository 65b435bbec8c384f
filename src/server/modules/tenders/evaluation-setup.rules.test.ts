import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSetup, scoreProblems, type SetupInput } from './evaluation-setup.rules.ts';

const VALID: SetupInput = {
  weights: { quality: 80, price: 20 },
  scale: { min: 0, max: 10 },
  priceModel: { type: 'proportional' },
  criteria: [
    { code: 'progression', name: 'Fremdrift', weight: 40, emphasis: '' },
    { code: 'local', name: 'Lokalt kendskab', weight: 40, emphasis: '' },
    { code: 'individual', name: 'Individuel tilgang', weight: 20, emphasis: '' },
  ],
  priceElements: [
    { code: 'programme', name: 'Indsats', volume: 26, priceKind: 'programme' },
    { code: 'aftercare', name: 'Efterværn', volume: 13, priceKind: 'aftercare' },
  ],
  alternatives: [],
};

const problemsOf = (input: SetupInput) => {
  const result = checkSetup(input);
  return result.ok ? [] : result.problems.map((p) => [p.field, p.key, p.params ?? {}]);
};

describe('checkSetup', () => {
  it.each([
    [
      'weights summing to 90 %',
      { ...VALID, weights: { quality: 70, price: 20 } },
      [['weights.quality', 'tender.eval_weights_sum', { sum: '90' }]],
    ],
    [
      'sub-criteria summing to 110 %',
      {
        ...VALID,
        criteria: VALID.criteria.map((c) => ({ ...c, weight: c.code === 'individual' ? 30 : c.weight })),
      },
      [
        [
          'criteria',
          'tender.eval_criteria_sum',
          { names: 'Fremdrift, Lokalt kendskab, Individuel tilgang', sum: '110' },
        ],
      ],
    ],
    ['no sub-criteria', { ...VALID, criteria: [] }, [['criteria', 'tender.eval_criteria_required', {}]]],
    [
      'no price elements',
      { ...VALID, priceElements: [] },
      [['priceElements', 'tender.eval_elements_required', {}]],
    ],
    [
      'a scale with max ≤ min',
      { ...VALID, scale: { min: 5, max: 5 } },
      [['scale.max', 'tender.eval_scale', { min: 5, max: 5 }]],
    ],
    [
      'a code used twice',
      {
        ...VALID,
        criteria: [VALID.criteria[0]!, { ...VALID.criteria[1]!, code: 'progression' }, VALID.criteria[2]!],
      },
      [['criteria.1.code', 'tender.eval_code_taken', { code: 'progression' }]],
    ],
    [
      'a price kind on two elements',
      {
        ...VALID,
        priceElements: VALID.priceElements.map((e) => ({ ...e, priceKind: 'programme' as const })),
      },
      [['priceElements.1.priceKind', 'tender.eval_kind_taken', { kind: 'programme' }]],
    ],
    [
      'an interval without anchors',
      { ...VALID, priceModel: { type: 'interval' as const } },
      [
        ['priceModel.best', 'tender.eval_interval_missing', {}],
        ['priceModel.worst', 'tender.eval_interval_missing', {}],
      ],
    ],
    [
      'an interval with worst below best',
      { ...VALID, priceModel: { type: 'interval' as const, best: '2.150', worst: '1.850' } },
      [['priceModel.worst', 'tender.eval_interval', { best: '2.150', worst: '1.850' }]],
    ],
    [
      'a linear slope of 0',
      { ...VALID, priceModel: { type: 'linear' as const, slope: 0 } },
      [['priceModel.slope', 'tender.eval_slope', {}]],
    ],
    [
      'an alternative missing a criterion',
      { ...VALID, alternatives: [{ name: '30/40', weights: { progression: 30, local: 70 } }] },
      [['alternatives.0.weights', 'tender.eval_alternative_missing', { name: '30/40', codes: 'individual' }]],
    ],
    [
      'an alternative summing to 90 %',
      {
        ...VALID,
        alternatives: [{ name: '30/40/20', weights: { progression: 30, local: 40, individual: 20 } }],
      },
      [['alternatives.0.weights', 'tender.eval_alternative_sum', { name: '30/40/20', sum: '90' }]],
    ],
  ])('refuses %s, naming it', (_name, input, expected) => {
    expect(problemsOf(input as SetupInput)).toEqual(expected);
  });

  it('accepts fractions and stores percents; interval anchors in øre; linear slope 1 unless given', () => {
    const interval = checkSetup({
      ...VALID,
      weights: { quality: 0.9, price: 0.1 },
      priceModel: { type: 'interval', best: '1.850', worst: '2.150,50' },
      alternatives: [{ name: '30/40/30', weights: { progression: 0.3, local: 0.4, individual: 0.3 } }],
    });
    expect(interval.ok && interval.value).toMatchObject({
      qualityWeight: 90,
      priceWeight: 10,
      priceBestOre: 185_000,
      priceWorstOre: 215_050,
      alternatives: [{ name: '30/40/30', weights: { progression: 30, local: 40, individual: 30 } }],
    });
    const linear = checkSetup({ ...VALID, priceModel: { type: 'linear' } });
    expect(linear.ok && linear.value.priceSlope).toBe(1);
  });

  it('accepts any pair of percents that sums to 100 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (quality) => {
        const result = checkSetup({ ...VALID, weights: { quality, price: 100 - quality } });
        return result.ok && result.value.qualityWeight + result.value.priceWeight === 100;
      }),
    );
  });
});

describe('scoreProblems', () => {
  const scale = { min: 0, max: 10 };
  it.each([
    [{ points: 10, justification: 'Fint' }, []],
    [{ points: 0, justification: 'Intet' }, []],
    [{ points: 10.5, justification: 'For højt' }, [['s.points', 'tender.points_scale']]],
    [{ points: -1, justification: 'For lavt' }, [['s.points', 'tender.points_scale']]],
    [{ points: Number.NaN, justification: 'Intet tal' }, [['s.points', 'tender.points_number']]],
    [{ points: 5, justification: '  ' }, [['s.justification', 'tender.justification_required']]],
  ])('%o gives %o', (entry, expected) => {
    expect(scoreProblems(entry, { name: 'Fremdrift' }, scale, 's').map((p) => [p.field, p.key])).toEqual(
      expected,
    );
  });

  it('names the criterion and the scale', () => {
    expect(
      scoreProblems({ points: 11, justification: 'x' }, { name: 'Fremdrift' }, scale, 's')[0]!.params,
    ).toEqual({
      points: 11,
      criterion: 'Fremdrift',
      min: 0,
      max: 10,
    });
  });
});
