import {
  addDays,
  ageOn,
  addMonthsClamped,
  addMonthsKeepingMonthEnd,
  civilOfDay,
  copenhagenDate,
  dayNumber,
  dayOfCivil,
  daysBetween,
  formatDanishDate,
  formatDanishPeriod,
  formatDate,
  isIsoDate,
  isMonthEnd,
  isoOfDay,
  monthIndex,
} from './dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Dates from 1990 to 2060 as ISO strings.
const isoDate = fc.integer({ min: 0, max: 70 * 366 }).map((days) => addDays('1990-01-01', days));
const monthEnd = fc
  .record({ year: fc.integer({ min: 1990, max: 2060 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) =>
    addDays(addMonthsKeepingMonthEnd(`${year}-${String(month).padStart(2, '0')}-01`, 1), -1),
  );

describe('calendar arithmetic', () => {
  it.each([
    ['2023-12-31', 12, '2024-12-31'],
    ['2021-01-01', 36, '2024-01-01'],
    ['2023-02-28', 12, '2024-02-29'], // month end stays month end, into a leap year
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2021-01-31', 1, '2021-02-28'],
    ['2021-01-30', 1, '2021-02-28'], // clamped to the shorter month
    ['2021-02-28', 1, '2021-03-31'], // the last day of February is a month end
    ['2020-01-15', -1, '2019-12-15'],
    ['2023-12-31', 0, '2023-12-31'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonthsKeepingMonthEnd(date, months)).toBe(expected);
  });

  it('keeps a month end a month end, whatever the months added', () => {
    fc.assert(
      fc.property(monthEnd, fc.integer({ min: 0, max: 120 }), (date, months) => {
        expect(isMonthEnd(addMonthsKeepingMonthEnd(date, months))).toBe(true);
      }),
    );
  });

  it('moves the month by exactly the months added', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -120, max: 120 }), (date, months) => {
        expect(monthIndex(addMonthsKeepingMonthEnd(date, months)) - monthIndex(date)).toBe(months);
      }),
    );
  });
});

describe('dates', () => {
  it('recognises real ISO dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('29-02-2024')).toBe(false);
  });

  it('counts the days added', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -1000, max: 1000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });
});

describe('the two month rules', () => {
  // Clamped (the law, the outcome definitions) and month-end keeping (agreement periods) differ only
  // when the start is a month end that is shorter than the target month's.
  it.each([
    ['2021-01-31', 1, '2021-02-28', '2021-02-28'],
    ['2021-02-28', 1, '2021-03-28', '2021-03-31'],
    ['2023-02-28', 12, '2024-02-28', '2024-02-29'],
    ['2020-08-31', 6, '2021-02-28', '2021-02-28'],
    ['2021-04-30', 1, '2021-05-30', '2021-05-31'],
    ['2021-03-15', -3, '2020-12-15', '2020-12-15'],
    ['2021-01-15', -1, '2020-12-15', '2020-12-15'],
  ])('%s + %i months: clamped %s, keeping the month end %s', (date, months, clamped, keeping) => {
    expect(addMonthsClamped(date, months)).toBe(clamped);
    expect(addMonthsKeepingMonthEnd(date, months)).toBe(keeping);
  });

  it('agree on every day that is not a month end', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -120, max: 120 }), (date, months) => {
        fc.pre(!isMonthEnd(date));
        expect(addMonthsClamped(date, months)).toBe(addMonthsKeepingMonthEnd(date, months));
      }),
    );
  });
});

describe('the municipality’s calendar', () => {
  it('takes today in Copenhagen, not in UTC', () => {
    expect(copenhagenDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(copenhagenDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(copenhagenDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('writes dates the Danish way', () => {
    expect(formatDanishDate('2026-02-01')).toBe('01-02-2026');
  });
});

describe('age', () => {
  it.each([
    ['1990-06-15', '2020-06-14', 29],
    ['1990-06-15', '2020-06-15', 30],
    ['1990-06-15', '2020-12-31', 30],
    ['2000-02-29', '2030-02-28', 29],
    ['2000-02-29', '2030-03-01', 30],
  ])('born %s is on %s %i years old', (birthDate, onDate, age) => {
    expect(ageOn(birthDate, onDate)).toBe(age);
  });

  it('grows by one every year on the same day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2020 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 80 }),
        (year, month, day, years) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const born = `${year}-${pad(month)}-${pad(day)}`;
          expect(ageOn(born, `${year + years}-${pad(month)}-${pad(day)}`)).toBe(years);
        },
      ),
    );
  });
});

describe('formatDanishPeriod', () => {
  it('writes a closed period, an open one under way, and one that lies ahead', () => {
    expect(formatDanishPeriod('2026-02-01', '2026-04-30', '2026-12-06')).toBe('01-02-2026 – 30-04-2026');
    expect(formatDanishPeriod('2026-12-06', null, '2026-12-06')).toBe('06-12-2026 – nu');
    expect(formatDanishPeriod('2027-01-04', null, '2026-12-06')).toBe('fra 04-01-2027');
  });
});

describe('day numbers by integer arithmetic', () => {
  const iso = (c: { year: number; month: number; day: number }) =>
    `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;

  it('agree with the Date-based day numbers on every day of 1900–2100', () => {
    const wrong: number[] = [];
    for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day++) {
      const civil = civilOfDay(day);
      if (
        iso(civil) !== isoOfDay(day) ||
        dayOfCivil(civil.year, civil.month, civil.day) !== day ||
        dayNumber(isoOfDay(day)) !== day
      )
        wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });

  it("read a date as Date.UTC does, past a month's end too, and refuse what is not a date", () => {
    const viaDate = (date: string) =>
      Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8)) / 86_400_000;
    for (const date of [
      '2019-02-30',
      '2019-04-31',
      '2020-02-30',
      '2019-03-00',
      '2019-12-31',
      '0100-01-01',
      '9999-12-31',
    ])
      expect(dayNumber(date)).toBe(viaDate(date));
    for (const bad of ['2019-1-01', '2019-01-1', '20190101', '2019-01-0x', 'x019-01-01', '', '2019-13-01T'])
      expect(() => dayNumber(bad)).toThrow(RangeError);
  });

  it('know the fixed points: the epoch, leap days and the century rules', () => {
    expect(civilOfDay(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilOfDay(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(iso(civilOfDay(dayNumber('2000-02-29')))).toBe('2000-02-29');
    expect(iso(civilOfDay(dayNumber('2100-02-28') + 1))).toBe('2100-03-01');
    expect(dayOfCivil(2024, 3, 1) - dayOfCivil(2024, 2, 28)).toBe(2);
    expect(dayOfCivil(2023, 3, 1) - dayOfCivil(2023, 2, 28)).toBe(1);
  });
});

describe('formatDate', () => {
  it('writes "07-09-2026" in Danish and "7 Sep 2026" in English, and leaves what is not a date alone', () => {
    expect(formatDate('2026-09-07', 'da')).toBe('07-09-2026');
    expect(formatDate('2026-09-07', 'en')).toBe('7 Sep 2026');
    expect(formatDate('2024-02-29', 'en')).toBe('29 Feb 2024');
    expect(formatDate('next week', 'da')).toBe('next week');
  });
});
