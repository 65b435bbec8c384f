// Absence from the programme (issue 12) as pure rules: the checks of a report and of the caseworker's
// follow-up. The product records facts and dates; the sanction itself is decided in the case system under
// aktivloven and is never computed here. No I/O.
import type { AbsenceFollowUp } from '../../../shared/courses/absence.constants.ts';
import type { Problem } from './services/course-shared.ts';

/**
 * A report: the day lies within the course (from its start, up to its end or aftercare's end) and not in
 * the future.
 */
export function checkAbsenceReport(
  absentOn: string,
  course: { startsOn: string; endsOn: string | null },
  today: string,
): Problem[] {
  if (absentOn > today) return [{ field: 'absentOn', message: 'absence.future' }];
  if (absentOn < course.startsOn) {
    return [
      { field: 'absentOn', message: 'absence.before_course_start', params: { startsOn: course.startsOn } },
    ];
  }
  if (course.endsOn !== null && absentOn > course.endsOn) {
    return [{ field: 'absentOn', message: 'absence.after_course_end', params: { endsOn: course.endsOn } }];
  }
  return [];
}

/**
 * A follow-up: done on or after the day of absence and not in the future; a sanction decision has its
 * date, on or after the day of absence and not in the future; other follow-ups have none.
 */
export function checkAbsenceFollowUp(
  input: { followUp: AbsenceFollowUp; followedUpOn: string; sanctionDecisionOn: string | null },
  absentOn: string,
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  const check = (field: string, value: string) => {
    if (value > today) problems.push({ field, message: 'absence.future' });
    else if (value < absentOn)
      problems.push({ field, message: 'absence.before_absence', params: { absentOn } });
  };
  check('followedUpOn', input.followedUpOn);
  if (input.followUp === 'sanction_decision') {
    if (!input.sanctionDecisionOn) {
      problems.push({ field: 'sanctionDecisionOn', message: 'absence.sanction_date_required' });
    } else check('sanctionDecisionOn', input.sanctionDecisionOn);
  }
  return problems;
}
