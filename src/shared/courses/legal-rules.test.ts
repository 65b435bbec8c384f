import { addMonthsClamped } from '../dates.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkInternshipLength,
  checkTalkVenue,
  isHeldTimely,
  isTimely,
  INTERNSHIP_RULES,
  JOB_TALK_RULES,
  jobTalkRulesWithFollowUp,
  nextTalkDeadline,
  parseFollowUpSetting,
  PLAN_DOCUMENT_RULES,
  planDocumentType,
  ruleInForce,
  talkRates,
  TALK_VENUE_RULES,
  weeksIncluding,
} from './legal-rules.ts';

describe('rule versions', () => {
  const versions = [
    { validFrom: '2020-01-01', source: 'old', rules: 1 },
    { validFrom: '2026-07-01', source: 'new', rules: 2 },
  ];

  it.each([
    ['2020-01-01', 'old'],
    ['2026-06-30', 'old'],
    ['2026-07-01', 'new'],
    ['2030-01-01', 'new'],
  ])('on %s the %s version is in force', (date, source) => {
    expect(ruleInForce(versions, date).source).toBe(source);
  });

  it('refuses a date before every version', () => {
    expect(() => ruleInForce(versions, '2019-12-31')).toThrow(RangeError);
  });
});

describe('dates', () => {
  it.each([
    ['2023-12-31', 12, '2024-12-31'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2026-03-31', 3, '2026-06-30'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonthsClamped(from, months)).toBe(to);
  });

  it('counts started weeks, both days included', () => {
    expect(weeksIncluding('2026-01-05', '2026-01-11')).toBe(1);
    expect(weeksIncluding('2026-01-05', '2026-01-12')).toBe(2);
    expect(weeksIncluding('2026-01-05', '2026-04-05')).toBe(13);
  });
});

describe('internship length (LAB § 61)', () => {
  // The version starts when lov nr. 548/2019 took effect, 1 January 2020 (it said 1 July 2019 before).
  it('applies from 1 January 2020, not before', () => {
    expect(INTERNSHIP_RULES.map((v) => v.validFrom)).toEqual(['2020-01-01']);
    expect(checkInternshipLength('2020-01-01', '2020-03-31', { kind: 'base' }).source).toContain(
      'lov nr. 548',
    );
    expect(() => checkInternshipLength('2019-12-31', '2020-03-30', { kind: 'base' })).toThrow(RangeError);
  });

  it.each([
    ['13 weeks without assessment', '2026-01-05', '2026-04-05', { kind: 'base' as const }, true, 13],
    ['14 weeks without assessment', '2026-01-05', '2026-04-12', { kind: 'base' as const }, false, 13],
    [
      '26 weeks after a concrete assessment',
      '2026-01-05',
      '2026-07-05',
      { kind: 'concrete_assessment' as const },
      true,
      26,
    ],
    [
      '27 weeks after a concrete assessment',
      '2026-01-05',
      '2026-07-12',
      { kind: 'concrete_assessment' as const },
      false,
      26,
    ],
    [
      '39 weeks with one special-need extension',
      '2026-01-05',
      '2026-10-04',
      { kind: 'special_need' as const, extensions: 1 },
      true,
      39,
    ],
    [
      '40 weeks with one special-need extension',
      '2026-01-05',
      '2026-10-11',
      { kind: 'special_need' as const, extensions: 1 },
      false,
      39,
    ],
  ])('%s', (_name, startsOn, endsOn, basis, ok, maxWeeks) => {
    const result = checkInternshipLength(startsOn, endsOn, basis);
    expect(result).toMatchObject({ ok, maxWeeks });
    expect(result.source).toContain('LAB § 61');
  });
});

// The old versions ("7 days from course start, then at most 3 months apart", "4 in 12 months") were not the
// law (issue 12): from 1 January 2020 LAB § 31, stk. 3 and 5, § 9 and § 32 decide; these tests replace them.
describe('job-talk deadlines by date: LAB 2020 (lov 548/2019) and the 2026 reform (lov 1750/2025)', () => {
  it.each([
    [
      '2020: first talk 1 week after the first request',
      '2020-01-01',
      [],
      '2020-01-02',
      'first',
      '2020-01-08',
    ],
    [
      '2020: 4 within 6 months, 2nd due on the last day',
      '2020-01-01',
      ['2020-01-05'],
      '2020-02-01',
      'follow_up',
      '2020-06-30',
    ],
    [
      '2020: 4th still due',
      '2025-03-10',
      ['2025-03-12', '2025-05-01', '2025-07-01'],
      '2025-07-02',
      'follow_up',
      '2025-09-09',
    ],
    [
      '2020: 4 held, then when needed',
      '2025-03-10',
      ['2025-03-12', '2025-05-01', '2025-07-01', '2025-08-01'],
      '2025-08-02',
      'follow_up',
      null,
    ],
    [
      '2020: after the 6 months, no fixed deadline',
      '2025-03-10',
      ['2025-03-12'],
      '2025-09-10',
      'follow_up',
      null,
    ],
    ['2020: none held after 6 months, no false overdue', '2025-03-10', [], '2025-09-10', 'first', null],
    ['day before the reform: the 2020 version', '2026-06-30', [], '2026-07-01', 'first', '2026-07-07'],
    ['reform: first talk 1 week (not verified)', '2026-07-01', [], '2026-07-01', 'first', '2026-07-08'],
    [
      'reform: after the first talk, when needed',
      '2026-07-01',
      ['2026-07-03'],
      '2026-07-04',
      'follow_up',
      null,
    ],
    [
      '2020 period running past the reform keeps its 4 talks',
      '2026-06-30',
      ['2026-07-03'],
      '2026-07-04',
      'follow_up',
      '2026-12-29',
    ],
  ] as const)('%s', (_name, periodStartsOn, heldOn, asOf, obligation, deadline) => {
    expect(nextTalkDeadline(periodStartsOn, heldOn, asOf)).toMatchObject({ obligation, deadline });
  });

  it.each([
    ['2019-12-31', null],
    ['2020-01-01', 'lov nr. 548'],
    ['2026-06-30', 'lov nr. 548'],
    ['2026-07-01', 'lov nr. 1750'],
  ])('names its source for a period starting %s', (periodStartsOn, source) => {
    if (source === null)
      expect(() => nextTalkDeadline(periodStartsOn, [], periodStartsOn)).toThrow(RangeError);
    else expect(nextTalkDeadline(periodStartsOn, [], periodStartsOn).source.toLowerCase()).toContain(source);
  });

  it('every version names act, paragraph and date', () => {
    for (const version of JOB_TALK_RULES) expect(version.source).toMatch(/lov nr\. \d+ af .*\d{4}/i);
    expect(JOB_TALK_RULES[0]!.source).toMatch(/§ 31, stk\. 5.*§ 31, stk\. 3.*§ 9.*§ 32/);
  });

  it('counts timeliness over held talks and attendance over called talks', () => {
    const rates = talkRates([
      { outcome: 'held', heldOn: '2026-01-05', deadline: '2026-01-05' },
      { outcome: 'held', heldOn: '2026-04-10', deadline: '2026-04-05' },
      { outcome: 'not_attended' },
      { outcome: 'cancelled' },
    ]);
    expect(rates).toEqual({ held: 2, called: 3, timely: 1, timeliness: 0.5, attendance: 2 / 3 });
    expect(talkRates([])).toMatchObject({ timeliness: null, attendance: null });
  });

  it('leaves planned talks out of called talks, and counts a held talk without a deadline as timely', () => {
    const rates = talkRates([
      { outcome: 'planned' },
      { outcome: 'held', heldOn: '2026-09-01', deadline: null },
      { outcome: 'not_attended' },
    ]);
    expect(rates).toEqual({ held: 1, called: 2, timely: 1, timeliness: 1, attendance: 0.5 });
    expect(isHeldTimely({ outcome: 'not_attended', heldOn: null, deadline: null })).toBe(false);
    expect(isHeldTimely({ outcome: 'held', heldOn: '2026-09-02', deadline: '2026-09-01' })).toBe(false);
  });

  it.each([
    ['4', 4],
    [' 12 ', 12],
    ['when_needed', null],
    ['', undefined],
    [undefined, undefined],
    ['0', undefined],
    ['25', undefined],
    ['3.5', undefined],
    ['hver 3.', undefined],
  ])('reads the follow-up setting %j as %j', (value, expected) => {
    expect(parseFollowUpSetting(value)).toBe(expected);
  });

  it.each([
    [
      'a local standard of 4 months from the last talk after the period',
      4,
      ['2026-07-03', '2027-02-01'],
      '2027-06-01',
      true,
    ],
    ['a local standard of 4 months, from the first talk', 4, ['2026-07-03'], '2026-11-03', true],
    ['a local standard of 4 months, none held: from the period end', 4, [], '2027-04-30', true],
    ['"when needed": the law\'s own rule', null, ['2026-07-03'], null, false],
    ["not configured: the law's own rule, when needed", undefined, ['2026-07-03'], null, false],
  ] as const)('after the reform, %s', (_name, months, heldOn, deadline, local) => {
    const rules = jobTalkRulesWithFollowUp(months);
    const after = nextTalkDeadline('2026-07-01', heldOn, '2027-03-01', rules);
    expect(after.deadline).toBe(deadline);
    expect(after.source.includes('Lokalt fastsat')).toBe(local);
    // A period before the reform keeps the law's rule whatever the setting, until the reform date.
    const before = nextTalkDeadline('2025-01-06', ['2025-01-08'], '2025-08-01', rules);
    expect(before).toMatchObject({ deadline: null });
    expect(before.source).not.toContain('Lokalt fastsat');
  });

  it('calls a talk timely exactly when it is held on or before the deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const deadline = '2026-06-15';
        const heldOn = new Date(Date.UTC(2026, 5, 15 + offset)).toISOString().slice(0, 10);
        return isTimely(heldOn, deadline) === offset <= 0;
      }),
    );
  });
});

