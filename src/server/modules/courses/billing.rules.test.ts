import { addDays } from '../../../shared/dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsTo,
  billCourses,
  courseBlocks,
  lastDayOf,
  monthsOf,
  priceBlocks,
  summariseLines,
  totalOf,
  type BillableCourse,
  type BillingAgreement,
  type BillingPeriod,
} from './billing.rules.ts';
import { weeksIncluding } from '../../../shared/courses/legal-rules.ts';

const FAR_FUTURE = '2099-12-31';

function course(values: Partial<BillableCourse> & { startsOn: string }): BillableCourse {
  return {
    id: 'c1',
    providerId: 'p1',
    agreementId: 'a1',
    endsOn: null,
    aftercareStartsOn: null,
    aftercareEndsOn: null,
    ...values,
  };
}

const AGREEMENT: BillingAgreement = {
  id: 'a1',
  status: 'active',
  startsOn: '2024-01-01',
  endsOn: '2027-12-31',
  prices: [
    { priceKind: 'programme', validFrom: '2024-01-01', validTo: '2026-02-14', weeklyOre: 200_000 },
    { priceKind: 'programme', validFrom: '2026-02-15', validTo: null, weeklyOre: 210_000 },
    { priceKind: 'aftercare', validFrom: '2024-01-01', validTo: null, weeklyOre: 60_000 },
  ],
};

/** Weeks per month of one kind, e.g. { '2026-01': 1, '2026-02': 3 }. */
function weeksByMonth(c: BillableCourse, period: BillingPeriod, asOf: string, kind = 'programme') {
  const result: Record<string, number> = {};
  for (const block of courseBlocks(c, period, asOf).filter((b) => b.kind === kind)) {
    result[block.month] = (result[block.month] ?? 0) + 1;
  }
  return result;
}

describe('billable weeks', () => {
  const year: BillingPeriod = { from: '2026-01', to: '2026-12' };

  it.each([
    ['7 days are one week', '2026-01-05', '2026-01-11', { '2026-01': 1 }],
    ['8 days are two weeks', '2026-01-05', '2026-01-12', { '2026-01': 2 }],
    ['one day is one week', '2026-03-10', '2026-03-10', { '2026-03': 1 }],
    ['a week is billed in the month it starts', '2026-01-29', '2026-02-20', { '2026-01': 1, '2026-02': 3 }],
    [
      'a week starting on the last day of a month belongs to that month',
      '2026-03-31',
      '2026-04-13',
      { '2026-03': 1, '2026-04': 1 },
    ],
  ])('%s (%s – %s)', (_name, startsOn, endsOn, expected) => {
    expect(weeksByMonth(course({ startsOn, endsOn }), year, FAR_FUTURE)).toEqual(expected);
  });

  it('bills an ongoing course up to today: a week counts once it has started', () => {
    const ongoing = course({ startsOn: '2026-03-02' });
    expect(weeksByMonth(ongoing, year, '2026-03-15')).toEqual({ '2026-03': 2 });
    expect(weeksByMonth(ongoing, year, '2026-03-16')).toEqual({ '2026-03': 3 });
  });

  it("stops at the period's end and starts counting at the period's first day", () => {
    const long = course({ startsOn: '2025-11-03', endsOn: '2026-06-30' });
    // Blocks start on Mondays from 3 Nov 2025: in February 2026 on the 2nd, 9th, 16th and 23rd.
    expect(weeksByMonth(long, { from: '2026-02', to: '2026-02' }, FAR_FUTURE)).toEqual({ '2026-02': 4 });
    expect(weeksByMonth(long, { from: '2026-03', to: '2026-03' }, FAR_FUTURE)).toEqual({ '2026-03': 5 });
  });

  it('counts aftercare in its own blocks from its own start', () => {
    const withAftercare = course({
      startsOn: '2026-01-05',
      endsOn: '2026-03-31',
      aftercareStartsOn: '2026-04-01',
      aftercareEndsOn: '2026-06-30',
    });
    expect(weeksByMonth(withAftercare, year, FAR_FUTURE, 'aftercare')).toEqual({
      '2026-04': 5,
      '2026-05': 4,
      '2026-06': 4,
    });
    expect(weeksByMonth(withAftercare, year, FAR_FUTURE, 'programme')).toEqual({
      '2026-01': 4,
      '2026-02': 4,
      '2026-03': 5,
    });
  });

  it('bills ongoing aftercare up to today', () => {
    const inAftercare = course({
      startsOn: '2026-01-05',
      endsOn: '2026-03-31',
      aftercareStartsOn: '2026-04-01',
    });
    expect(weeksByMonth(inAftercare, year, '2026-04-20', 'aftercare')).toEqual({ '2026-04': 3 });
  });

  it('gives nothing for a course that starts after the period or ended before it', () => {
    expect(courseBlocks(course({ startsOn: '2027-01-04' }), year, FAR_FUTURE)).toEqual([]);
    expect(courseBlocks(course({ startsOn: '2025-01-06', endsOn: '2025-12-31' }), year, FAR_FUTURE)).toEqual(
      [],
    );
  });
});

