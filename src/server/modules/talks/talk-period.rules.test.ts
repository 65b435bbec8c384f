// The benefit period's start (talk.rules.ts benefitPeriodStart): recorded first request > the register's
// first benefit week of the current run (a change of benefit or a week without one starts a new period,
// LAB § 9, stk. 1, nr. 2 and stk. 2, nr. 2) > the course start > none.
import { addDays } from '../../../shared/dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  benefitPeriodStart,
  latestCourseStart,
  nextTalkInPeriod,
  requiredTalk,
  type RegisterRun,
  type RegisterWeeks,
  type TalkFact,
} from './talk.rules.ts';

/** Runs of weeks from a Monday: [code or null, number of weeks]. */
function register(firstMonday: string, runs: readonly (readonly [string | null, number])[]): RegisterWeeks {
  let monday = firstMonday;
  const out: RegisterRun[] = [];
  for (const [code, weeks] of runs) {
    out.push({ from: monday, to: addDays(monday, weeks * 7 - 1), code });
    monday = addDays(monday, weeks * 7);
  }
  return { runs: out, benefitCodes: new Set(['130', '133', '740']) };
}

// 5 Jan 2026 is a Monday. Cash benefit (130) for 8 weeks, then another benefit (133) from 2 Mar.
const change = register('2026-01-05', [
  ['130', 8],
  ['133', 13],
]);
// Cash benefit 4 weeks, 4 weeks without (2 Feb–1 Mar), cash benefit again from 2 Mar for 6 weeks.
const gap = register('2026-01-05', [
  ['130', 4],
  [null, 4],
  ['130', 6],
]);
// Education (SU, not a benefit) from 5 Jan.
const education = register('2026-01-05', [['651', 10]]);

describe('the start of the benefit period', () => {
  it.each([
    [
      'the recorded first request wins over the register and the course',
      { firstRequestOn: '2026-03-04', register: change, courseStartsOn: '2026-04-06' },
      '2026-04-15',
      { startsOn: '2026-03-04', source: 'recorded' },
    ],
    [
      'the register: the first Monday of the run on the same benefit',
      { register: change, courseStartsOn: '2026-04-06' },
      '2026-02-10',
      { startsOn: '2026-01-05', source: 'register' },
    ],
    [
      'a change of benefit starts a new period',
      { register: change, courseStartsOn: '2026-04-06' },
      '2026-04-15',
      { startsOn: '2026-03-02', source: 'register' },
    ],
    [
      'the change week itself belongs to the new period',
      { register: change },
      '2026-03-02',
      { startsOn: '2026-03-02', source: 'register' },
    ],
    [
      'after a gap, the benefit again starts a new period',
      { register: gap },
      '2026-03-20',
      { startsOn: '2026-03-02', source: 'register' },
    ],
    [
      'a date in a gap has no period in the register: the course start stands in',
      { register: gap, courseStartsOn: '2026-02-09' },
      '2026-02-16',
      { startsOn: '2026-02-09', source: 'course_start' },
    ],
    [
      'after the extract, the last run precedes the date (the register lags)',
      { register: change },
      '2026-08-03',
      { startsOn: '2026-03-02', source: 'register' },
    ],
    [
      'after the extract ending in a gap, nothing from the register',
      {
        register: register('2026-01-05', [
          ['130', 4],
          [null, 2],
        ]),
        courseStartsOn: '2026-05-04',
      },
      '2026-06-01',
      { startsOn: '2026-05-04', source: 'course_start' },
    ],
    [
      'a code that is not a benefit is no period',
      { register: education, courseStartsOn: '2026-02-02' },
      '2026-02-10',
      { startsOn: '2026-02-02', source: 'course_start' },
    ],
    [
      'a date before the extract: the course start',
      { register: change, courseStartsOn: '2025-11-03' },
      '2025-12-01',
      { startsOn: '2025-11-03', source: 'course_start' },
    ],
    ['nothing known: no period', { register: null, courseStartsOn: null }, '2026-02-10', null],
  ] as const)('%s', (_name, facts, asOf, expected) => {
    expect(benefitPeriodStart(facts, asOf)).toEqual(expected);
  });

  it('never derives a start after the date from the register', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('130', '133', '651', null), fc.integer({ min: 1, max: 30 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: -30, max: 800 }),
        (runs, offset) => {
          const asOf = addDays('2026-01-05', offset);
          const period = benefitPeriodStart({ register: register('2026-01-05', runs) }, asOf);
          return period === null || (period.source === 'register' && period.startsOn <= asOf);
        },
      ),
    );
  });

  it('stands in with the latest course started by the date', () => {
    const courses = [{ startsOn: '2025-09-01' }, { startsOn: '2026-03-02' }, { startsOn: '2026-09-07' }];
    expect(latestCourseStart(courses, '2026-05-01')).toBe('2026-03-02');
    expect(latestCourseStart(courses, '2025-08-31')).toBeNull();
  });
});

describe('the required talk of a derived period', () => {
  const held = (heldOn: string): TalkFact => ({
    id: heldOn,
    outcome: 'held',
    scheduledOn: heldOn,
    heldOn,
    deadline: null,
  });

  it('counts the first talk from the register, marked as derived with its source', () => {
    const result = requiredTalk({ startsOn: '2026-04-06', register: change }, [], '2026-03-03');
    expect(result).toMatchObject({
      obligation: 'first',
      periodStartsOn: '2026-03-02',
      periodSource: 'register',
      periodDerived: true,
      deadline: '2026-03-09',
    });
  });

  it('calls for a new first talk after a change of benefit: talks of the old period do not count', () => {
    const talks = [held('2026-01-08'), held('2026-02-12')];
    const result = nextTalkInPeriod({ startsOn: '2026-03-02', source: 'register' }, talks, '2026-03-05');
    expect(result).toMatchObject({ obligation: 'first', deadline: '2026-03-09', overdue: false });
    // In the old period the same talks met the first two obligations.
    const old = nextTalkInPeriod({ startsOn: '2026-01-05', source: 'register' }, talks, '2026-02-20');
    expect(old).toMatchObject({ obligation: 'follow_up', deadline: '2026-07-04' });
  });

  it('keeps periodDerived false only for a recorded first request', () => {
    expect(
      requiredTalk({ startsOn: '2026-04-06', firstRequestOn: '2026-03-30' }, [], '2026-04-06'),
    ).toMatchObject({ periodSource: 'recorded', periodDerived: false });
    expect(requiredTalk({ startsOn: '2026-04-06' }, [], '2026-04-06')).toMatchObject({
      periodSource: 'course_start',
      periodDerived: true,
    });
  });
});
