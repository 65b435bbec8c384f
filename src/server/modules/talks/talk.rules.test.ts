import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobTalkRulesWithFollowUp } from '../../../shared/courses/legal-rules.ts';
import {
  addCounts,
  checkTalk,
  countTalks,
  nextRequiredTalk,
  rate,
  requiredTalk,
  talkTimely,
  type TalkFact,
} from './talk.rules.ts';

let seq = 0;
const talk = (values: Partial<TalkFact>): TalkFact => ({
  id: `t${++seq}`,
  outcome: 'planned',
  scheduledOn: '2026-01-01',
  heldOn: null,
  deadline: null,
  ...values,
});
const held = (heldOn: string, deadline: string | null = null) =>
  talk({ outcome: 'held', scheduledOn: heldOn, heldOn, deadline });

// Replaces the tests of "7 days from course start, then at most 3 months apart" (not the law, issue 12):
// the period counts from the first request for help (LAB § 9), 4 talks within 6 months (§ 31, stk. 3),
// then when needed (§ 32); from 1 July 2026 the reform (lov nr. 1750/2025).
describe('the required talk of a benefit period', () => {
  it.each([
    [
      'first talk from the course start (derived)',
      { startsOn: '2026-03-02' },
      [],
      '2026-03-02',
      'first',
      '2026-03-09',
      true,
    ],
    [
      'first talk from the recorded first request',
      { startsOn: '2026-03-02', firstRequestOn: '2026-02-16' },
      [],
      '2026-03-02',
      'first',
      '2026-02-23',
      false,
    ],
    [
      'a not-attended talk does not meet the first obligation',
      { startsOn: '2026-03-02' },
      [talk({ outcome: 'not_attended', scheduledOn: '2026-03-05' })],
      '2026-03-06',
      'first',
      '2026-03-09',
      true,
    ],
    [
      '2nd to 4th talk: due within the first 6 months, not 3 months after the last',
      { startsOn: '2026-03-02' },
      [held('2026-03-05'), held('2026-05-15')],
      '2026-05-16',
      'follow_up',
      '2026-09-01',
      true,
    ],
    [
      'after 6 months: when needed, no deadline (no false overdue)',
      { startsOn: '2025-03-03' },
      [held('2025-03-05'), held('2025-05-15')],
      '2025-11-01',
      'follow_up',
      null,
      true,
    ],
    [
      'a period before 2020 is judged by the oldest sourced version (2020)',
      { startsOn: '2012-05-07' },
      [],
      '2012-05-08',
      'first',
      '2012-05-14',
      true,
    ],
  ] as const)('%s', (_name, period, talks, asOf, obligation, deadline, periodDerived) => {
    const result = requiredTalk(period, talks, asOf);
    expect(result).toMatchObject({ obligation, deadline, periodDerived });
    expect(result.ruleSource).toContain('lov nr. 548');
  });

  it('follows a local standard after the first period from the reform, shown as local', () => {
    const rules = jobTalkRulesWithFollowUp(2);
    const after = requiredTalk(
      { startsOn: '2026-07-06' },
      [held('2026-07-08'), held('2027-02-01')],
      '2027-02-02',
      rules,
    );
    expect(after).toMatchObject({ deadline: '2027-04-01' });
    expect(after.ruleSource).toContain('Lokalt fastsat');
    const law = requiredTalk({ startsOn: '2026-07-06' }, [held('2026-07-08')], '2026-07-09');
    expect(law).toMatchObject({ obligation: 'follow_up', deadline: null });
  });
});

describe('the next required talk on the course page', () => {
  const course = { startsOn: '2026-08-03', endsOn: null };

  it('is overdue after the deadline, not on it', () => {
    expect(nextRequiredTalk(course, [], '2026-08-10')).toMatchObject({ overdue: false });
    expect(nextRequiredTalk(course, [], '2026-08-11')).toMatchObject({ overdue: true });
  });

  it('shows the first planned talk after the obligation arose', () => {
    const spring = { startsOn: '2026-03-02', endsOn: null };
    const talks = [
      held('2026-03-05'),
      talk({ scheduledOn: '2026-03-04' }),
      talk({ id: 'late', scheduledOn: '2026-06-01' }),
      talk({ id: 'soon', scheduledOn: '2026-04-15' }),
    ];
    expect(nextRequiredTalk(spring, talks, '2026-04-01')).toMatchObject({
      obligation: 'follow_up',
      arose: '2026-03-05',
      deadline: '2026-09-01',
      planned: { id: 'soon', scheduledOn: '2026-04-15' },
    });
  });

  it('is gone once the course has ended', () => {
    expect(nextRequiredTalk({ ...course, endsOn: '2026-09-30' }, [], '2026-10-01')).toBeNull();
  });

  it('is never overdue after the first period, whatever the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (days) => {
        const today = new Date(Date.UTC(2026, 1, 1 + days)).toISOString().slice(0, 10);
        const next = nextRequiredTalk({ startsOn: '2025-08-01', endsOn: null }, [held('2025-08-05')], today);
        return next !== null && next.overdue === false;
      }),
    );
  });
});

