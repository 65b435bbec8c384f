import { addMonthsClamped } from '../../../shared/dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegisterCategory } from '../../platform/db/schema.ts';
import {
  classifyExit,
  EXIT_STATUSES,
  exitWindow,
  hasPlan,
  isPlaced,
  observeExit,
  referenceMonth,
  weeksOfMonth,
  type ExitObservation,
  type ExitStatus,
  type RegisterPerson,
} from './outcome.rules.ts';
import { buildExitTable, buildPlacementTable, buildPlanTable, type Provider } from './outcome-tables.ts';
import { wholePercent, wilsonInterval } from './wilson.ts';

// A small codebook: 130 kontanthjælp, 651 SU, 881 barsel, 999 death/emigration.
const CODEBOOK: Record<number, RegisterCategory> = {
  130: 'benefit',
  651: 'education',
  881: 'non_benefit',
  999: 'exit_register',
};
const categoryOf = (code: number) => CODEBOOK[code];

describe('the reference month M2', () => {
  it.each([
    ['2019-03-01', '2019-05-01'],
    ['2019-03-31', '2019-05-01'],
    ['2019-09-30', '2019-11-01'],
    ['2019-11-15', '2020-01-01'],
    ['2019-12-31', '2020-02-01'],
    ['2020-01-31', '2020-03-01'],
  ])('is two calendar months after the end month: ends %s → %s', (endsOn, month) => {
    expect(referenceMonth(endsOn)).toBe(month);
  });
});

describe('the weeks of a month (ISO weeks whose Thursday falls in it)', () => {
  it.each([
    // Thursdays 2, 9, 16, 23, 30 May: the week of Monday 29 April straddles the months and is May's.
    ['2019-05-01', ['2019-04-29', '2019-05-06', '2019-05-13', '2019-05-20', '2019-05-27']],
    // Monday 30 September has its Thursday on 3 October: it is October's, not September's.
    ['2019-09-01', ['2019-09-02', '2019-09-09', '2019-09-16', '2019-09-23']],
    ['2019-10-01', ['2019-09-30', '2019-10-07', '2019-10-14', '2019-10-21', '2019-10-28']],
    // ISO week 53 of 2020 (Monday 28 December, Thursday 31 December) belongs to December.
    ['2020-12-01', ['2020-11-30', '2020-12-07', '2020-12-14', '2020-12-21', '2020-12-28']],
    ['2021-01-01', ['2021-01-04', '2021-01-11', '2021-01-18', '2021-01-25']],
    // ISO week 53 of 2015 (Thursday 31 December 2015).
    ['2015-12-01', ['2015-11-30', '2015-12-07', '2015-12-14', '2015-12-21', '2015-12-28']],
    // February of a leap year, starting on a Thursday.
    ['2024-02-01', ['2024-01-29', '2024-02-05', '2024-02-12', '2024-02-19', '2024-02-26']],
  ])('%s → %j', (month, mondays) => {
    expect(weeksOfMonth(month)).toEqual(mondays);
  });

  it('assigns every Monday to exactly one month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2040 }), (year) => {
        const mondays = Array.from({ length: 12 }, (_, m) =>
          weeksOfMonth(`${year}-${String(m + 1).padStart(2, '0')}-01`),
        ).flat();
        expect(new Set(mondays).size).toBe(mondays.length);
        for (let i = 1; i < mondays.length; i++) {
          expect(Date.parse(mondays[i]!) - Date.parse(mondays[i - 1]!)).toBe(7 * 86_400_000);
        }
      }),
    );
  });
});

const obs = (weekCodes: (number | null)[], degree: number | null): ExitObservation => ({ weekCodes, degree });