describe('prices', () => {
  const february: BillingPeriod = { from: '2026-02', to: '2026-02' };

  it("uses the price valid on each week's first day: a price change in the month gives two prices", () => {
    const c = course({ startsOn: '2026-02-02', endsOn: '2026-02-28' });
    const { lines, problems } = billCourses([c], new Map([['a1', AGREEMENT]]), february, FAR_FUTURE);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      {
        courseId: 'c1',
        providerId: 'p1',
        agreementId: 'a1',
        month: '2026-02',
        programme: {
          weeks: 4,
          ore: 2 * 200_000 + 2 * 210_000,
          prices: [
            { weeklyOre: 200_000, weeks: 2 },
            { weeklyOre: 210_000, weeks: 2 },
          ],
        },
        aftercare: { weeks: 0, ore: 0, prices: [] },
        totalOre: 820_000,
      },
    ]);
  });

  it('bills aftercare at the aftercare price', () => {
    const c = course({
      startsOn: '2026-01-05',
      endsOn: '2026-01-31',
      aftercareStartsOn: '2026-02-01',
      aftercareEndsOn: '2026-02-21',
    });
    const { lines } = billCourses([c], new Map([['a1', AGREEMENT]]), february, FAR_FUTURE);
    expect(lines[0]!.aftercare).toEqual({
      weeks: 3,
      ore: 180_000,
      prices: [{ weeklyOre: 60_000, weeks: 3 }],
    });
    expect(lines[0]!.totalOre).toBe(180_000);
  });

  it.each([
    ['no agreement', null, 'no_agreement'],
    [
      'an agreement without an aftercare price',
      { ...AGREEMENT, prices: AGREEMENT.prices.slice(0, 2) },
      'no_price',
    ],
    ['an agreement that has ended', { ...AGREEMENT, endsOn: '2025-12-31' }, 'no_price'],
    ['a draft agreement', { ...AGREEMENT, status: 'draft' as const }, 'no_price'],
  ])('reports a week without a price as a problem, not 0 kr.: %s', (_name, agreement, reason) => {
    const blocks = [{ kind: 'aftercare' as const, startsOn: '2026-02-02', month: '2026-02' }];
    const { priced, problems } = priceBlocks(blocks, agreement);
    expect(priced).toEqual([]);
    expect(problems).toEqual([{ ...blocks[0], reason }]);
  });

  it('groups the weeks without a price per course, kind, month and reason', () => {
    const c = course({ startsOn: '2026-02-02', endsOn: '2026-03-15', agreementId: null });
    const { lines, problems } = billCourses([c], new Map(), { from: '2026-02', to: '2026-03' }, FAR_FUTURE);
    expect(lines).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ month: '2026-02', weeks: 4, firstWeekStartsOn: '2026-02-02' }),
      expect.objectContaining({ month: '2026-03', weeks: 2, firstWeekStartsOn: '2026-03-02' }),
    ]);
  });

  it('sums courses per provider, month and agreement and counts each course once in a total', () => {
    const a = course({ id: 'a', startsOn: '2026-02-02', endsOn: '2026-03-01' });
    const b = course({ id: 'b', startsOn: '2026-02-16', endsOn: '2026-03-15' });
    const { lines } = billCourses(
      [a, b],
      new Map([['a1', AGREEMENT]]),
      { from: '2026-02', to: '2026-03' },
      FAR_FUTURE,
    );
    const rows = summariseLines(lines);
    expect(rows.map((r) => [r.month, r.programme.weeks, r.courseIds.length])).toEqual([
      ['2026-02', 4 + 2, 2],
      ['2026-03', 2, 1],
    ]);
    const total = totalOf(rows);
    expect(total.programme.weeks).toBe(8);
    expect(total.courseIds.sort()).toEqual(['a', 'b']);
  });
});

describe('months', () => {
  it.each([
    ['2026-01', 1, '2026-02'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', 24, '2028-03'],
  ])('%s + %i = %s', (month, n, expected) => {
    expect(addMonthsTo(month, n)).toBe(expected);
  });

  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
  ])('the last day of %s is %s', (month, day) => {
    expect(lastDayOf(month)).toBe(day);
  });
});

// ---- properties ---------------------------------------------------------------------------------

