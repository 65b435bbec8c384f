import { addDays, addMonthsKeepingMonthEnd, daysBetween } from '../../../shared/dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDuration,
  displayStatus,
  endAfterExtensions,
  isExpiringWithin,
  justificationProblem,
  planExtension,
  planTermination,
  ruleSetFor,
  terminationEnd,
} from './agreement.rules.ts';

// Dates from 1990 to 2060 as ISO strings.
const isoDate = fc.integer({ min: 0, max: 70 * 366 }).map((days) => addDays('1990-01-01', days));
const monthEnd = fc
  .record({ year: fc.integer({ min: 1990, max: 2060 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) =>
    addDays(addMonthsKeepingMonthEnd(`${year}-${String(month).padStart(2, '0')}-01`, 1), -1),
  );

describe('the legal rule set by date', () => {
  it('gives 4 years and 8 weeks of notice for agreements from the 2016 tender act on, and for older ones', () => {
    expect(ruleSetFor('2021-01-01')).toMatchObject({ maxYears: 4, defaultNoticeWeeks: 8 });
    expect(ruleSetFor('2013-01-01')).toMatchObject({ maxYears: 4, defaultNoticeWeeks: 8 });
  });
});

describe('status shown', () => {
  it.each([
    ['active', '2024-12-31', '2025-01-01', 'expired'],
    ['active', '2024-12-31', '2024-12-31', 'active'],
    ['terminated', '2024-03-01', '2025-01-01', 'terminated'],
    ['draft', '2020-12-31', '2025-01-01', 'draft'],
  ] as const)('%s ending %s is shown on %s as %s', (status, endsOn, today, expected) => {
    expect(displayStatus({ status, endsOn }, today)).toBe(expected);
  });

  it('counts an agreement as expiring when its end is within the months from today', () => {
    const running = { status: 'active' as const, endsOn: '2024-06-30' };
    expect(isExpiringWithin(running, '2024-01-01', 6)).toBe(true);
    expect(isExpiringWithin(running, '2023-12-01', 6)).toBe(false);
    expect(isExpiringWithin(running, '2024-07-01', 6)).toBe(false);
    expect(isExpiringWithin({ ...running, status: 'draft' }, '2024-01-01', 6)).toBe(false);
  });
});

describe('termination with notice', () => {
  const agreement = {
    status: 'active' as const,
    startsOn: '2021-01-01',
    endsOn: '2023-12-31',
    noticeWeeks: 8,
  };

  it('ends the agreement 8 weeks after the notice date (seed 003)', () => {
    expect(planTermination(agreement, '2022-03-01', '2022-03-15')).toEqual({
      ok: true,
      value: { endsOn: '2022-04-26' },
    });
  });

  it.each([
    [{ status: 'terminated' as const }, '2022-03-01', '2022-03-15', 'agreement.already_terminated', 'state'],
    [{ status: 'draft' as const }, '2022-03-01', '2022-03-15', 'agreement.terminate_draft', 'state'],
    [{}, '2022-03-01', '2024-01-02', 'agreement.already_expired', 'state'],
    [{}, '2023-11-30', '2023-12-01', 'agreement.notice_after_end', 'state'],
    [{}, '2022-03-20', '2022-03-15', 'agreement.notice_in_future', 'field'],
    [{}, '2020-12-01', '2022-03-15', 'agreement.notice_before_start', 'field'],
  ])('refuses %o with notice on %s (today %s): %s', (change, notice, today, key, kind) => {
    const plan = planTermination({ ...agreement, ...change }, notice, today);
    expect(plan).toMatchObject({ ok: false, problem: { key, kind } });
  });

  it('names the computed end and the current end when the notice would end it later', () => {
    const plan = planTermination(agreement, '2023-11-30', '2023-12-01');
    expect(plan).toMatchObject({ problem: { params: { computed: '25-01-2024', endsOn: '31-12-2023' } } });
  });

  it('accepts notice whose end falls exactly on the current end', () => {
    const plan = planTermination(agreement, addDays('2023-12-31', -56), '2023-11-05');
    expect(plan).toEqual({ ok: true, value: { endsOn: '2023-12-31' } });
  });

  it('always ends 7 days per notice week after the notice date', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 52 }), (notice, weeks) => {
        expect(daysBetween(notice, terminationEnd(notice, weeks))).toBe(7 * weeks);
      }),
    );
  });

  it('never moves the end later, and the end it gives is the notice end', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 400 }),
        (start, length, offset) => {
          const running = {
            status: 'active' as const,
            startsOn: start,
            endsOn: addDays(start, length),
            noticeWeeks: 8,
          };
          const notice = addDays(start, offset);
          const plan = planTermination(running, notice, notice);
          if (plan.ok) {
            expect(plan.value.endsOn <= running.endsOn).toBe(true);
            expect(plan.value.endsOn).toBe(terminationEnd(notice, 8));
          }
        },
      ),
    );
  });
});