describe('checking a talk', () => {
  const course = { startsOn: '2026-03-02', endsOn: '2026-10-31' };
  const today = '2026-06-10';
  it.each([
    ['a planned talk within the course', { scheduledOn: '2026-03-05', outcome: 'planned', heldOn: null }, {}],
    ['held with its date', { scheduledOn: '2026-03-05', outcome: 'held', heldOn: '2026-03-06' }, {}],
    ['held today', { scheduledOn: '2026-06-10', outcome: 'held', heldOn: '2026-06-10' }, {}],
    [
      'held without a date',
      { scheduledOn: '2026-03-05', outcome: 'held', heldOn: null },
      { heldOn: 'talk.held_on_required' },
    ],
    [
      'held tomorrow',
      { scheduledOn: '2026-06-10', outcome: 'held', heldOn: '2026-06-11' },
      { heldOn: 'talk.held_on_future' },
    ],
    [
      'held before the course',
      { scheduledOn: '2026-03-05', outcome: 'held', heldOn: '2026-03-01' },
      { heldOn: 'talk.before_course_start' },
    ],
    [
      'not attended with a date held',
      { scheduledOn: '2026-03-05', outcome: 'not_attended', heldOn: '2026-03-05' },
      { heldOn: 'talk.held_on_not_held' },
    ],
    [
      'scheduled before the course',
      { scheduledOn: '2026-03-01', outcome: 'cancelled', heldOn: null },
      { scheduledOn: 'talk.before_course_start' },
    ],
    [
      'scheduled after the course',
      { scheduledOn: '2026-11-01', outcome: 'planned', heldOn: null },
      { scheduledOn: 'talk.after_course_end' },
    ],
  ] as const)('%s', (_name, value, fields) => {
    expect(checkTalk(value, course, today)).toEqual(fields);
  });
});

describe('follow-up counts', () => {
  it('counts called, held, not attended and timely talks with exact fractions', () => {
    const counts = countTalks([
      held('2026-03-06', '2026-03-09'),
      held('2026-06-10', '2026-06-06'),
      held('2026-09-01', null),
      talk({ outcome: 'not_attended' }),
      talk({ outcome: 'cancelled' }),
      talk({ outcome: 'planned' }),
    ]);
    expect(counts).toEqual({
      called: 4,
      held: 3,
      notAttended: 1,
      timely: 2,
      timeliness: { numerator: 2, denominator: 3, percent: 67 },
      attendance: { numerator: 3, denominator: 4, percent: 75 },
    });
    expect(countTalks([]).timeliness).toEqual({ numerator: 0, denominator: 0, percent: null });
  });

  it('adds rows up from the counts, not by averaging percentages', () => {
    const a = countTalks([held('2026-01-01', '2026-01-01')]);
    const b = countTalks([
      held('2026-01-05', '2026-01-01'),
      held('2026-01-05', '2026-01-01'),
      talk({ outcome: 'not_attended' }),
    ]);
    expect(addCounts([a, b])).toMatchObject({
      called: 4,
      timeliness: { numerator: 1, denominator: 3, percent: 33 },
      attendance: { numerator: 3, denominator: 4, percent: 75 },
    });
  });

  it.each([
    [1, 2, 50],
    [1, 8, 13],
    [1, 200, 1],
    [1, 201, 0],
    [2, 3, 67],
  ])('%i / %i is %i %%', (n, d, percent) => {
    expect(rate(n, d).percent).toBe(percent);
  });

  it('keeps a percent between 0 and 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), (d, k) => {
        const p = rate(k % (d + 1), d).percent!;
        return p >= 0 && p <= 100;
      }),
    );
  });

  it('says whether a held talk was timely, and nothing for others', () => {
    expect(talkTimely(held('2026-03-09', '2026-03-09'))).toBe(true);
    expect(talkTimely(held('2026-03-10', '2026-03-09'))).toBe(false);
    expect(talkTimely(talk({ outcome: 'planned', deadline: '2026-03-09' }))).toBeNull();
  });
});