describe('the exit status (first match wins)', () => {
  it.each<[string, ExitObservation | null, ExitStatus]>([
    ['absent from the register', null, 'notInRegister'],
    ['a week of M2 missing from the extract', obs([0, 0, null, 0], 0.5), 'pending'],
    ['the degree of M2 missing', obs([0, 0, 0, 0], null), 'pending'],
    ['an exit-register code, even with benefit and wages', obs([130, 999, 0, 0], 0.4), 'censored'],
    ['a benefit week and wages in the month', obs([0, 130, 0, 0], 0.2), 'partTime'],
    ['benefit in every week, no wages', obs([130, 130, 130, 130], 0), 'publicBenefit'],
    ['benefit and education, no wages', obs([130, 651, 651, 651], 0), 'publicBenefit'],
    ['education and wages', obs([651, 651, 651, 651], 0.3), 'education'],
    ['education only', obs([651, 0, 0, 0, 0], 0), 'education'],
    ['no benefit and wages', obs([0, 0, 0, 0], 1), 'job'],
    ['a non-benefit code (barsel) and wages', obs([881, 881, 0, 0], 0.1), 'job'],
    ['a non-benefit code and no wages', obs([881, 0, 0, 0], 0), 'otherSelfSupporting'],
    ['no benefit and no wages', obs([0, 0, 0, 0, 0], 0), 'otherSelfSupporting'],
    ['a code missing from the codebook counts as a benefit', obs([0, 777, 0, 0], 0), 'publicBenefit'],
  ])('%s → %s', (_name, observation, status) => {
    expect(classifyExit(observation, categoryOf)).toBe(status);
  });
});

describe('reading M2 out of the packed register', () => {
  // Weeks from Monday 29 April 2019 (the first week of May), degrees from January 2019.
  const person = (over: Partial<RegisterPerson> = {}): RegisterPerson => ({
    firstWeekMonday: '2019-04-29',
    weeklyCodes: [0, 130, 0, 0, 0, 651],
    firstMonth: '2019-01-01',
    employmentDegrees: [0, 0, 0, 0, 0.5],
    ...over,
  });

  it('takes the weeks and the degree of M2', () => {
    expect(observeExit(exitWindow('2019-03-20'), person())).toEqual({
      weekCodes: [0, 130, 0, 0, 0],
      degree: 0.5,
    });
    expect(classifyExit(observeExit(exitWindow('2019-03-20'), person()), categoryOf)).toBe('partTime');
  });

  it('is pending when the extract starts after M2 began, ends within it, or lacks the month', () => {
    const window = exitWindow('2019-03-20');
    expect(observeExit(window, person({ firstWeekMonday: '2019-05-06' })).weekCodes[0]).toBeNull();
    expect(classifyExit(observeExit(window, person({ firstWeekMonday: '2019-05-06' })), categoryOf)).toBe(
      'pending',
    );
    expect(classifyExit(observeExit(window, person({ weeklyCodes: [0, 0, 0, 0] })), categoryOf)).toBe(
      'pending',
    );
    expect(classifyExit(observeExit(window, person({ employmentDegrees: [0, 0, 0, 0] })), categoryOf)).toBe(
      'pending',
    );
    expect(classifyExit(observeExit(window, person({ firstMonth: null })), categoryOf)).toBe('pending');
    expect(classifyExit(observeExit(window, person({ firstMonth: '2019-06-01' })), categoryOf)).toBe(
      'pending',
    );
  });
});

describe('the placement window (during the course or at most 21 days after)', () => {
  const course = { startsOn: '2019-03-01', endsOn: '2019-06-30' };
  it.each([
    ['2019-02-28', false, 'the day before the course'],
    ['2019-03-01', true, 'the first day of the course'],
    ['2019-05-10', true, 'during the course'],
    ['2019-07-21', true, 'day 21 after the end'],
    ['2019-07-22', false, 'day 22 after the end'],
  ])('a placement starting %s counts: %s (%s)', (start, counted) => {
    expect(isPlaced(course, [start])).toBe(counted);
  });

  it('crosses month and year ends by days', () => {
    expect(isPlaced({ startsOn: '2019-12-01', endsOn: '2019-12-31' }, ['2020-01-21'])).toBe(true);
    expect(isPlaced({ startsOn: '2019-12-01', endsOn: '2019-12-31' }, ['2020-01-22'])).toBe(false);
    expect(isPlaced({ startsOn: '2020-01-01', endsOn: '2020-02-10' }, ['2020-03-02'])).toBe(true);
    expect(isPlaced({ startsOn: '2020-01-01', endsOn: '2020-02-10' }, ['2020-03-03'])).toBe(false);
  });

  it('counts a course once, however many placements', () => {
    expect(isPlaced(course, ['2018-01-01', '2019-04-01', '2019-07-01'])).toBe(true);
    expect(isPlaced(course, [])).toBe(false);
  });
});

