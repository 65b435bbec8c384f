import { describe, expect, it } from 'vitest';
import { checkPause, courseLastDay } from './pause.rules.ts';

const course = {
  startsOn: '2026-01-05',
  endsOn: '2026-03-04',
  aftercareStartsOn: null,
  aftercareEndsOn: null,
};

describe('checkPause', () => {
  it('accepts a pause within the course', () => {
    expect(checkPause({ fromDate: '2026-01-05', toDate: '2026-03-04' }, course, [])).toEqual([]);
  });

  it('refuses a pause before the start or after the last day', () => {
    expect(
      checkPause({ fromDate: '2026-01-04', toDate: '2026-03-05' }, course, []).map((p) => p.message),
    ).toEqual(['pause.before_course_start', 'pause.after_course_end']);
  });

  it('counts the aftercare as part of the course, and an ongoing course has no last day', () => {
    const withAftercare = { ...course, aftercareStartsOn: '2026-03-05', aftercareEndsOn: '2026-04-30' };
    expect(courseLastDay(withAftercare)).toBe('2026-04-30');
    expect(checkPause({ fromDate: '2026-03-01', toDate: '2026-04-30' }, withAftercare, [])).toEqual([]);
    expect(courseLastDay({ ...withAftercare, aftercareEndsOn: null })).toBeNull();
    expect(courseLastDay({ ...course, endsOn: null })).toBeNull();
  });

  it('refuses a pause that overlaps another by one day, and accepts one that follows it', () => {
    const existing = [{ fromDate: '2026-02-01', toDate: '2026-02-10' }];
    expect(checkPause({ fromDate: '2026-02-10', toDate: '2026-02-12' }, course, existing)).toEqual([
      expect.objectContaining({ field: 'fromDate', message: 'pause.overlap' }),
    ]);
    expect(checkPause({ fromDate: '2026-02-11', toDate: '2026-02-12' }, course, existing)).toEqual([]);
  });
});
