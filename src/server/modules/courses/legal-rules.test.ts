import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkInternshipLength,
  isTimely,
  nextTalkDeadline,
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
