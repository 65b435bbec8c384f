import { describe, expect, it } from 'vitest';
import { buildBurnDown, buildCostRows, yearsOf } from './fairness-cost.rules.ts';

const providers = new Map([
  ['a', { id: 'a', code: 'A', name: 'Østerbro Job' }],
  ['b', { id: 'b', code: 'B', name: 'Amager Vej' }],
]);

describe('cost per result', () => {
  it('gives each provider’s billed øre as kroner, divided by successes and completed courses', () => {
    const { rows, total } = buildCostRows(providers, [
      { providerId: 'a', completed: 2, successes: 1, billedOre: 3_600_001 },
      { providerId: 'b', completed: 2, successes: 0, billedOre: 500 },
    ]);
    // By name, not by cost: Amager before Østerbro.
    expect(rows.map((r) => r.providerCode)).toEqual(['B', 'A']);
    expect(rows[1]).toEqual({
      providerCode: 'A',
      providerName: 'Østerbro Job',
      billedKroner: 36_000.01,
      successes: 1,
      kronerPerSuccess: 36_000.01,
      completed: 2,
      kronerPerCompleted: 18_000.005,
    });
    // No success: no kroner per success.
    expect(rows[0]).toMatchObject({ billedKroner: 5, successes: 0, kronerPerSuccess: null, completed: 2 });
    expect(rows[0]!.kronerPerCompleted).toBe(2.5);
    expect(total).toMatchObject({ providerCode: null, billedKroner: 36_005.01, successes: 1, completed: 4 });
  });

  it('leaves out a provider without a completed course, and names an unknown provider by its id', () => {
    const { rows, total } = buildCostRows(providers, [
      { providerId: 'a', completed: 0, successes: 0, billedOre: 0 },
      { providerId: 'x', completed: 1, successes: 1, billedOre: 100 },
    ]);
    expect(rows).toEqual([
      expect.objectContaining({ providerCode: 'x', providerName: 'x', billedKroner: 1 }),
    ]);
    expect(total).toMatchObject({ completed: 1, successes: 1, billedKroner: 1 });
  });

  it('has no rows and null ratios without courses', () => {
    const { rows, total } = buildCostRows(providers, []);
    expect(rows).toEqual([]);
    expect(total).toMatchObject({ billedKroner: 0, kronerPerSuccess: null, kronerPerCompleted: null });
  });
});

describe('the budget burn-down', () => {
  it('adds the frames and accumulates billed and forecast month by month', () => {
    const burnDown = buildBurnDown(
      2026,
      [50_000_000, 25_000_000],
      [
        { month: '2026-02', billedOre: 100_000, forecastOre: 0 },
        { month: '2026-01', billedOre: 200_000, forecastOre: 0 },
        { month: '2026-03', billedOre: 50_000, forecastOre: 70_000 },
      ],
    );
    expect(burnDown).toEqual({
      year: 2026,
      frameKroner: 750_000,
      billedKroner: 3_500,
      forecastKroner: 700,
      remainingKroner: 745_800,
      months: [
        { month: '2026-01', billedKroner: 2_000, forecastKroner: 0, cumulativeKroner: 2_000 },
        { month: '2026-02', billedKroner: 1_000, forecastKroner: 0, cumulativeKroner: 3_000 },
        { month: '2026-03', billedKroner: 500, forecastKroner: 700, cumulativeKroner: 4_200 },
      ],
    });
  });

  it('gives a frame of 0 when the year has none, and a negative remainder when the forecast overruns', () => {
    const burnDown = buildBurnDown(2025, [], [{ month: '2025-01', billedOre: 100, forecastOre: 0 }]);
    expect(burnDown.frameKroner).toBe(0);
    expect(burnDown.remainingKroner).toBe(-1);
  });

  it('lists the calendar years a period touches', () => {
    expect(yearsOf('2019-03-01', '2019-09-30')).toEqual([2019]);
    expect(yearsOf('2019-11-01', '2021-01-31')).toEqual([2019, 2020, 2021]);
  });
});