describe('the plan window (during the course or at most 6 calendar months after)', () => {
  it.each([
    ['2019-05-15', '2019-11-15', true],
    ['2019-05-15', '2019-11-16', false],
    // The same day number, or the month's last day.
    ['2019-08-31', '2020-02-29', true],
    ['2019-08-31', '2020-03-01', false],
    ['2018-08-31', '2019-02-28', true],
    ['2018-08-31', '2019-03-01', false],
    ['2019-03-31', '2019-09-30', true],
    ['2019-03-31', '2019-10-01', false],
    ['2019-12-31', '2020-06-30', true],
  ])('course ending %s, plan started %s: counts %s', (endsOn, start, counted) => {
    expect(hasPlan({ startsOn: '2019-01-01', endsOn }, [start])).toBe(counted);
  });

  it('does not count a plan started before the course', () => {
    expect(hasPlan({ startsOn: '2019-03-01', endsOn: '2019-06-30' }, ['2019-02-28'])).toBe(false);
    expect(hasPlan({ startsOn: '2019-03-01', endsOn: '2019-06-30' }, ['2019-03-01'])).toBe(true);
  });

  it('adds calendar months with the last day of shorter months', () => {
    expect(addMonthsClamped('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonthsClamped('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonthsClamped('2019-10-31', 6)).toBe('2020-04-30');
  });
});

describe('whole percent, rounded half up', () => {
  it.each([
    [1, 40, 3],
    [2, 80, 3],
    [1, 200, 1],
    [4, 41, 10],
    [15, 229, 7],
    [16, 355, 5],
    [22, 355, 6],
    [36, 345, 10],
    [15, 56, 27],
    [0, 28, 0],
    [28, 28, 100],
  ])('%i of %i → %i %%', (numerator, denominator, percent) => {
    expect(wholePercent(numerator, denominator)).toBe(percent);
  });

  it('is null without a denominator', () => {
    expect(wholePercent(0, 0)).toBeNull();
  });
});

describe('the 95 % Wilson score interval', () => {
  it('matches the formula for 4 of 28 and is exact at the edges', () => {
    const [low, high] = wilsonInterval(4, 28)!;
    expect(low).toBeCloseTo(0.057, 3);
    expect(high).toBeCloseTo(0.3149, 3);
    expect(wilsonInterval(0, 28)![0]).toBe(0);
    expect(wilsonInterval(28, 28)![1]).toBe(1);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('contains the share, stays in [0, 1] and is symmetric', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, f) => {
          const k = Math.floor(f * n);
          const [low, high] = wilsonInterval(k, n)!;
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(k / n + 1e-12);
          expect(high).toBeGreaterThanOrEqual(k / n - 1e-12);
          const [mirrorLow, mirrorHigh] = wilsonInterval(n - k, n)!;
          expect(low).toBeCloseTo(1 - mirrorHigh, 9);
          expect(high).toBeCloseTo(1 - mirrorLow, 9);
        },
      ),
    );
  });
});

const PROVIDERS = new Map<string, Provider>([
  ['p1', { id: 'p1', code: 'settlementet', name: 'Settlementet' }],
  ['p2', { id: 'p2', code: 'opzoomerne', name: 'Opzoomerne' }],
  ['p3', { id: 'p3', code: 'hki', name: 'HKI' }],
]);
const PERIOD = { from: '2019-03-01', to: '2019-09-30' };

describe('the exit table', () => {
  it('leaves pending and absent persons out of the denominator and sums the total', () => {
    const statuses: [string, ExitStatus][] = [
      ['p1', 'job'],
      ['p1', 'partTime'],
      ['p1', 'publicBenefit'],
      ['p1', 'pending'],
      ['p2', 'education'],
      ['p2', 'notInRegister'],
      ['p2', 'censored'],
      ['p2', 'otherSelfSupporting'],
    ];
    const table = buildExitTable(
      PERIOD,
      PROVIDERS,
      statuses.map(([providerId, status]) => ({ providerId, status })),
    );
    expect(table.rows.map((r) => r.providerCode)).toEqual(['opzoomerne', 'settlementet']);
    const settlementet = table.rows[1]!;
    expect(settlementet).toMatchObject({ completed: 4, pending: 1, job: 1, partTime: 1, jobOrEducation: 1 });
    expect(settlementet.rate).toBeCloseTo(2 / 3);
    expect(settlementet.ratePercent).toBe(67);
    const opzoomerne = table.rows[0]!;
    // Censored stays in the denominator: 1 of 3.
    expect(opzoomerne.rate).toBeCloseTo(1 / 3);
    expect(table.total).toMatchObject({
      providerCode: null,
      completed: 8,
      pending: 1,
      notInRegister: 1,
      jobOrEducation: 2,
      partTime: 1,
      censored: 1,
      ratePercent: 50,
      versusRest: null,
    });
  });

  it('gives a null rate and interval when nothing is known yet', () => {
    const table = buildExitTable(PERIOD, PROVIDERS, [{ providerId: 'p1', status: 'pending' }]);
    expect(table.rows[0]).toMatchObject({ rate: null, ratePercent: null, ci95: null, versusRest: null });
  });
});

