import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkInternshipLength,
  isHeldTimely,
  isTimely,
  jobTalkRulesWithFollowUp,
  nextTalkDeadline,
  parseFollowUpSetting,
  planDocumentType,
  ruleInForce,
  talkRates,
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
    expect(addMonths(from, months)).toBe(to);
  });

  it('counts started weeks, both days included', () => {
    expect(weeksIncluding('2026-01-05', '2026-01-11')).toBe(1);
    expect(weeksIncluding('2026-01-05', '2026-01-12')).toBe(2);
    expect(weeksIncluding('2026-01-05', '2026-04-05')).toBe(13);
  });
});

describe('internship length (LAB § 61)', () => {
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

describe('job-talk deadlines, before and after the 2026 reform', () => {
  it.each([
    [
      'first talk, obligation before the reform',
      { kind: 'first' as const, startsOn: '2026-03-02' },
      '2026-03-09',
    ],
    [
      'first talk, obligation after the reform',
      { kind: 'first' as const, startsOn: '2026-08-03' },
      '2026-08-10',
    ],
    [
      'follow-up held before the reform: 3 months',
      { kind: 'follow_up' as const, lastHeldOn: '2026-05-15' },
      '2026-08-15',
    ],
    [
      'follow-up held on the reform day: 6 months',
      { kind: 'follow_up' as const, lastHeldOn: '2026-07-01' },
      '2027-01-01',
    ],
  ])('%s', (_name, obligation, deadline) => {
    expect(nextTalkDeadline(obligation).deadline).toBe(deadline);
  });

  it('takes a configured rule set, e.g. talks only when needed after the reform', () => {
    const local = [
      { validFrom: '2015-01-01', source: 'old', rules: { firstTalkWithinDays: 7, followUpMonths: 3 } },
      { validFrom: '2026-07-01', source: 'local', rules: { firstTalkWithinDays: 14, followUpMonths: null } },
    ];
    expect(nextTalkDeadline({ kind: 'follow_up', lastHeldOn: '2026-09-01' }, local)).toEqual({
      deadline: null,
      source: 'local',
    });
    expect(nextTalkDeadline({ kind: 'first', startsOn: '2026-09-01' }, local).deadline).toBe('2026-09-15');
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
    ['configured to 4 months', 4, '2026-11-01'],
    ['configured to when needed', null, null],
    ['not configured: the default 6 months', undefined, '2027-01-01'],
  ])('after the reform, follow-up %s', (_name, months, deadline) => {
    const rules = jobTalkRulesWithFollowUp(months);
    const after = nextTalkDeadline({ kind: 'follow_up', lastHeldOn: '2026-07-01' }, rules);
    expect(after.deadline).toBe(deadline);
    if (months !== undefined) expect(after.source).toContain('Lokalt fastsat');
    // Talks held before the reform keep the law's 3 months whatever the setting.
    const before = nextTalkDeadline({ kind: 'follow_up', lastHeldOn: '2026-06-30' }, rules);
    expect(before).toMatchObject({ deadline: '2026-09-30' });
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
});
