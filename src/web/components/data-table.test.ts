// The data table's sorting rule: numbers as numbers, dates as dates, text in Danish collation, missing
// values last in both directions, ties kept in their order.
import { describe, expect, it } from 'vitest';
import { nextDirection, sortRows, type SortValue } from './data-table.ts';

const by = (values: SortValue[], kind: 'text' | 'number' | 'date', direction: 'ascending' | 'descending') =>
  sortRows(values, (value) => value, kind, direction);

describe('sortRows', () => {
  it('sorts text in Danish order: æ, ø, å after z, "aa" as å', () => {
    expect(by(['Åse', 'Zoe', 'Ærø', 'anders', 'Øster', 'Bo', 'Aage'], 'text', 'ascending')).toEqual([
      'anders',
      'Bo',
      'Zoe',
      'Ærø',
      'Øster',
      'Aage',
      'Åse',
    ]);
  });

  it('sorts text descending in the reverse order', () => {
    expect(by(['Åse', 'Bo', 'Ærø'], 'text', 'descending')).toEqual(['Åse', 'Ærø', 'Bo']);
  });

  it('sorts numbers as numbers, not as text', () => {
    expect(by([10, 9, 100, 1.5, -2], 'number', 'ascending')).toEqual([-2, 1.5, 9, 10, 100]);
    expect(by(['10', '9', '100'], 'number', 'descending')).toEqual(['100', '10', '9']);
  });

  it('sorts dates as dates', () => {
    expect(by(['2026-12-01', '2025-01-31', '2026-02-15T10:00:00Z'], 'date', 'ascending')).toEqual([
      '2025-01-31',
      '2026-02-15T10:00:00Z',
      '2026-12-01',
    ]);
  });

  it('puts rows without a value last in both directions', () => {
    expect(by(['B', null, 'A', '', undefined], 'text', 'ascending').slice(0, 2)).toEqual(['A', 'B']);
    expect(by(['B', null, 'A'], 'text', 'descending')).toEqual(['B', 'A', null]);
    expect(by([3, null, 1], 'number', 'descending')).toEqual([3, 1, null]);
    expect(by(['not a date', '2026-01-01'], 'date', 'ascending')).toEqual(['2026-01-01', 'not a date']);
  });

  it('keeps rows with equal values in their order (stable) and leaves the input as it was', () => {
    const rows = [
      { name: 'b', n: 1 },
      { name: 'a', n: 2 },
      { name: 'c', n: 1 },
    ];
    const sorted = sortRows(rows, (row) => row.n, 'number', 'ascending');
    expect(sorted.map((row) => row.name)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, (row) => row.n, 'number', 'descending').map((row) => row.name)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(rows.map((row) => row.name)).toEqual(['b', 'a', 'c']);
  });
});

describe('nextDirection', () => {
  it('starts ascending and then alternates', () => {
    expect(nextDirection(null)).toBe('ascending');
    expect(nextDirection('ascending')).toBe('descending');
    expect(nextDirection('descending')).toBe('ascending');
  });
});
