// The outcome definitions of seed 003's appendix, version "seed-2020": every rule of the three tables
// in one pure module (ARCHITECTURE.md: "Outcome definitions … pure, versioned"). A change of definition
// is a new version, so a saved report says which rules made its figures.
//
//   Population of each table: courses whose end date lies in the table's period (both days included).
//   1. Exit: the status in M2, the calendar month two months after the end month, from DREAM.
//   2. Placement: an internship or wage-subsidy placement (configurable) starting on or after the
//      course start and at most 21 days after its end.
//   3. Plan: a preparatory plan (either type) started on or after the course start and at most six
//      calendar months after its end.
import { addMonthsClamped, addDays, dayNumber, isoOfDay, monthOf } from '../../../shared/dates.ts';
import { PLACEMENT_WINDOW_DAYS, PLAN_WINDOW_MONTHS } from '../../../shared/outcomes/outcome.constants.ts';
import { DEFINITION_VERSION } from '../../../shared/outcomes/outcome.schemas.ts';
import type { RegisterCategory } from '../../platform/db/schema.ts';
import { countedCategory, type CategoryOf } from '../../platform/db/register-codes.ts';

export { DEFINITION_VERSION };

// 1. Exit

/** Seed 003: "status 2. måned efter afsluttet forløb": M2 is two calendar months after the end month. */
export const EXIT_MONTHS_AFTER_END = 2;

/** M2 of a course ending on `endsOn`, as the month's first day (end in March → 1 May). */
export function referenceMonth(endsOn: string): string {
  return addMonthsClamped(monthOf(endsOn), EXIT_MONTHS_AFTER_END);
}

/**
 * The Mondays of the ISO weeks whose Thursday falls in the month (DREAM's week-to-month mapping):
 * four or five weeks; a week straddling two months belongs to the one holding its Thursday.
 */
export function weeksOfMonth(monthStart: string): string[] {
  const first = dayNumber(monthStart);
  const next = dayNumber(addMonthsClamped(monthStart, 1));
  // 1970-01-01 (day 0) was a Thursday: day % 7 === 0 is a Thursday.
  let thursday = first + ((7 - (((first % 7) + 7) % 7)) % 7);
  const mondays: string[] = [];
  for (; thursday < next; thursday += 7) mondays.push(isoOfDay(thursday - 3));
  return mondays;
}

export interface ExitWindow {
  /** M2's first day. */
  month: string;
  /** The Mondays of M2's weeks. */
  weekMondays: string[];
}

export function exitWindow(endsOn: string): ExitWindow {
  const month = referenceMonth(endsOn);
  return { month, weekMondays: weeksOfMonth(month) };
}

/** A person of the register: weekly codes packed from a first Monday, degrees from a first month. */
export interface RegisterPerson {
  firstWeekMonday: string;
  /** 0 = no benefit that week; weeks outside the array are not in the extract. */
  weeklyCodes: readonly (number | null)[];
  firstMonth: string | null;
  employmentDegrees: readonly (number | null)[];
}

/** What the register says about M2: one code per week and the month's degree; null = not in the extract. */
export interface ExitObservation {
  weekCodes: readonly (number | null)[];
  degree: number | null;
}

/** The 0-based index of the week starting `monday` in an array packed from `firstWeekMonday`. */
export function weekIndex(firstWeekMonday: string, monday: string): number {
  return Math.round((dayNumber(monday) - dayNumber(firstWeekMonday)) / 7);
}

/** The 0-based index of `month` in an array packed from `firstMonth`. */
export function monthIndex(firstMonth: string, month: string): number {
  const [fy, fm] = firstMonth.split('-').map(Number) as [number, number];
  const [y, m] = month.split('-').map(Number) as [number, number];
  return (y - fy) * 12 + (m - fm);
}

function at<T>(values: readonly (T | null)[], index: number): T | null {
  return index >= 0 && index < values.length ? (values[index] ?? null) : null;
}

/** Reads M2 out of a person's packed arrays. */
export function observeExit(window: ExitWindow, person: RegisterPerson): ExitObservation {
  return {
    weekCodes: window.weekMondays.map((monday) =>
      at(person.weeklyCodes, weekIndex(person.firstWeekMonday, monday)),
    ),
    degree:
      person.firstMonth === null
        ? null
        : at(person.employmentDegrees, monthIndex(person.firstMonth, window.month)),
  };
}

export const EXIT_STATUSES = [
  'censored',
  'partTime',
  'publicBenefit',
  'education',
  'job',
  'otherSelfSupporting',
  'pending',
  'notInRegister',
] as const;
export type ExitStatus = (typeof EXIT_STATUSES)[number];

