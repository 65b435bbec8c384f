import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobTalkRulesWithFollowUp } from './legal-rules.ts';
import {
  addCounts,
  ageOn,
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

describe('the required talk, by the rule version in force when the obligation arose', () => {
  it.each([
    [
      'first talk, course started before the reform',
      '2026-03-02',
      [],
      'first',
      '2026-03-09',
      'til 30. juni 2026',
    ],
    ['first talk, course started after the reform', '2026-08-03', [], 'first', '2026-08-10', 'lov nr. 1750'],
    [
      'a not-attended talk does not meet the first obligation',
      '2026-03-02',
      [talk({ outcome: 'not_attended', scheduledOn: '2026-03-05' })],
      'first',
      '2026-03-09',
      'til 30. juni 2026',
    ],
    [
      'follow-up after a talk held before the reform: 3 months',
      '2026-03-02',
      [held('2026-03-05'), held('2026-05-15')],
      'follow_up',
      '2026-08-15',
      'til 30. juni 2026',
    ],
    [
      'follow-up after a talk held after the reform: 6 months (default)',
      '2026-03-02',
      [held('2026-05-15'), held('2026-07-15')],
      'follow_up',
      '2027-01-15',
      'lov nr. 1750',
    ],
    [
      'a course older than every rule version is judged by the oldest',
      '2012-05-07',
      [],
      'first',
      '2012-05-14',
      'til 30. juni 2026',
    ],
  ] as const)('%s', (_name, startsOn, talks, obligation, deadline, source) => {
    const result = requiredTalk({ startsOn }, talks);
    expect(result).toMatchObject({ obligation, deadline });
    expect(result.ruleSource).toContain(source);
  });

  it('follows the locally configured follow-up interval after the reform', () => {
    const rules = jobTalkRulesWithFollowUp(2);
    expect(requiredTalk({ startsOn: '2026-03-02' }, [held('2026-07-15')], rules).deadline).toBe('2026-09-15');
    expect(requiredTalk({ startsOn: '2026-03-02' }, [held('2026-06-15')], rules).deadline).toBe('2026-09-15');
    const whenNeeded = jobTalkRulesWithFollowUp(null);
    expect(requiredTalk({ startsOn: '2026-03-02' }, [held('2026-07-15')], whenNeeded).deadline).toBeNull();
  });
});

describe('the next required talk on the course page', () => {
  const course = { startsOn: '2026-08-03', endsOn: null };

  it('is overdue after the deadline, not on it', () => {
    expect(nextRequiredTalk(course, [], '2026-08-10')).toMatchObject({ overdue: false });
    expect(nextRequiredTalk(course, [], '2026-08-11')).toMatchObject({ overdue: true });
  });

  it('shows the first planned talk after the obligation arose', () => {
    const talks = [
      held('2026-08-05'),
      talk({ scheduledOn: '2026-08-04' }),
      talk({ id: 'late', scheduledOn: '2026-12-01' }),
      talk({ id: 'soon', scheduledOn: '2026-10-01' }),
    ];
    expect(nextRequiredTalk(course, talks, '2026-09-01')).toMatchObject({
      obligation: 'follow_up',
      arose: '2026-08-05',
      deadline: '2027-02-05',
      planned: { id: 'soon', scheduledOn: '2026-10-01' },
    });
  });

  it('is gone once the course has ended', () => {
    expect(nextRequiredTalk({ ...course, endsOn: '2026-09-30' }, [], '2026-10-01')).toBeNull();
  });

  it('is never overdue without a deadline', () => {
    const next = nextRequiredTalk(course, [held('2026-08-05')], '2030-01-01', jobTalkRulesWithFollowUp(null));
    expect(next).toMatchObject({ deadline: null, overdue: false });
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

  it.each([
    ['1996-06-15', '2026-06-14', 29],
    ['1996-06-15', '2026-06-15', 30],
    ['1996-02-29', '2026-02-28', 29],
    ['1996-02-29', '2026-03-01', 30],
    ['1996-12-31', '2027-01-01', 30],
  ])('born %s is on %s aged %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});
