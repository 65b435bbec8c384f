import { describe, expect, it } from 'vitest';
import { checkAbsenceFollowUp, checkAbsenceReport } from './absence.rules.ts';

const TODAY = '2026-06-10';
const course = { startsOn: '2026-03-02', endsOn: '2026-06-05' };

describe('absence report', () => {
  it.each([
    ['2026-03-01', 'absence.before_course_start'],
    ['2026-03-02', null],
    ['2026-06-05', null],
    ['2026-06-06', 'absence.after_course_end'],
    ['2026-06-11', 'absence.future'],
  ])('on %s: %s', (absentOn, message) => {
    const problems = checkAbsenceReport(absentOn, course, TODAY);
    expect(problems[0]?.message ?? null).toBe(message);
  });

  it('accepts any past day of a running course', () => {
    expect(checkAbsenceReport('2026-06-10', { startsOn: '2026-03-02', endsOn: null }, TODAY)).toEqual([]);
  });
});

describe('absence follow-up', () => {
  it.each([
    ['contact_made', '2026-06-01', null, []],
    ['contact_made', '2026-05-31', null, ['followedUpOn:absence.before_absence']],
    ['reasonable_reason', '2026-06-11', null, ['followedUpOn:absence.future']],
    ['sanction_decision', '2026-06-02', null, ['sanctionDecisionOn:absence.sanction_date_required']],
    ['sanction_decision', '2026-06-02', '2026-05-30', ['sanctionDecisionOn:absence.before_absence']],
    ['sanction_decision', '2026-06-02', '2026-06-02', []],
  ] as const)('%s on %s, decision %s', (followUp, followedUpOn, sanctionDecisionOn, expected) => {
    const problems = checkAbsenceFollowUp(
      { followUp, followedUpOn, sanctionDecisionOn },
      '2026-06-01',
      TODAY,
    );
    expect(problems.map((p) => `${p.field}:${p.message}`)).toEqual(expected);
  });
});
