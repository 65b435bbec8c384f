import { describe, expect, it } from 'vitest';
import type { FairnessCell } from '../../../shared/outcomes/fairness.schemas.ts';
import {
  buildSelectionRows,
  chanceBands,
  fisherExactGreater,
  type SelectionItem,
} from './fairness-selection.rules.ts';

// Reference values by hand: P(X ≥ a) = Σ_x C(a+b, x) · C(c+d, a+c−x) / C(n, a+c).
describe("Fisher's exact test, one-sided", () => {
  it('gives 17/70 for the lady tasting tea (3 of 4 right)', () => {
    // C(4,3)·C(4,1)/C(8,4) + C(4,4)·C(4,0)/C(8,4) = 16/70 + 1/70; R: fisher.test(matrix(c(3,1,1,3),2), alternative="greater").
    expect(fisherExactGreater(3, 1, 1, 3)).toBeCloseTo(17 / 70, 12);
  });

  it('gives 1/252 for the most extreme table of 5 and 5', () => {
    expect(fisherExactGreater(5, 0, 0, 5)).toBeCloseTo(1 / 252, 14);
  });

  it('gives 1/2 for 2 of 5 against 1 of 5', () => {
    // (C(5,2)·C(5,1) + C(5,3)·C(5,0)) / C(10,3) = (50 + 10) / 120.
    expect(fisherExactGreater(2, 3, 1, 4)).toBeCloseTo(0.5, 12);
  });

  it('gives 1 when the upper-left cell is 0, and for an empty table', () => {
    expect(fisherExactGreater(0, 5, 3, 2)).toBeCloseTo(1, 12);
    expect(fisherExactGreater(0, 0, 0, 0)).toBe(1);
  });

  it('gives the exact tail of a larger table: 8 of 10 against 2 of 10', () => {
    // Σ_{x=8..10} C(10,x)·C(10,10−x) / C(20,10) = (45·45 + 10·10 + 1·1) / 184756 = 2126 / 184756.
    expect(fisherExactGreater(8, 2, 2, 8)).toBeCloseTo(2126 / 184_756, 12);
  });
});

const cell = (ageBand: string, rate: number | null): FairnessCell =>
  ({
    table: 'exit',
    ageBand,
    historyBand: 'unknown',
    courses: rate === null ? 0 : 10,
    successes: 0,
    rate,
  }) as FairnessCell;

describe('expected-chance bands', () => {
  it('splits the exit cells with courses in thirds by their pooled rate', () => {
    const bands = chanceBands([
      cell('18-29', 0.5),
      cell('30-39', 0.1),
      cell('40-49', 0.3),
      cell('50+', null),
      { ...cell('18-29', 0.9), table: 'placement' },
    ]);
    expect(Object.fromEntries(bands)).toEqual({
      '30-39|unknown': 'low',
      '40-49|unknown': 'middle',
      '18-29|unknown': 'high',
    });
  });
});

describe('the selection rows', () => {
  const providers = new Map([
    ['a', { id: 'a', code: 'A', name: 'Bjerg' }],
    ['b', { id: 'b', code: 'B', name: 'Amager' }],
  ]);
  const items = (
    providerId: string,
    band: SelectionItem['band'],
    status: SelectionItem['status'],
    n: number,
    isEarlyEnd = false,
  ) => Array.from({ length: n }, () => ({ providerId, band, status, isEarlyEnd }));

  it('flags a provider that rejects the low band far more often than the high band', () => {
    const rows = buildSelectionRows(providers, [
      ...items('a', 'low', 'rejected', 8),
      ...items('a', 'low', 'accepted', 2),
      ...items('a', 'high', 'rejected', 2),
      ...items('a', 'high', 'accepted', 8, true),
      ...items('a', 'middle', 'withdrawn', 1),
      ...items('a', 'middle', 'pending', 1),
      ...items('b', 'low', 'rejected', 1),
      ...items('b', 'low', 'accepted', 3),
      ...items('b', 'high', 'accepted', 4),
    ]);
    expect(rows.map((r) => `${r.providerCode}:${r.band}`)).toEqual([
      'B:low',
      'B:middle',
      'B:high',
      'A:low',
      'A:middle',
      'A:high',
    ]);
    const a = rows.filter((r) => r.providerCode === 'A');
    expect(a[0]).toMatchObject({ referred: 10, accepted: 2, rejected: 8, withdrawn: 0, earlyEnds: 0 });
    expect(a[1]).toMatchObject({ referred: 2, accepted: 0, rejected: 0, withdrawn: 1 });
    expect(a[2]).toMatchObject({ referred: 10, accepted: 8, rejected: 2, earlyEnds: 8 });
    expect(a[0]!.creamingP).toBeCloseTo(2126 / 184_756, 12);
    expect(a.every((r) => r.flagged && r.creamingP === a[0]!.creamingP)).toBe(true);
    // B: 1 of 4 against 0 of 4: p = C(4,1)·C(4,0)/C(8,1) = 1/2, not flagged.
    const b = rows.filter((r) => r.providerCode === 'B');
    expect(b[0]!.creamingP).toBeCloseTo(0.5, 12);
    expect(b.some((r) => r.flagged)).toBe(false);
  });

  it('has no p without a decided referral in the low or the high band', () => {
    const rows = buildSelectionRows(providers, [
      ...items('a', 'low', 'rejected', 5),
      ...items('a', 'high', 'withdrawn', 3),
    ]);
    expect(rows.map((r) => [r.creamingP, r.flagged])).toEqual([
      [null, false],
      [null, false],
      [null, false],
    ]);
  });
});
