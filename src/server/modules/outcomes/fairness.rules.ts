// The fair comparison's definitions, version "case-mix-2026" (issue 13, docs/fairness.md): which cell a
// course belongs to, and which courses of a seed-2020 table count and succeed. Pure. The cells' pooled
// rates, expected counts, funnel limits and labels are in fairness-tables.ts.
//
//   Cell = age band at the course start (CPR birth date) × benefit-history band (ISO weeks with a
//   `benefit` code in the 156 weeks before the start's ISO week), or `unknown` when the register lacks
//   any of those weeks or the person.
//   The courses of each table are those of its rate denominator and a success is its numerator, both as
//   outcome.rules.ts defines them (exitShare, flagShare), so the two reports never disagree on who counts.
import { ageOn, dayNumber, isoOfDay } from '../../../shared/dates.ts';
import {
  AGE_BANDS,
  FAIRNESS_DEFINITION_VERSION,
  HISTORY_BANDS,
  type AgeBand,
  type HistoryBand,
} from '../../../shared/outcomes/fairness.constants.ts';
import { birthDateOfCpr } from '../../../shared/cpr.ts';
import { countedCategory, type CategoryOf } from '../../platform/db/register-codes.ts';
import { exitShare, flagShare, weekIndex, type ExitStatus, type Share } from './outcome.rules.ts';

export { FAIRNESS_DEFINITION_VERSION, birthDateOfCpr };
export type { AgeBand, HistoryBand };

// Age

/** Where each age band after the first starts, in whole years: 18–29, 30–39, 40–49, 50+. */
export const AGE_BAND_STARTS: readonly number[] = [30, 40, 50];

/**
 * A band's index in its list (AGE_BANDS, HISTORY_BANDS): how many of the band starts the value has
 * reached. The database counts the same way (fairness.repository.ts, bandIndexSql).
 */
export function bandIndex(value: number, starts: readonly number[]): number {
  let index = 0;
  while (index < starts.length && value >= starts[index]!) index++;
  return index;
}

/** The age band at the course start; under 18 (not expected in the target group) counts as 18–29. */
export function ageBand(birthDate: string | null, startsOn: string): AgeBand {
  if (birthDate === null) return 'unknown';
  return AGE_BANDS[bandIndex(ageOn(birthDate, startsOn), AGE_BAND_STARTS)]!;
}

// Benefit history

/** The weeks of history read before the course start's ISO week. */
export const HISTORY_WEEKS = 156;

/** The Monday of the ISO week holding the date (1970-01-01, day 0, was a Thursday). */
export function mondayOfWeek(iso: string): string {
  const day = dayNumber(iso);
  return isoOfDay(day - ((((day + 3) % 7) + 7) % 7));
}

/** The Mondays of the 156 ISO weeks before the week of `startsOn`, oldest first. */
export function historyWeekMondays(startsOn: string): string[] {
  const monday = dayNumber(mondayOfWeek(startsOn));
  return Array.from({ length: HISTORY_WEEKS }, (_, i) => isoOfDay(monday - 7 * (HISTORY_WEEKS - i)));
}

/** A person's weekly codes from a first Monday (RegisterPerson's weeks, or a slice of them). */
export interface WeekCodes {
  firstWeekMonday: string;
  /** 0 = no benefit that week; null or outside the array = the extract lacks the week. */
  weeklyCodes: readonly (number | null)[];
}

/**
 * The weeks with a benefit code (countedCategory: a code missing from the codebook counts as benefit, as
 * the exit rules count it) in the 156 weeks before the start's week; null when the person is not in the
 * register or the extract lacks any of those weeks.
 */
export function benefitWeeksBefore(
  person: WeekCodes | null,
  startsOn: string,
  categoryOf: CategoryOf,
): number | null {
  if (!person) return null;
  // The weeks are consecutive: the first one's index in the person's array, then one by one (the same
  // weeks as historyWeekMondays, without a date per week).
  const first = weekIndex(
    person.firstWeekMonday,
    isoOfDay(dayNumber(mondayOfWeek(startsOn)) - 7 * HISTORY_WEEKS),
  );
  if (first < 0 || first + HISTORY_WEEKS > person.weeklyCodes.length) return null;
  let weeks = 0;
  for (let index = first; index < first + HISTORY_WEEKS; index++) {
    const code = person.weeklyCodes[index];
    if (code === null || code === undefined) return null;
    if (countedCategory(code, categoryOf) === 'benefit') weeks++;
  }
  return weeks;
}

/** Where each history band after the first starts, in benefit weeks: 0–51, 52–103, 104–155, 156. */
export const HISTORY_BAND_STARTS: readonly number[] = [52, 104, HISTORY_WEEKS];

/** 0–51, 52–103, 104–155, 156 weeks, or unknown. */
export function historyBand(benefitWeeks: number | null): HistoryBand {
  if (benefitWeeks === null) return 'unknown';
  return HISTORY_BANDS[bandIndex(benefitWeeks, HISTORY_BAND_STARTS)]!;
}

// Who counts and who succeeds, from the seed-2020 shares of one course.

/** In the rate's denominator, and in its numerator: a share of one course is 0/0, 0/1 or 1/1. */
export interface CourseOutcome {
  counts: boolean;
  success: boolean;
}

function outcomeOfShare(share: Share): CourseOutcome {
  return { counts: share.denominator === 1, success: share.denominator === 1 && share.numerator === 1 };
}

/** Exit: counts unless pending or not in the register; succeeds with job, education or part-time. */
export function exitOutcome(status: ExitStatus): CourseOutcome {
  const one = (s: ExitStatus) => (status === s ? 1 : 0);
  return outcomeOfShare(
    exitShare({
      completed: 1,
      pending: one('pending'),
      notInRegister: one('notInRegister'),
      job: one('job'),
      education: one('education'),
      partTime: one('partTime'),
    }),
  );
}

/** Placement and plan: every completed course counts; placed / with a plan succeeds. */
export function flagOutcome(counted: boolean): CourseOutcome {
  return outcomeOfShare(flagShare({ completed: 1, counted: counted ? 1 : 0 }));
}
