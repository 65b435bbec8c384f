import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FingerprintSet } from './fingerprint-set.ts';
import {
  fullYear,
  isoWeekMondayDay,
  isoWeeksInYear,
  parseRegisterHeader,
  dayToIso,
} from './register-header.ts';

const monday = (year: number, week: number) => {
  const day = isoWeekMondayDay(year, week);
  return day === undefined ? undefined : dayToIso(day);
};

describe('ISO weeks', () => {
  it.each([
    [2015, 53],
    [2019, 52],
    [2020, 53],
    [2026, 53],
    [2021, 52],
    [1992, 53],
    [1998, 53],
    [2004, 53],
  ])('%i has %i weeks', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });

  it.each([
    [2019, 1, '2018-12-31'],
    [2020, 1, '2019-12-30'],
    [2020, 53, '2020-12-28'],
    [2021, 1, '2021-01-04'],
    [2026, 53, '2026-12-28'],
    [2019, 53, undefined],
    [2019, 0, undefined],
  ])('week %i-W%i starts on %s', (year, week, expected) => {
    expect(monday(year, week)).toBe(expected);
  });

  it.each([
    [0, 2000],
    [19, 2019],
    [89, 2089],
    [90, 1990],
    [91, 1991],
    [99, 1999],
  ])('reads the two-digit year %i as %i', (twoDigits, year) => {
    expect(fullYear(twoDigits)).toBe(year);
  });
});

describe('parseRegisterHeader', () => {
  it('finds the person column, the weeks in order and the months, and ignores other columns', () => {
    const { layout, problems } = parseRegisterHeader([
      'PNR',
      'y_2002',
      'y_2001',
      'branche_2020_01',
      'grad_2020_01',
      'ak20',
      'y_1952',
      'grad_2019_12',
    ]);
    expect(problems).toEqual([]);
    expect(layout).toEqual({
      personIndex: 0,
      firstWeekMonday: '2019-12-23',
      weekColumns: [6, 2, 1],
      firstMonth: '2019-12-01',
      monthColumns: [7, 4],
      weekRange: ['y_1952', 'y_2002'],
      monthRange: ['grad_2019_12', 'grad_2020_01'],
      ignored: ['branche_2020_01', 'ak20'],
    });
  });

  it('accepts pnr or cpr in any case, and week 53 in a long year followed by week 1', () => {
    const { layout } = parseRegisterHeader(['cpr', 'y_2053', 'y_2101']);
    expect(layout?.firstWeekMonday).toBe('2020-12-28');
    expect(layout?.weekColumns).toEqual([1, 2]);
    expect(parseRegisterHeader(['Pnr', 'y_9201']).layout?.firstWeekMonday).toBe('1991-12-30');
  });

  it('reads years from 90 as 19YY and below as 20YY', () => {
    expect(parseRegisterHeader(['PNR', 'y_9052']).layout?.firstWeekMonday).toBe('1990-12-24');
    expect(parseRegisterHeader(['PNR', 'y_8901']).layout?.firstWeekMonday).toBe('2089-01-03');
  });

  it('refuses week 53 in a short year, week 0, and malformed weekly or monthly columns', () => {
    const { layout, problems } = parseRegisterHeader([
      'PNR',
      'y_1953',
      'y_1900',
      'y_190',
      'y_2001',
      'grad_2019_13',
      'grad_19_01',
    ]);
    expect(layout).toBeUndefined();
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      ['y_1953', 'import.register.bad_week_column'],
      ['y_1900', 'import.register.bad_week_column'],
      ['y_190', 'import.register.bad_week_column'],
      ['grad_2019_13', 'import.register.bad_month_column'],
      ['grad_19_01', 'import.register.bad_month_column'],
    ]);
  });

  it('refuses gaps between weeks and between months, naming the range and what is missing', () => {
    const { problems } = parseRegisterHeader([
      'PNR',
      'y_1950',
      'y_1952',
      'y_2002',
      'grad_2019_01',
      'grad_2019_03',
    ]);
    expect(problems).toEqual([
      {
        message: 'import.register.week_gap',
        params: { first: 'y_1950', last: 'y_2002', count: 2, missing: 'y_1951, y_2001' },
      },
      {
        message: 'import.register.month_gap',
        params: { first: 'grad_2019_01', last: 'grad_2019_03', count: 1, missing: 'grad_2019_02' },
      },
    ]);
  });

  it('refuses a header without a person column or weeks, and duplicate columns', () => {
    expect(parseRegisterHeader(['id', 'grad_2019_01']).problems.map((p) => p.message)).toEqual([
      'import.register.person_column',
      'import.register.no_weeks',
    ]);
    expect(parseRegisterHeader(['PNR', 'cpr', 'y_1901', 'Y_1901']).problems).toEqual([
      { column: 'cpr', message: 'import.duplicate_column', params: { column: 'cpr' } },
      { column: 'Y_1901', message: 'import.duplicate_column', params: { column: 'Y_1901' } },
    ]);
  });

  it('takes a register without monthly columns', () => {
    const { layout } = parseRegisterHeader(['PNR', 'y_1901']);
    expect(layout).toMatchObject({ firstMonth: null, monthColumns: [], monthRange: null });
  });
});

describe('FingerprintSet', () => {
  it('remembers fingerprints across growth and refuses a second add', () => {
    const set = new FingerprintSet();
    const hashes = Array.from({ length: 5000 }, (_, i) =>
      crypto.createHash('sha256').update(String(i)).digest(),
    );
    expect(hashes.every((h) => set.add(h))).toBe(true);
    expect(hashes.some((h) => set.add(h))).toBe(false);
    expect(set.size).toBe(5000);
  });
});
