// Billing of course-weeks (issue 4; docs/billing.md): which weeks of a course are billed, in which
// month, at which weekly price. Pure: the service loads courses and agreements, these functions count.
//
// The rule. A course is billed per started week counted from its start:
//   - the programme in 7-day blocks from course.starts_on up to course.ends_on (an ongoing course: up
//     to today — a week is billed once it has started);
//   - aftercare in 7-day blocks from aftercare_starts_on up to aftercare_ends_on (ongoing: today).
// Each block is billed once, in the calendar month in which the block starts, at the weekly price of
// its kind ('programme' or 'aftercare') of the course's agreement valid on the block's first day.
// A block with no price that day (no agreement, the agreement not running, no price period) is a
// problem to be solved, never silently 0 kr. Consistent with weeksIncluding (1–7 days = 1 week): a
// programme from s to e has weeksIncluding(s, e) blocks. Billing uses only these four dates of the
// course, never the stage rows. Amounts are integer øre.
// Issue 14: the weekly price is the agreed price indexed by the agreement's price indexations
// (agreement-indexation.rules.ts), and a block wholly in pauses the agreement excludes from payment is
// left out, with its reason (billing-pauses.rules.ts).
// Issue 13: the week walk counts days as integers (billing-walk.rules.ts), the same blocks and prices.
import { dayNumber, isoOfDay, type IsoDate } from '../../../shared/dates.ts';
import type { PauseKind } from '../../../shared/courses/pause.constants.ts';
import { indexedPriceOn, type IndexedAgreement } from '../agreements/agreement.service.ts';
import type { PriceKind } from '../../platform/db/schema.ts';
import type { PauseSpan } from './billing-pauses.rules.ts';
import { MonthOfDay, stretchBlockDays, stretchesOf, walkCourses } from './billing-walk.rules.ts';

/** 'YYYY-MM'. */
export type Month = string;

export interface BillingPeriod {
  from: Month;
  to: Month;
}

export interface BillableCourse {
  id: string;
  providerId: string;
  agreementId: string | null;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  aftercareStartsOn: IsoDate | null;
  aftercareEndsOn: IsoDate | null;
  /** The course's pauses (issue 14); only the kinds its agreement excludes leave weeks out. */
  pauses?: readonly PauseSpan[];
}

export interface BillingAgreement extends IndexedAgreement {
  id: string;
  /** Pause kinds excluded from payment (issue 14); none when absent. */
  excludedPauseKinds?: readonly PauseKind[];
}

/** One started week of a course. */
export interface WeekBlock {
  kind: PriceKind;
  startsOn: IsoDate;
  month: Month;
}

export interface PricedBlock extends WeekBlock {
  weeklyOre: number;
  /** The agreed price before indexation. */
  baseWeeklyOre: number;
}

export type ProblemReason = 'no_agreement' | 'no_price';

export interface BlockProblem extends WeekBlock {
  reason: ProblemReason;
}

// ---- months -------------------------------------------------------------------------------------

export function monthOf(date: IsoDate): Month {
  return date.slice(0, 7);
}

export function firstDayOf(month: Month): IsoDate {
  return `${month}-01`;
}

export function lastDayOf(month: Month): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