describe('the preparatory document', () => {
  it.each([
    ['2026-01-31', 'forberedende_plan'],
    ['2026-02-01', 'samlet_beskrivelse'],
  ])('on %s it is a %s', (date, type) => {
    expect(planDocumentType(date)).toBe(type);
  });

  it.each([
    ['2026-01-31', 'LOB § 9, stk. 1'],
    ['2026-02-01', 'Lov nr. 1750 af 29.12.2025'],
  ])('on %s the source names %s and says what is not verified', (date, act) => {
    const version = ruleInForce(PLAN_DOCUMENT_RULES, date);
    expect(version.source).toContain(act);
    expect(version.source).toContain('Ikke verificeret');
  });
});

describe('the form of the first job talk (LAB § 33, stk. 1, lov nr. 295/2023)', () => {
  it.each([
    // date, obligation, venue, ok — on both sides of 1 April 2023 (in-force date not verified)
    ['2023-03-31', 'first', 'phone', true],
    ['2023-03-31', 'first', 'video', true],
    ['2023-04-01', 'first', 'phone', false],
    ['2023-04-01', 'first', 'video', false],
    ['2023-04-01', 'first', 'provider', true],
    ['2023-04-01', 'first', 'job_centre', true],
    ['2023-04-01', 'follow_up', 'phone', true],
    ['2023-04-01', 'follow_up', 'video', true],
    ['2026-06-30', 'first', 'video', false],
    ['2026-07-01', 'first', 'video', false],
    ['2026-07-01', 'follow_up', 'video', true],
    ['2019-12-31', 'first', 'phone', true],
  ] as const)('on %s a %s talk by %s is allowed: %s', (date, obligation, venue, ok) => {
    const check = checkTalkVenue(obligation, venue, date);
    expect(check.ok).toBe(ok);
    if (date >= '2023-04-01') expect(check.source).toContain('lov nr. 295 af 20.3.2023');
    else if (date >= '2020-01-01') expect(check.source).toContain('ikke verificeret');
    else expect(check.source).toBeNull();
  });

  it('names its source on every version', () => {
    for (const version of TALK_VENUE_RULES) expect(version.source).toMatch(/LAB § 33/);
  });
});
