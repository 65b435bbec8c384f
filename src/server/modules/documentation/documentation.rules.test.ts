import { describe, expect, it } from 'vitest';
import {
  checkEntry,
  checkFinalReportCompletion,
  checkPlanType,
  documentationClosesOn,
  mayDeleteEntry,
  mayReadEntry,
  type CourseDates,
  type EntryFacts,
} from './documentation.rules.ts';

const RUNNING: CourseDates = {
  startsOn: '2026-03-02',
  endsOn: null,
  aftercareStartsOn: null,
  aftercareEndsOn: null,
};
const ENDED: CourseDates = { ...RUNNING, endsOn: '2026-06-30' };
const TODAY = '2026-07-10';

describe('mayReadEntry', () => {
  const viewer = { userId: 'u-other', isMentor: false, isCaseworker: false };
  it.each([
    ['an ordinary entry to anyone', { isSensitive: false, authorUserId: 'u-a' }, viewer, true],
    [
      'a sensitive entry to the mentor',
      { isSensitive: true, authorUserId: 'u-a' },
      { ...viewer, isMentor: true },
      true,
    ],
    [
      'a sensitive entry to a caseworker of the course',
      { isSensitive: true, authorUserId: 'u-a' },
      { ...viewer, isCaseworker: true },
      true,
    ],
    ['a sensitive entry to its author', { isSensitive: true, authorUserId: 'u-other' }, viewer, true],
    ['a sensitive entry not to other staff', { isSensitive: true, authorUserId: 'u-a' }, viewer, false],
    [
      'a sensitive entry without author not to other staff',
      { isSensitive: true, authorUserId: null },
      viewer,
      false,
    ],
  ])('shows %s', (_name, entry, who, expected) => {
    expect(mayReadEntry(entry, who)).toBe(expected);
  });
});

describe('documentationClosesOn', () => {
  it.each([
    ['a running course', RUNNING, null],
    ['an ended course: 30 days after its end', ENDED, '2026-07-30'],
    ['a course in aftercare', { ...ENDED, aftercareStartsOn: '2026-07-01' }, null],
    [
      'a course after aftercare: 30 days after the aftercare',
      { ...ENDED, aftercareStartsOn: '2026-07-01', aftercareEndsOn: '2026-09-30' },
      '2026-10-30',
    ],
  ])('%s', (_name, course, expected) => {
    expect(documentationClosesOn(course)).toBe(expected);
  });
});

describe('checkEntry', () => {
  const task: EntryFacts = { entryOn: '2026-07-01', kind: 'task', setting: null, attended: null };
  it.each<[string, EntryFacts, CourseDates, string, Record<string, string> | null]>([
    ['a task on a running course', task, RUNNING, TODAY, null],
    [
      'an entry in the future',
      { ...task, entryOn: '2026-07-11' },
      RUNNING,
      TODAY,
      { entryOn: 'documentation.date_future' },
    ],
    [
      'an entry before the course',
      { ...task, entryOn: '2026-03-01' },
      RUNNING,
      TODAY,
      { entryOn: 'documentation.date_before_course' },
    ],
    [
      'an accommodation without setting',
      { ...task, kind: 'accommodation' },
      RUNNING,
      TODAY,
      { setting: 'documentation.setting_required' },
    ],
    [
      'an accommodation in the internship',
      { ...task, kind: 'accommodation', setting: 'internship' },
      RUNNING,
      TODAY,
      null,
    ],
    [
      'attendance without attended',
      { ...task, kind: 'attendance' },
      RUNNING,
      TODAY,
      { attended: 'documentation.attended_required' },
    ],
    ['attendance without setting', { ...task, kind: 'attendance', attended: false }, RUNNING, TODAY, null],
    [
      'attendance in training',
      { ...task, kind: 'attendance', attended: true, setting: 'training' },
      RUNNING,
      TODAY,
      null,
    ],
    [
      'a task with a setting',
      { ...task, setting: 'training' },
      RUNNING,
      TODAY,
      { setting: 'documentation.setting_not_used' },
    ],
    [
      'progression with attended',
      { ...task, kind: 'progression', attended: true },
      RUNNING,
      TODAY,
      { attended: 'documentation.attended_not_used' },
    ],
    [
      'final notes 30 days after the end',
      { ...task, kind: 'note', entryOn: '2026-07-30' },
      ENDED,
      '2026-07-30',
      null,
    ],
  ])('%s', (_name, entry, course, today, fields) => {
    const problem = checkEntry(entry, course, today);
    if (fields === null) expect(problem).toBeNull();
    else expect(problem).toMatchObject({ code: 'VALIDATION_FAILED', fields });
  });

  it('refuses entries more than 30 days after the course ended, saying until when', () => {
    const problem = checkEntry({ ...task, entryOn: '2026-07-31' }, ENDED, '2026-07-31');
    expect(problem).toMatchObject({
      code: 'INVALID_STATE',
      message: 'documentation.course_closed',
      params: { endsOn: '30-06-2026', closesOn: '30-07-2026', days: 30 },
    });
  });
});