describe('extensions', () => {
  const agreement = { status: 'active' as const, originalEndsOn: '2023-12-31', endsOn: '2023-12-31' };
  const oneYear = [{ position: 1, months: 12, exercisedOn: null }];

  it('moves 31 Dec 2023 by the optional year to 31 Dec 2024', () => {
    expect(planExtension(agreement, oneYear, '2023-10-01')).toEqual({
      ok: true,
      value: { position: 1, endsOn: '2024-12-31' },
    });
  });

  it('lands on the leap day when a February month end is extended into a leap year', () => {
    const feb = { ...agreement, originalEndsOn: '2023-02-28', endsOn: '2023-02-28' };
    expect(planExtension(feb, oneYear, '2023-01-01')).toMatchObject({ value: { endsOn: '2024-02-29' } });
  });

  it('exercises the options in order, from the original end', () => {
    const two = [
      { position: 1, months: 12, exercisedOn: '2023-10-01' },
      { position: 2, months: 6, exercisedOn: null },
    ];
    const extended = { ...agreement, endsOn: '2024-12-31' };
    expect(planExtension(extended, two, '2024-10-01')).toEqual({
      ok: true,
      value: { position: 2, endsOn: '2025-06-30' },
    });
    expect(planExtension(extended, two, '2024-10-01', 1)).toMatchObject({
      ok: false,
      problem: { key: 'agreement.extension_out_of_order', params: { position: 2 } },
    });
  });

  it.each([
    [{ status: 'terminated' as const }, oneYear, '2023-10-01', 'agreement.extension_not_active'],
    [{ status: 'draft' as const }, oneYear, '2023-10-01', 'agreement.extension_not_active'],
    [{}, oneYear, '2024-01-01', 'agreement.extension_after_end'],
    [
      {},
      [{ position: 1, months: 12, exercisedOn: '2023-01-01' }],
      '2023-10-01',
      'agreement.no_extension_left',
    ],
    [{}, [], '2023-10-01', 'agreement.no_extension_left'],
  ])('refuses %o with %o on %s: %s', (change, extensions, today, key) => {
    expect(planExtension({ ...agreement, ...change }, extensions, today)).toMatchObject({
      ok: false,
      problem: { key, kind: 'state' },
    });
  });

  it('adds the months of all extensions when every one is exercised, from a month end', () => {
    fc.assert(
      fc.property(monthEnd, fc.array(fc.integer({ min: 1, max: 24 }), { maxLength: 4 }), (end, months) => {
        const options = months.map((m, i) => ({
          position: i + 1,
          months: m,
          exercisedOn: null as string | null,
        }));
        let current = { status: 'active' as const, originalEndsOn: end, endsOn: end };
        for (const option of options) {
          const plan = planExtension(current, options, current.endsOn);
          expect(plan.ok).toBe(true);
          if (!plan.ok) return;
          option.exercisedOn = current.endsOn;
          current = { ...current, endsOn: plan.value.endsOn };
        }
        const total = months.reduce((a, b) => a + b, 0);
        expect(current.endsOn).toBe(addMonthsKeepingMonthEnd(end, total));
        expect(endAfterExtensions(end, options, options.length)).toBe(current.endsOn);
      }),
    );
  });
});

describe('duration', () => {
  it.each([
    ['2021-01-01', '2023-12-31', [12], '2024-12-31', false], // seed 003: 3 years + 1 = exactly 4
    ['2021-01-01', '2023-12-31', [12, 1], '2025-01-31', true],
    ['2021-01-01', '2025-01-01', [], '2025-01-01', true], // 4 years and a day
    ['2020-03-01', '2024-02-29', [], '2024-02-29', false], // leap day: exactly 4 years
  ])('%s–%s with %o runs to %s: long = %s', (startsOn, endsOn, months, maxEndsOn, isLong) => {
    expect(checkDuration(startsOn, endsOn, months)).toEqual({ maxEndsOn, maxYears: 4, isLong });
  });

  it('asks for a justification only for a long agreement without one', () => {
    const long = checkDuration('2021-01-01', '2024-12-31', [12]);
    expect(justificationProblem(long, null)).toMatchObject({
      field: 'longDurationJustification',
      key: 'agreement.justification_required',
    });
    expect(justificationProblem(long, '   ')).not.toBeNull();
    expect(justificationProblem(long, 'Light-regimet; lang opstart')).toBeNull();
    expect(justificationProblem(checkDuration('2021-01-01', '2023-12-31', [12]), null)).toBeNull();
  });

  it('counts unexercised extensions: the maximum end is the original end plus all their months', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.integer({ min: 0, max: 2000 }),
        fc.array(fc.integer({ min: 1, max: 24 }), { maxLength: 4 }),
        (start, length, months) => {
          const end = addDays(start, length);
          const check = checkDuration(start, end, months);
          expect(check.maxEndsOn).toBe(
            addMonthsKeepingMonthEnd(
              end,
              months.reduce((a, b) => a + b, 0),
            ),
          );
          expect(check.isLong).toBe(check.maxEndsOn >= addMonthsKeepingMonthEnd(start, 48));
        },
      ),
    );
  });
});
