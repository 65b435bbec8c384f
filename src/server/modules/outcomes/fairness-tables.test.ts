// Definition case-mix-2026, the comparison: pooled cell rates, O, E, V, O/E, z, adjusted rate, funnel
// limits and labels, on hand-made cells with hand-computed values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgeBand, HistoryBand } from '../../../shared/outcomes/fairness.constants.ts';
import {
  AlikeItems,
  buildFairnessTable,
  funnelLimits,
  labelOf,
  type FairnessItem,
} from './fairness-tables.ts';
import type { Provider } from './outcome-tables.ts';

const PROVIDERS = new Map<string, Provider>(
  [
    { id: 'p', code: 'P', name: 'Provider P' },
    { id: 'q', code: 'Q', name: 'Provider Q' },
    { id: 'r', code: 'R', name: 'Provider R' },
  ].map((p) => [p.id, p]),
);
const PERIOD = { from: '2019-03-01', to: '2019-09-30' };

/** `courses` courses of which `successes` succeeded, in one cell. */
function cell(
  providerId: string,
  ageBand: AgeBand,
  historyBand: HistoryBand,
  courses: number,
  successes: number,
): FairnessItem[] {
  return [
    { providerId, ageBand, historyBand, success: true, count: successes },
    { providerId, ageBand, historyBand, success: false, count: courses - successes },
  ];
}

const build = (items: FairnessItem[]) => buildFairnessTable('exit', PERIOD, PROVIDERS, items);
const rowOf = (items: FairnessItem[], code: string) =>
  build(items).table.rows.find((r) => r.providerCode === code)!;

// Two cells: A (18–29, 0–51 weeks) and B (50+, 156 weeks).
//   P: A 10 courses 2 successes, B 10 courses 8.   Q: A 30 courses 4, B 10 courses 2.
//   r_A = 6/40 = 0.15, r_B = 10/20 = 0.5; overall rate 16/60.
const TWO_CELLS = [
  ...cell('p', '18-29', '0-51', 10, 2),
  ...cell('p', '50+', '156', 10, 8),
  ...cell('q', '18-29', '0-51', 30, 4),
  ...cell('q', '50+', '156', 10, 2),
];