describe('telling providers apart', () => {
  it('marks a provider whose interval lies clear of the others', () => {
    const items = [
      ...Array.from({ length: 56 }, (_, i) => ({ providerId: 'p3', counted: i < 15 })),
      ...Array.from({ length: 300 }, (_, i) => ({ providerId: 'p1', counted: i < 15 })),
      ...Array.from({ length: 28 }, (_, i) => ({ providerId: 'p2', counted: i < 2 })),
    ];
    const table = buildPlacementTable(PERIOD, ['internship'], PROVIDERS, items);
    const byCode = Object.fromEntries(table.rows.map((r) => [r.providerCode, r.versusRest]));
    expect(byCode).toEqual({ hki: 'higher', settlementet: 'lower', opzoomerne: 'indistinguishable' });
    expect(table.kinds).toEqual(['internship']);
  });

  it('cannot tell a lone provider from nobody', () => {
    const table = buildPlanTable(PERIOD, PROVIDERS, [{ providerId: 'p1', counted: true }]);
    expect(table.rows[0]!.versusRest).toBeNull();
  });
});

describe('properties of every table', () => {
  const exitItem = fc.record({
    providerId: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
    status: fc.constantFrom(...EXIT_STATUSES),
  });
  const flagItem = fc.record({ providerId: fc.constantFrom('p1', 'p2', 'p3'), counted: fc.boolean() });

  it('the total row equals the sum of the rows, and every rate stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(exitItem, { maxLength: 300 }), (items) => {
        const table = buildExitTable(PERIOD, PROVIDERS, items);
        const numeric = Object.keys(table.total).filter(
          (k) => typeof (table.total as Record<string, unknown>)[k] === 'number' && !k.startsWith('rate'),
        );
        for (const key of numeric) {
          const sum = table.rows.reduce((s, r) => s + ((r as Record<string, unknown>)[key] as number), 0);
          expect(sum, key).toBe((table.total as Record<string, unknown>)[key]);
        }
        expect(table.total.completed).toBe(items.length);
        for (const row of [...table.rows, table.total]) {
          if (row.rate === null) continue;
          expect(row.rate).toBeGreaterThanOrEqual(0);
          expect(row.rate).toBeLessThanOrEqual(1);
          expect(row.ratePercent).toBeGreaterThanOrEqual(0);
          expect(row.ratePercent).toBeLessThanOrEqual(100);
          expect(row.ci95![0]).toBeLessThanOrEqual(row.rate + 1e-12);
          expect(row.ci95![1]).toBeGreaterThanOrEqual(row.rate - 1e-12);
        }
      }),
    );
  });

  it('holds for placements and plans too', () => {
    fc.assert(
      fc.property(fc.array(flagItem, { maxLength: 300 }), (items) => {
        for (const table of [
          buildPlacementTable(PERIOD, ['internship'], PROVIDERS, items),
          buildPlanTable(PERIOD, PROVIDERS, items),
        ]) {
          const counted = (r: object) =>
            'placed' in r ? (r.placed as number) : (r as { withPlan: number }).withPlan;
          expect(table.rows.reduce((s, r) => s + r.completed, 0)).toBe(table.total.completed);
          expect(table.rows.reduce((s, r) => s + counted(r), 0)).toBe(counted(table.total));
          for (const row of [...table.rows, table.total]) {
            if (row.rate !== null) expect(row.rate >= 0 && row.rate <= 1).toBe(true);
          }
        }
      }),
    );
  });
});