export function addMonthsTo(month: Month, months: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months from `from` to `to`, both included. */
export function monthsOf(period: BillingPeriod): Month[] {
  const months: Month[] = [];
  for (let month = period.from; month <= period.to; month = addMonthsTo(month, 1)) months.push(month);
  return months;
}

// ---- blocks -------------------------------------------------------------------------------------

/**
 * The course's billable blocks that start in the period, as of `asOf` (today): per stretch (programme,
 * then aftercare), the 7-day blocks from its start that start within the period and on or before the
 * stretch's last day (its end, or `asOf` while it runs).
 */
export function courseBlocks(course: BillableCourse, period: BillingPeriod, asOf: IsoDate): WeekBlock[] {
  const window = { from: dayNumber(firstDayOf(period.from)), to: dayNumber(lastDayOf(period.to)) };
  const months = new MonthOfDay();
  return stretchesOf(course).flatMap(({ kind, startsOn, endsOn }) =>
    stretchBlockDays(startsOn, endsOn, window, dayNumber(asOf)).map((day) => ({
      kind,
      startsOn: isoOfDay(day),
      month: months.of(day),
    })),
  );
}

/** Each block at its kind's weekly price on its first day, or a problem when there is none. */
export function priceBlocks(
  blocks: readonly WeekBlock[],
  agreement: BillingAgreement | null,
): { priced: PricedBlock[]; problems: BlockProblem[] } {
  const priced: PricedBlock[] = [];
  const problems: BlockProblem[] = [];
  for (const block of blocks) {
    if (!agreement) {
      problems.push({ ...block, reason: 'no_agreement' });
      continue;
    }
    const price = indexedPriceOn(agreement, block.kind, block.startsOn);
    if (price === null) problems.push({ ...block, reason: 'no_price' });
    else priced.push({ ...block, ...price });
  }
  return { priced, problems };
}

// ---- lines, rows and totals -----------------------------------------------------------------------

/** Weeks at one weekly price. */
export interface PriceWeeks {
  weeklyOre: number;
  weeks: number;
  /** The agreed price before indexation, when the price used is an indexed one. */
  baseWeeklyOre?: number;
}

export interface KindAmount {
  weeks: number;
  ore: number;
  /** The weekly prices used, lowest first (two when the price changed during the month). */
  prices: PriceWeeks[];
}

export interface BillingAmounts {
  programme: KindAmount;
  aftercare: KindAmount;
  totalOre: number;
}

/** One course's billing in one month. */
export interface CourseMonthLine extends BillingAmounts {
  courseId: string;
  providerId: string;
  agreementId: string;
  month: Month;
}

/** One provider × month × agreement. */
export interface BillingRow extends BillingAmounts {
  providerId: string;
  month: Month;
  agreementId: string;
  courseIds: string[];
}

export interface BillingProblem {
  courseId: string;
  providerId: string;
  agreementId: string | null;
  kind: PriceKind;
  month: Month;
  reason: ProblemReason;
  /** The first day of the first block without a price. */
  firstWeekStartsOn: IsoDate;
  weeks: number;
}

function emptyAmounts(): BillingAmounts {
  return {
    programme: { weeks: 0, ore: 0, prices: [] },
    aftercare: { weeks: 0, ore: 0, prices: [] },
    totalOre: 0,
  };
}

function addWeeks(amount: KindAmount, weeklyOre: number, weeks: number, baseWeeklyOre = weeklyOre): void {
  amount.weeks += weeks;
  amount.ore += weeklyOre * weeks;
  const base = baseWeeklyOre === weeklyOre ? undefined : baseWeeklyOre;
  const price = amount.prices.find((p) => p.weeklyOre === weeklyOre && p.baseWeeklyOre === base);
  if (price) price.weeks += weeks;
  else {
    amount.prices.push(base === undefined ? { weeklyOre, weeks } : { weeklyOre, weeks, baseWeeklyOre: base });
    amount.prices.sort((a, b) => a.weeklyOre - b.weeklyOre);
  }
}

function addAmounts(target: BillingAmounts, source: BillingAmounts): void {
  for (const kind of ['programme', 'aftercare'] as const) {
    for (const price of source[kind].prices) {
      addWeeks(target[kind], price.weeklyOre, price.weeks, price.baseWeeklyOre);
    }
  }
  target.totalOre = target.programme.ore + target.aftercare.ore;
}

/** Weeks of a course left out of billing because they lie in excluded pauses (issue 14). */
export interface LeftOutWeeks {
  courseId: string;
  providerId: string;
  agreementId: string;
  kind: PriceKind;
  month: Month;
  pauseKind: PauseKind;
  firstWeekStartsOn: IsoDate;
  weeks: number;
}

/**
 * Bills every course over the period: a line per course and month, the blocks without a price, and the
 * weeks left out for excluded pauses (the walk: billing-walk.rules.ts).
 */
export function billCourses(
  courses: readonly BillableCourse[],
  agreements: ReadonlyMap<string, BillingAgreement>,
  period: BillingPeriod,
  asOf: IsoDate,
): { lines: CourseMonthLine[]; problems: BillingProblem[]; leftOut: LeftOutWeeks[] } {
  const lines: CourseMonthLine[] = [];
  const problems: BillingProblem[] = [];
  const leftOut: LeftOutWeeks[] = [];
  let course: BillableCourse = courses[0]!;
  let agreement: BillingAgreement | null = null;
  let byMonth = new Map<Month, CourseMonthLine>();
  let unpriced = new Map<string, BillingProblem>();
  let paused = new Map<string, LeftOutWeeks>();
  const ids = () => ({ courseId: course.id, providerId: course.providerId });
  walkCourses(courses, agreements, period, asOf, {
    course(next, itsAgreement) {
      course = next;
      agreement = itsAgreement;
      byMonth = new Map();
      unpriced = new Map();
      paused = new Map();
    },
    priced(kind, _day, month, price) {
      let line = byMonth.get(month);
      if (!line) {
        line = { ...ids(), agreementId: agreement!.id, month, ...emptyAmounts() };
        byMonth.set(month, line);
      }
      addWeeks(line[kind], price.weeklyOre, 1, price.baseWeeklyOre);
      line.totalOre = line.programme.ore + line.aftercare.ore;
    },
    leftOut(kind, day, month, pauseKind) {
      const key = `${kind}|${month}|${pauseKind}`;
      const entry = paused.get(key);
      if (entry) entry.weeks += 1;
      else {
        const firstWeekStartsOn = isoOfDay(day);
        paused.set(key, {
          ...ids(),
          agreementId: agreement!.id,
          kind,
          month,
          pauseKind,
          firstWeekStartsOn,
          weeks: 1,
        });
      }
    },
    unpriced(kind, day, month, reason) {
      const key = `${kind}|${month}|${reason}`;
      const problem = unpriced.get(key);
      if (problem) problem.weeks += 1;
      else {
        const firstWeekStartsOn = isoOfDay(day);
        unpriced.set(key, {
          ...ids(),
          agreementId: course.agreementId,
          kind,
          month,
          reason,
          firstWeekStartsOn,
          weeks: 1,
        });
      }
    },
    done() {
      leftOut.push(...paused.values());
      lines.push(...[...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1)));
      problems.push(...unpriced.values());
    },
  });
  return { lines, problems, leftOut };
}

/** The course lines summed per provider × month × agreement. */
export function summariseLines(lines: readonly CourseMonthLine[]): BillingRow[] {
  const rows = new Map<string, BillingRow>();
  for (const line of lines) {
    const key = `${line.providerId}|${line.month}|${line.agreementId}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        providerId: line.providerId,
        month: line.month,
        agreementId: line.agreementId,
        courseIds: [],
        ...emptyAmounts(),
      };
      rows.set(key, row);
    }
    addAmounts(row, line);
    if (!row.courseIds.includes(line.courseId)) row.courseIds.push(line.courseId);
  }
  return [...rows.values()];
}

export interface BillingTotal extends BillingAmounts {
  courseIds: string[];
}

/** Sums rows (or lines); courses are counted once however many months they appear in. */
export function totalOf(rows: readonly (BillingAmounts & { courseIds?: string[]; courseId?: string })[]) {
  const total: BillingTotal = { ...emptyAmounts(), courseIds: [] };
  const seen = new Set<string>();
  for (const row of rows) {
    addAmounts(total, row);
    for (const id of row.courseIds ?? (row.courseId ? [row.courseId] : [])) seen.add(id);
  }
  total.courseIds = [...seen];
  return total;
}