describe('the fair comparison of one table', () => {
  it('pools each cell over all providers', () => {
    const { cells } = build(TWO_CELLS);
    expect(cells).toHaveLength(20);
    expect(cells.find((c) => c.ageBand === '18-29' && c.historyBand === '0-51')).toEqual({
      table: 'exit',
      ageBand: '18-29',
      historyBand: '0-51',
      courses: 40,
      successes: 6,
      rate: 0.15,
    });
    expect(cells.find((c) => c.ageBand === '50+' && c.historyBand === '156')).toMatchObject({ rate: 0.5 });
    expect(cells.find((c) => c.ageBand === '30-39' && c.historyBand === 'unknown')).toMatchObject({
      courses: 0,
      successes: 0,
      rate: null,
    });
  });

  it('computes O, E, V, O/E, z and the adjusted rate by hand', () => {
    const p = rowOf(TWO_CELLS, 'P');
    // E = 10 · 0.15 + 10 · 0.5 = 6.5; V = 10 · 0.15 · 0.85 + 10 · 0.5 · 0.5 = 1.275 + 2.5 = 3.775.
    expect(p.courses).toBe(20);
    expect(p.observed).toBe(10);
    expect(p.expected).toBeCloseTo(6.5, 12);
    expect(p.variance).toBeCloseTo(3.775, 12);
    expect(p.oe).toBeCloseTo(10 / 6.5, 12);
    // z = 3.5 / √3.775 = 1.801398…: within ±1.96.
    expect(p.z).toBeCloseTo(1.801398, 6);
    expect(p.label).toBe('as_expected');
    // (10 / 6.5) × 16/60 = 160/390.
    expect(p.adjustedRate).toBeCloseTo(0.4102564103, 10);
    // 1 ± 1.96 · √3.775 / 6.5 = 1 ± 0.585870…; 1 ± 3.09 · √3.775 / 6.5 = 1 ± 0.923641…
    expect(p.limits95![0]).toBeCloseTo(0.41413, 5);
    expect(p.limits95![1]).toBeCloseTo(1.58587, 5);
    expect(p.limits998![0]).toBeCloseTo(0.076359, 5);
    expect(p.limits998![1]).toBeCloseTo(1.923641, 5);

    const q = rowOf(TWO_CELLS, 'Q');
    // E = 30 · 0.15 + 10 · 0.5 = 9.5; V = 30 · 0.1275 + 2.5 = 6.325; z = −3.5 / √6.325 = −1.391675…
    expect([q.courses, q.observed]).toEqual([40, 6]);
    expect(q.expected).toBeCloseTo(9.5, 12);
    expect(q.variance).toBeCloseTo(6.325, 12);
    expect(q.z).toBeCloseTo(-1.391675, 6);
    expect(q.label).toBe('as_expected');
  });

  it('gives a total whose expected equals its observed, with the overall rate', () => {
    const { table } = build(TWO_CELLS);
    expect(table.rate).toBeCloseTo(16 / 60, 12);
    expect(table.total).toMatchObject({ providerCode: null, providerName: null, courses: 60, observed: 16 });
    expect(table.total.expected).toBeCloseTo(16, 10);
    expect(table.total.variance).toBeCloseTo(3.775 + 6.325, 10);
    expect(table.total.oe).toBeCloseTo(1, 12);
    expect(table.total.z).toBeCloseTo(0, 10);
    expect([table.from, table.to, table.unknownHistory]).toEqual([PERIOD.from, PERIOD.to, 0]);
  });

  it('labels a provider above or below beyond ±1.96', () => {
    // r_A = 20/40 = 0.5. P: O = 18, E = 10, V = 5, z = 8/√5 = 3.58; R: O = 2, E = 10, z = −3.58.
    const items = [...cell('p', '30-39', '52-103', 20, 18), ...cell('r', '30-39', '52-103', 20, 2)];
    expect(rowOf(items, 'P')).toMatchObject({ expected: 10, variance: 5, oe: 1.8, label: 'above' });
    expect(rowOf(items, 'P').z).toBeCloseTo(8 / Math.sqrt(5), 12);
    expect(rowOf(items, 'R')).toMatchObject({ expected: 10, variance: 5, oe: 0.2, label: 'below' });
  });

  it('labels a provider with fewer than 20 courses too_few, however far off', () => {
    const items = [...cell('p', '30-39', '52-103', 19, 19), ...cell('r', '30-39', '52-103', 100, 10)];
    const p = rowOf(items, 'P');
    expect(p.courses).toBe(19);
    expect(p.z!).toBeGreaterThan(1.96);
    expect(p.label).toBe('too_few');
  });

  it('gives no O/E, adjusted rate or limits when E = 0, and no z when V = 0', () => {
    // Nobody succeeded anywhere: every r_c = 0.
    const none = [...cell('p', '40-49', '104-155', 25, 0), ...cell('q', '18-29', '0-51', 25, 0)];
    expect(rowOf(none, 'P')).toMatchObject({
      observed: 0,
      expected: 0,
      variance: 0,
      oe: null,
      z: null,
      adjustedRate: null,
      limits95: null,
      limits998: null,
      label: 'as_expected',
    });
  });

  it('gives O/E 1 and limits [1, 1] but no z when every cell rate is 0 or 1 (V = 0, E > 0)', () => {
    const all = [...cell('p', '40-49', '104-155', 25, 25), ...cell('q', '40-49', '0-51', 25, 0)];
    expect(rowOf(all, 'P')).toMatchObject({
      expected: 25,
      variance: 0,
      oe: 1,
      z: null,
      limits95: [1, 1],
      limits998: [1, 1],
      label: 'as_expected',
    });
  });

  it('compares a provider alone in a cell with itself there: that cell adds O − E = 0', () => {
    // P alone in C (50+, unknown): r_C = 3/5, so C adds 3 to both O and E.
    const items = [...TWO_CELLS, ...cell('p', '50+', 'unknown', 5, 3)];
    const p = rowOf(items, 'P');
    expect(p.observed).toBe(13);
    expect(p.expected).toBeCloseTo(9.5, 12);
    expect(p.variance).toBeCloseTo(3.775 + 5 * 0.6 * 0.4, 12);
    expect(build(items).table.unknownHistory).toBe(5);
    // Q's figures are those without the cell.
    expect(rowOf(items, 'Q').expected).toBeCloseTo(9.5, 12);
  });

  it('lists cells of an unreadable age only when they hold courses', () => {
    expect(build(TWO_CELLS).cells.some((c) => c.ageBand === 'unknown')).toBe(false);
    const items = [...TWO_CELLS, ...cell('q', 'unknown', '156', 2, 1)];
    const unknown = build(items).cells.filter((c) => c.ageBand === 'unknown');
    expect(unknown).toEqual([
      { table: 'exit', ageBand: 'unknown', historyBand: '156', courses: 2, successes: 1, rate: 0.5 },
    ]);
  });

  it('orders providers by name, not by result, and leaves out groups of no courses', () => {
    const items = [...cell('r', '18-29', '0-51', 3, 3), ...cell('p', '18-29', '0-51', 3, 0)];
    items.push({ providerId: 'q', ageBand: '18-29', historyBand: '0-51', success: true, count: 0 });
    expect(build(items).table.rows.map((r) => r.providerCode)).toEqual(['P', 'R']);
  });
});