describe('mayDeleteEntry', () => {
  const createdAt = new Date('2026-07-01T10:00:00Z');
  it.each([
    ['the author within 24 hours', 'u-a', '2026-07-02T09:59:59Z', 'ok'],
    ['the author after 24 hours', 'u-a', '2026-07-02T10:00:00Z', 'too_late'],
    ['someone else at once', 'u-b', '2026-07-01T10:01:00Z', 'not_author'],
  ])('%s', (_name, userId, now, expected) => {
    expect(mayDeleteEntry({ authorUserId: 'u-a', createdAt }, userId, new Date(now))).toBe(expected);
  });

  it('lets nobody delete an entry without author', () => {
    expect(mayDeleteEntry({ authorUserId: null, createdAt }, 'u-a', createdAt)).toBe('not_author');
  });
});

describe('checkFinalReportCompletion', () => {
  it.each<[string, { endsOn: string | null }, string, string | null, string | null]>([
    ['a running course', { endsOn: null }, '2026-07-01', 'Resumé', 'documentation.final_report_not_ended'],
    ['an ended course, completed after the end', { endsOn: '2026-06-30' }, '2026-07-01', 'Resumé', null],
    ['an ended course, completed on the last day', { endsOn: '2026-06-30' }, '2026-06-30', 'Resumé', null],
    [
      'completed before the end',
      { endsOn: '2026-06-30' },
      '2026-06-29',
      'Resumé',
      'documentation.final_report_before_end',
    ],
    [
      'completed in the future',
      { endsOn: '2026-06-30' },
      '2026-07-11',
      'Resumé',
      'documentation.date_future',
    ],
  ])('%s', (_name, course, completedOn, summary, expected) => {
    const problem = checkFinalReportCompletion(course, { completedOn, summary }, TODAY);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem?.fields?.completedOn).toBe(expected);
  });

  it('needs a summary before the report is complete', () => {
    const problem = checkFinalReportCompletion(
      { endsOn: '2026-06-30' },
      { completedOn: '2026-07-01', summary: null },
      TODAY,
    );
    expect(problem?.fields).toEqual({ summary: 'documentation.final_report_summary' });
  });
});

describe('checkPlanType', () => {
  it.each([
    ['the last day before the reform', '2026-01-31', 'forberedende_plan'],
    ['the first day of the reform', '2026-02-01', 'samlet_beskrivelse'],
    ['long before', '2024-05-15', 'forberedende_plan'],
    ['after', '2026-11-01', 'samlet_beskrivelse'],
  ])('gives the type by date: %s', (_name, startedOn, expected) => {
    expect(checkPlanType(startedOn, undefined, '2026-12-31')).toMatchObject({ ok: true, planType: expected });
  });

  it('accepts a given type that matches the date', () => {
    expect(checkPlanType('2026-02-01', 'samlet_beskrivelse', '2026-12-31')).toMatchObject({ ok: true });
  });

  it('refuses a preparatory plan from 1 Feb 2026, naming the rule', () => {
    const result = checkPlanType('2026-02-10', 'forberedende_plan', '2026-12-31');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.fields).toEqual({ planType: 'documentation.plan_type_samlet_beskrivelse' });
    expect(result.problem.params).toMatchObject({ date: '10-02-2026', validFrom: '01-02-2026' });
    expect(String(result.problem.params?.source)).toMatch(/samlet beskrivelse af borgerens forudsætninger/);
  });

  it('refuses a samlet beskrivelse before 1 Feb 2026, naming the change', () => {
    const result = checkPlanType('2026-01-31', 'samlet_beskrivelse', '2026-12-31');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.fields).toEqual({ planType: 'documentation.plan_type_forberedende_plan' });
    expect(result.problem.params).toMatchObject({ changeOn: '01-02-2026' });
  });

  it('refuses a start in the future', () => {
    const result = checkPlanType('2027-01-01', undefined, '2026-12-31');
    expect(result).toMatchObject({
      ok: false,
      problem: { fields: { startedOn: 'documentation.date_future' } },
    });
  });
});