const dayArb = fc.integer({ min: 0, max: 4 * 365 }).map((n) => addDays('2024-01-01', n));
const courseArb = fc
  .record({
    startsOn: dayArb,
    length: fc.integer({ min: 0, max: 700 }),
    ended: fc.boolean(),
    aftercare: fc.option(
      fc.record({ gap: fc.integer({ min: 1, max: 30 }), length: fc.integer({ min: 0, max: 200 }) }),
    ),
  })
  .map(({ startsOn, length, ended, aftercare }) => {
    const endsOn = ended || aftercare ? addDays(startsOn, length) : null;
    const aftercareStartsOn = aftercare && endsOn ? addDays(endsOn, aftercare.gap) : null;
    return course({
      startsOn,
      endsOn,
      aftercareStartsOn,
      aftercareEndsOn: aftercareStartsOn && aftercare ? addDays(aftercareStartsOn, aftercare.length) : null,
    });
  });
const monthArb = fc.integer({ min: 0, max: 59 }).map((n) => addMonthsTo('2024-01', n));
const periodArb = fc
  .tuple(monthArb, fc.integer({ min: 1, max: 36 }), fc.nat())
  .map(([from, length, split]) => ({ from, to: addMonthsTo(from, length), splitAfter: split % length }));
// Prices that change on random days, some kinds without a price on some days.
const agreementArb = fc
  .tuple(
    fc.integer({ min: 150_000, max: 250_000 }),
    fc.integer({ min: 150_000, max: 250_000 }),
    dayArb,
    fc.integer({ min: 50_000, max: 80_000 }),
  )
  .map(([first, second, changeOn, aftercare]): BillingAgreement => ({
    id: 'a1',
    status: 'active',
    startsOn: '2024-01-01',
    endsOn: '2028-12-31',
    prices: [
      { priceKind: 'programme', validFrom: '2024-01-01', validTo: addDays(changeOn, -1), weeklyOre: first },
      { priceKind: 'programme', validFrom: changeOn, validTo: null, weeklyOre: second },
      { priceKind: 'aftercare', validFrom: '2025-01-01', validTo: null, weeklyOre: aftercare },
    ],
  }));

function billed(c: BillableCourse, agreement: BillingAgreement, period: BillingPeriod, asOf: string) {
  const { lines, problems } = billCourses([c], new Map([['a1', agreement]]), period, asOf);
  const total = totalOf(lines);
  return {
    programmeWeeks: total.programme.weeks,
    aftercareWeeks: total.aftercare.weeks,
    ore: total.totalOre,
    problemWeeks: problems.reduce((sum, p) => sum + p.weeks, 0),
  };
}

describe('billing properties', () => {
  it('bills the same weeks and kroner over a period as over the period split in two', () => {
    fc.assert(
      fc.property(courseArb, agreementArb, periodArb, dayArb, (c, agreement, period, asOf) => {
        const middle = addMonthsTo(period.from, period.splitAfter);
        const whole = billed(c, agreement, period, asOf);
        const first = billed(c, agreement, { from: period.from, to: middle }, asOf);
        const second = billed(c, agreement, { from: addMonthsTo(middle, 1), to: period.to }, asOf);
        expect(first.programmeWeeks + second.programmeWeeks).toBe(whole.programmeWeeks);
        expect(first.aftercareWeeks + second.aftercareWeeks).toBe(whole.aftercareWeeks);
        expect(first.ore + second.ore).toBe(whole.ore);
        expect(first.problemWeeks + second.problemWeeks).toBe(whole.problemWeeks);
      }),
    );
  });

  it('bills kroner = Σ weeks × weekly price in every row', () => {
    fc.assert(
      fc.property(
        fc.array(courseArb, { maxLength: 6 }),
        agreementArb,
        periodArb,
        (courses, agreement, period) => {
          const withIds = courses.map((c, i) => ({ ...c, id: `c${i}` }));
          const { lines } = billCourses(withIds, new Map([['a1', agreement]]), period, FAR_FUTURE);
          for (const row of summariseLines(lines)) {
            for (const kind of ['programme', 'aftercare'] as const) {
              const amount = row[kind];
              expect(amount.ore).toBe(amount.prices.reduce((s, p) => s + p.weeks * p.weeklyOre, 0));
              expect(amount.weeks).toBe(amount.prices.reduce((s, p) => s + p.weeks, 0));
              for (const price of amount.prices) {
                expect([...agreement.prices.map((p) => p.weeklyOre)]).toContain(price.weeklyOre);
              }
            }
            expect(row.totalOre).toBe(row.programme.ore + row.aftercare.ore);
            expect(monthsOf(period)).toContain(row.month);
          }
        },
      ),
    );
  });

  it('bills a programme over all its months with weeksIncluding(start, end) weeks (1–7 days = 1 week)', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 700 }), (startsOn, length) => {
        const endsOn = addDays(startsOn, length);
        const all = { from: startsOn.slice(0, 7), to: endsOn.slice(0, 7) };
        const blocks = courseBlocks(course({ startsOn, endsOn }), all, FAR_FUTURE);
        expect(blocks).toHaveLength(weeksIncluding(startsOn, endsOn));
      }),
    );
  });
});