/**
 * What the exit rules read of M2, however it was gathered: from a person's packed arrays in memory
 * (exitFacts) or counted by the database per group of alike courses (outcome.repository.ts).
 */
export interface ExitFacts {
  /** The weeks of M2 (four or five). */
  weeks: number;
  /** Of those, the weeks the extract lacks. */
  weeksMissing: number;
  /** M2's employment degree, or only its sign (the rules ask only whether it is above 0); null = lacking. */
  degree: number | null;
  /** The categories counted in M2's weeks. */
  categories: ReadonlySet<RegisterCategory>;
}

export function exitFacts(observation: ExitObservation, categoryOf: CategoryOf): ExitFacts {
  const categories = new Set<RegisterCategory>();
  let weeksMissing = 0;
  for (const code of observation.weekCodes) {
    if (code === null) weeksMissing++;
    else {
      const category = countedCategory(code, categoryOf);
      if (category) categories.add(category);
    }
  }
  return { weeks: observation.weekCodes.length, weeksMissing, degree: observation.degree, categories };
}

/**
 * The status from the facts of M2; null facts = the person is not in the register. Without every week of M2 and its degree the status is pending (the
 * register lags). Otherwise the first match wins: censored (an exit-register code: death, emigration,
 * pension), part-time (a benefit week and wage income in the month), public benefit, education, job
 * (wage income), other self-supporting.
 */
export function statusOfFacts(facts: ExitFacts | null): ExitStatus {
  if (!facts) return 'notInRegister';
  const { weeks, weeksMissing, degree, categories } = facts;
  if (weeks === 0 || weeksMissing > 0 || degree === null) return 'pending';
  const employed = degree > 0;
  if (categories.has('exit_register')) return 'censored';
  if (categories.has('benefit') && employed) return 'partTime';
  if (categories.has('benefit')) return 'publicBenefit';
  if (categories.has('education')) return 'education';
  if (employed) return 'job';
  return 'otherSelfSupporting';
}

/** The status of a course from what the register says about its M2; `null` = not in the register. */
export function classifyExit(observation: ExitObservation | null, categoryOf: CategoryOf): ExitStatus {
  return statusOfFacts(observation && exitFacts(observation, categoryOf));
}

// 2. Placement and 3. Plan

/**
 * How far after a course's end a placement or plan still counts: a number of days, or of calendar
 * months (the same day number, or the month's last day when it has no such day).
 */
export type AfterEnd = { days: number; months?: never } | { months: number; days?: never };

/** Seed 003's placement window (`PLACEMENT_WINDOW_DAYS`, with its source). */
export const PLACEMENT_AFTER_END = { days: PLACEMENT_WINDOW_DAYS } as const satisfies AfterEnd;
/** Seed 003's plan window (`PLAN_WINDOW_MONTHS`, with its source). */
export const PLAN_AFTER_END = { months: PLAN_WINDOW_MONTHS } as const satisfies AfterEnd;

export interface CoursePeriod {
  startsOn: string;
  endsOn: string;
}

/** The days a start counts in: from the course's start to `after` its end, both days included. */
export function countingWindow(course: CoursePeriod, after: AfterEnd): { from: string; to: string } {
  return {
    from: course.startsOn,
    to:
      after.months === undefined
        ? addDays(course.endsOn, after.days)
        : addMonthsClamped(course.endsOn, after.months),
  };
}

/** Whether any of the dates lies in the window (both ends included). ISO dates compare as text. */
export function anyStartIn(starts: readonly string[], window: { from: string; to: string }): boolean {
  return starts.some((start) => start >= window.from && start <= window.to);
}

/** Does a placement of the citizen count for this course? */
export function isPlaced(course: CoursePeriod, placementStarts: readonly string[]): boolean {
  return anyStartIn(placementStarts, countingWindow(course, PLACEMENT_AFTER_END));
}

/** Does a plan of the citizen count for this course? */
export function hasPlan(course: CoursePeriod, planStarts: readonly string[]): boolean {
  return anyStartIn(planStarts, countingWindow(course, PLAN_AFTER_END));
}

// The rates: what each table's share is counted from.

/** What every row's share is computed from. */
export interface Share {
  numerator: number;
  denominator: number;
}

/** Rate = (job + education + partTime) / (completed − pending − notInRegister). */
export function exitShare(counts: {
  completed: number;
  pending: number;
  notInRegister: number;
  job: number;
  education: number;
  partTime: number;
}): Share {
  return {
    numerator: counts.job + counts.education + counts.partTime,
    denominator: counts.completed - counts.pending - counts.notInRegister,
  };
}

/** Rate = counted / completed (placement: placed; plan: with a plan). */
export const flagShare = (c: { completed: number; counted: number }): Share => ({
  numerator: c.counted,
  denominator: c.completed,
});
