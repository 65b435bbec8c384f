// Definition case-mix-2026, the cells: age band from the CPR birth date at the course start, the
// benefit history of the 156 ISO weeks before the start's week, and who counts and succeeds per table.
import { describe, expect, it } from 'vitest';
import type { RegisterCategory } from '../../platform/db/schema.ts';
import {
  ageBand,
  benefitWeeksBefore,
  birthDateOfCpr,
  exitOutcome,
  flagOutcome,
  HISTORY_WEEKS,
  historyBand,
  historyWeekMondays,
  mondayOfWeek,
} from './fairness.rules.ts';
import { EXIT_STATUSES, type ExitStatus } from './outcome.rules.ts';
import { ageOn } from '../../../shared/dates.ts';

// 130 kontanthjælp, 651 SU, 881 barsel, 999 death/emigration; 777 is not in the codebook.
const CODEBOOK: Record<number, RegisterCategory> = {
  130: 'benefit',
  651: 'education',
  881: 'non_benefit',
  999: 'exit_register',
};
const categoryOf = (code: number) => CODEBOOK[code];

describe('the age band at the course start', () => {
  it.each([
    ['0101901234', '1990-01-01'],
    ['3112651234', '1965-12-31'],
    ['0101054234', '2005-01-01'],
    ['0101584234', '1958-01-01'],
    ['0101585234', '1858-01-01'],
    ['0101575234', '2057-01-01'],
    ['290200-4000', '2000-02-29'],
  ])('reads the birth date of CPR %s as %s (the century from the 7th digit)', (cpr, birthDate) => {
    expect(birthDateOfCpr(cpr)).toBe(birthDate);
  });

  it('reads no birth date from a number that is not a CPR number', () => {
    expect(birthDateOfCpr('3102901234')).toBeNull();
    expect(birthDateOfCpr('12345')).toBeNull();
  });

  it.each([
    ['1990-05-10', '2020-05-09', 29],
    ['1990-05-10', '2020-05-10', 30],
    ['2000-02-29', '2030-02-28', 29],
    ['2000-02-29', '2030-03-01', 30],
    ['2000-02-29', '2028-02-29', 28],
  ])('born %s is on %s %i years old', (birthDate, onDate, years) => {
    expect(ageOn(birthDate, onDate)).toBe(years);
  });

  it.each([
    ['2003-06-01', '2019-03-01', '18-29'],
    ['1989-03-02', '2019-03-01', '18-29'],
    ['1989-03-01', '2019-03-01', '30-39'],
    ['1979-03-02', '2019-03-01', '30-39'],
    ['1979-03-01', '2019-03-01', '40-49'],
    ['1969-03-02', '2019-03-01', '40-49'],
    ['1969-03-01', '2019-03-01', '50+'],
    ['1940-01-01', '2019-03-01', '50+'],
    [null, '2019-03-01', 'unknown'],
  ] as const)('born %s, starting %s: %s', (birthDate, startsOn, band) => {
    expect(ageBand(birthDate, startsOn)).toBe(band);
  });
});

describe('the benefit history', () => {
  it.each([
    ['2019-03-07', '2019-03-04'],
    ['2019-03-04', '2019-03-04'],
    ['2019-03-10', '2019-03-04'],
    ['2021-01-01', '2020-12-28'],
  ])('takes the ISO week of %s from its Monday %s', (date, monday) => {
    expect(mondayOfWeek(date)).toBe(monday);
  });

  it('reads the 156 weeks before the start week, not the start week itself', () => {
    const mondays = historyWeekMondays('2019-03-07');
    expect(mondays).toHaveLength(156);
    expect(mondays[155]).toBe('2019-02-25');
    // 156 weeks = 1,092 days before Monday 4 March 2019.
    expect(mondays[0]).toBe('2016-03-07');
  });

  /** A person whose extract starts on `first` with `weeks` weeks of `code`, some weeks changed. */
  const person = (first: string, weeks: number, code: number, changes: Record<number, number> = {}) => {
    const weeklyCodes = new Array<number>(weeks).fill(code);
    for (const [i, c] of Object.entries(changes)) weeklyCodes[Number(i)] = c;
    return { firstWeekMonday: first, weeklyCodes };
  };
  // The history of a course starting in the week of Monday 4 March 2019 is weeks 0–155 of an
  // extract from Monday 7 March 2016.
  const START = '2019-03-06';
  const FIRST = '2016-03-07';

  it('counts every week of benefit: 156 is the highest band', () => {
    expect(benefitWeeksBefore(person(FIRST, 156, 130), START, categoryOf)).toBe(156);
  });

  it('does not count weeks without benefit (0), of education or other self-support', () => {
    const p = person(FIRST, 156, 130, { 0: 0, 10: 651, 20: 881, 30: 999 });
    // An exit-register code (999) is no benefit week either.
    expect(benefitWeeksBefore(p, START, categoryOf)).toBe(152);
  });

  it('counts a code missing from the codebook as benefit, as the exit rules do', () => {
    const p = person(FIRST, 156, 0, { 5: 777, 6: 130 });
    expect(benefitWeeksBefore(p, START, categoryOf)).toBe(2);
  });

  it('ignores weeks before the window and from the start week on', () => {
    const p = person('2016-02-29', 158, 0, { 0: 130, 157: 130, 1: 130 });
    expect(benefitWeeksBefore(p, START, categoryOf)).toBe(1);
  });

  it('is unknown when the extract starts inside the window, ends inside it, or lacks a week', () => {
    expect(benefitWeeksBefore(person('2016-03-14', 200, 130), START, categoryOf)).toBeNull();
    expect(benefitWeeksBefore(person(FIRST, 155, 130), START, categoryOf)).toBeNull();
    const gap = {
      firstWeekMonday: FIRST,
      weeklyCodes: [...new Array<number>(156).fill(130)] as (number | null)[],
    };
    gap.weeklyCodes[77] = null;
    expect(benefitWeeksBefore(gap, START, categoryOf)).toBeNull();
  });

  it('is unknown for a person not in the register', () => {
    expect(benefitWeeksBefore(null, START, categoryOf)).toBeNull();
  });

  it.each([
    [0, '0-51'],
    [51, '0-51'],
    [52, '52-103'],
    [103, '52-103'],
    [104, '104-155'],
    [155, '104-155'],
    [HISTORY_WEEKS, '156'],
    [null, 'unknown'],
  ] as const)('puts %s benefit weeks in band %s', (weeks, band) => {
    expect(historyBand(weeks)).toBe(band);
  });
});

describe('who counts and who succeeds (the seed-2020 shares)', () => {
  const expected: Record<ExitStatus, [boolean, boolean]> = {
    job: [true, true],
    education: [true, true],
    partTime: [true, true],
    publicBenefit: [true, false],
    otherSelfSupporting: [true, false],
    censored: [true, false],
    pending: [false, false],
    notInRegister: [false, false],
  };
  it.each(EXIT_STATUSES)('exit: a course with status %s', (status) => {
    const [counts, success] = expected[status];
    expect(exitOutcome(status)).toEqual({ counts, success });
  });

  it('placement and plan: every completed course counts, a counted one succeeds', () => {
    expect(flagOutcome(true)).toEqual({ counts: true, success: true });
    expect(flagOutcome(false)).toEqual({ counts: true, success: false });
  });
});
