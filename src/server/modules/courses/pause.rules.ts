// Recording a pause in a course (issue 14). Pure. A pause lies within the course: from its start to its
// last day (the aftercare's end when it has aftercare, else the programme's end; an ongoing course has
// no last day yet), and two pauses of one course never overlap, so each day has at most one reason.
import type { IsoDate } from '../../../shared/dates.ts';
import type { Problem } from './services/course-shared.ts';

export interface PauseCourse {
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  aftercareStartsOn: IsoDate | null;
  aftercareEndsOn: IsoDate | null;
}

/** The course's last day, or null while it (or its aftercare) runs. */
export function courseLastDay(course: PauseCourse): IsoDate | null {
  return course.aftercareStartsOn ? course.aftercareEndsOn : course.endsOn;
}

export function checkPause(
  pause: { fromDate: IsoDate; toDate: IsoDate },
  course: PauseCourse,
  existing: readonly { fromDate: IsoDate; toDate: IsoDate }[],
): Problem[] {
  const problems: Problem[] = [];
  if (pause.fromDate < course.startsOn) {
    problems.push({
      field: 'fromDate',
      message: 'pause.before_course_start',
      params: { startsOn: course.startsOn },
    });
  }
  const lastDay = courseLastDay(course);
  if (lastDay !== null && pause.toDate > lastDay) {
    problems.push({ field: 'toDate', message: 'pause.after_course_end', params: { endsOn: lastDay } });
  }
  const clash = existing.find((p) => p.fromDate <= pause.toDate && pause.fromDate <= p.toDate);
  if (clash) {
    problems.push({
      field: 'fromDate',
      message: 'pause.overlap',
      params: { fromDate: clash.fromDate, toDate: clash.toDate },
    });
  }
  return problems;
}
