// The report schedule's due dates and what is still due (issue 14). Pure.
//   A line repeats every 6 ('half_yearly') or 3 ('quarterly') months from its first due date (the same
// day of the month, or the month's last day when it is shorter), or has listed dates ('dates').
//   Each due date has a period that opens at the previous due date (the first: one step before it; for
// listed dates, 6 months). A pack that delivers the line, taken in meeting-date order, delivers the
// earliest undelivered due date whose period opened before the pack's meeting: a late pack delivers the
// overdue report, a second pack in the same period delivers nothing more, and a pack from before the
// schedule's first period delivers nothing.
import { addMonthsClamped, type IsoDate } from '../../../shared/dates.ts';
import type { Cadence } from '../../../shared/committee/committee.constants.ts';
import type { Task } from '../../../shared/courses/talk.schemas.ts';

export interface ScheduleLine {
  cadence: Cadence;
  firstDueOn: IsoDate;
  dueDates: readonly IsoDate[];
}

const STEP_MONTHS: Record<Exclude<Cadence, 'dates'>, number> = { half_yearly: 6, quarterly: 3 };
/** Listed dates have no step: the first one's period opens this many months before it. */
const LISTED_FIRST_PERIOD_MONTHS = 6;
/** A bound on the dates walked, so a schedule decades behind cannot loop for long. */
const MAX_DUE_DATES = 400;

/** The k-th due date (0-based), or null when a listed schedule has no more. */
export function dueDateAt(line: ScheduleLine, k: number): IsoDate | null {
  if (line.cadence === 'dates') {
    const dates = [...new Set(line.dueDates)].sort();
    return dates[k] ?? null;
  }
  return addMonthsClamped(line.firstDueOn, STEP_MONTHS[line.cadence] * k);
}

/** The day the k-th due date's period opens (exclusive). */
export function periodOpensAt(line: ScheduleLine, k: number): IsoDate {
  if (k > 0) return dueDateAt(line, k - 1)!;
  const first = dueDateAt(line, 0) ?? line.firstDueOn;
  const step = line.cadence === 'dates' ? LISTED_FIRST_PERIOD_MONTHS : STEP_MONTHS[line.cadence];
  return addMonthsClamped(first, -step);
}

/** The first due date not delivered by the packs' meeting dates, or null when none is left. */
export function nextDueDate(line: ScheduleLine, deliveredOn: readonly IsoDate[]): IsoDate | null {
  let k = 0;
  for (const meetingOn of [...deliveredOn].sort()) {
    if (k >= MAX_DUE_DATES || dueDateAt(line, k) === null) break;
    if (periodOpensAt(line, k) < meetingOn) k += 1;
  }
  return k >= MAX_DUE_DATES ? null : dueDateAt(line, k);
}

export interface DueReport {
  nextDueOn: IsoDate | null;
  overdue: boolean;
}

export function dueReport(line: ScheduleLine, deliveredOn: readonly IsoDate[], today: IsoDate): DueReport {
  const nextDueOn = nextDueDate(line, deliveredOn);
  return { nextDueOn, overdue: nextDueOn !== null && nextDueOn < today };
}

/**
 * The owner's task of a schedule line's next due report (the task list of /api/tasks): due on the report's
 * due date, overdue after it; no citizen.
 */
export function committeeReportTask(report: {
  scheduleId: string;
  title: string;
  dueOn: IsoDate;
  overdue: boolean;
}): Task {
  return {
    key: `committee_report:${report.scheduleId}`,
    kind: 'committee_report',
    dueOn: report.dueOn,
    overdue: report.overdue,
    courseId: null,
    referralId: null,
    citizenName: '',
    detail: null,
    companyName: null,
    reportTitle: report.title,
  };
}