describe('funnel limits and labels', () => {
  it('keeps the lower limit at 0 and leaves the upper as it is', () => {
    // E = 1, V = 0.9: half = 1.96 · 0.948683 = 1.859419.
    const limits = funnelLimits(1, 0.9, 1.96)!;
    expect(limits[0]).toBe(0);
    expect(limits[1]).toBeCloseTo(2.859419, 6);
  });

  it.each([
    [19, 10, 'too_few'],
    [20, 1.96, 'as_expected'],
    [20, 1.9600001, 'above'],
    [20, -1.96, 'as_expected'],
    [20, -1.9600001, 'below'],
    [20, null, 'as_expected'],
    [0, null, 'too_few'],
  ] as const)('%i courses, z %s: %s', (courses, z, label) => {
    expect(labelOf(courses, z)).toBe(label);
  });
});

describe('invariants on random tables', () => {
  const band = fc.constantFrom<AgeBand>('18-29', '30-39', '40-49', '50+');
  const history = fc.constantFrom<HistoryBand>('0-51', '52-103', '104-155', '156', 'unknown');
  const item = fc.record({
    providerId: fc.constantFrom('p', 'q', 'r'),
    ageBand: band,
    historyBand: history,
    success: fc.boolean(),
    count: fc.integer({ min: 0, max: 30 }),
  });

  it('sums the providers to the total: courses, observed, and expected equal to observed', () => {
    // fast-check prints the seed and the counterexample on failure.
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const { table, cells } = build(items);
        const sum = (f: (r: (typeof table.rows)[number]) => number) =>
          table.rows.reduce((s, r) => s + f(r), 0);
        expect(sum((r) => r.courses)).toBe(table.total.courses);
        expect(sum((r) => r.observed)).toBe(table.total.observed);
        expect(sum((r) => r.expected)).toBeCloseTo(table.total.observed, 8);
        expect(cells.reduce((s, c) => s + c.courses, 0)).toBe(table.total.courses);
        for (const row of table.rows) {
          if (row.limits95) expect(row.limits95[0]).toBeGreaterThanOrEqual(0);
          if (row.limits95 && row.limits998) expect(row.limits998[1]).toBeGreaterThanOrEqual(row.limits95[1]);
        }
      }),
    );
  });

  it('gives the same table for courses one by one as for them gathered as alike items', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const one = items.flatMap((i) => Array.from({ length: i.count }, () => ({ ...i, count: 1 })));
        const alike = new AlikeItems();
        for (const i of one) alike.add(i.providerId, i, i.success);
        expect(alike.list().length).toBeLessThanOrEqual(3 * 4 * 5 * 2);
        const gathered = build(alike.list());
        const single = build(one);
        expect(gathered.cells).toEqual(single.cells);
        expect(gathered.table.rows.map((r) => [r.providerCode, r.courses, r.observed])).toEqual(
          single.table.rows.map((r) => [r.providerCode, r.courses, r.observed]),
        );
        gathered.table.rows.forEach((row, k) => {
          expect(row.expected).toBeCloseTo(single.table.rows[k]!.expected, 9);
          expect(row.variance).toBeCloseTo(single.table.rows[k]!.variance, 9);
        });
      }),
    );
  });
});
