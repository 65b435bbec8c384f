// The billed amounts alone, per course and month, for reports that bill every course of several years
// (issue 13: cost per result and the budget burn-down): a course without pauses to leave out is priced a run
// of weeks at a time, one with such pauses is walked week by week by the billing walk (billing-walk.rules.ts).
// Pure; the rule of what a week costs is billing.rules.ts's, and billing-walk.rules.test.ts holds these
// amounts to the plain walk's lines.
import type { IsoDate } from '../../../shared/dates.ts';
import {
  excludedPausesOf,
  stretchSpan,
  walkCourse,
  WalkContext,
  type PriceSteps,
} from './billing-walk.rules.ts';
import type { BillableCourse, BillingAgreement, BillingPeriod } from './billing.rules.ts';

/** A course's billed amount in one month (a CourseMonthLine's total, without its weeks and prices). */
export interface CourseMonthOre {
  courseId: string;
  month: string;
  totalOre: number;
}

/**
 * What each course is billed per month: the totals of billCourses' lines, month by month per course,
 * for reports that need only the amounts (no line objects with weeks and prices for a million weeks).
 * A course without pauses to leave out is priced a run at a time (the blocks of one month within one
 * price stretch: their number times the price) rather than block by block; a course with such pauses is
 * walked block by block (billing-walk.rules.ts). billing-walk.rules.test.ts holds both to the plain walk.
 */
export function billedOreByMonth(
  courses: readonly BillableCourse[],
  agreements: ReadonlyMap<string, BillingAgreement>,
  period: BillingPeriod,
  asOf: IsoDate,
): CourseMonthOre[] {
  const result: CourseMonthOre[] = [];
  billOreInto(courses, agreements, period, asOf, new CourseLines(result));
  return result;
}

/** Where billOreInto tells the amounts: per course, parts of its months' amounts (a month may come again). */
export interface BilledOreSink {
  start(courseId: string): void;
  add(month: string, ore: number): void;
  finish(): void;
}

/** billedOreByMonth's amounts told to a sink instead of kept as lines (a report that only sums them). */
export function billOreInto(
  courses: readonly BillableCourse[],
  agreements: ReadonlyMap<string, BillingAgreement>,
  period: BillingPeriod,
  asOf: IsoDate,
  lines: BilledOreSink,
): void {
  const context = new WalkContext(period, asOf);
  for (const course of courses) {
    const agreement = course.agreementId ? (agreements.get(course.agreementId) ?? null) : null;
    // Without an agreement every block is without a price: no line.
    if (agreement === null) continue;
    lines.start(course.id);
    const pauses = excludedPausesOf(course, agreement);
    if (pauses.length > 0) {
      walkCourse(context, course, agreement, pauses, {
        course() {},
        priced: (_kind, _day, month, price) => lines.add(month, price.weeklyOre),
        leftOut() {},
        unpriced() {},
        done() {},
      });
    } else {
      const steps = context.stepsOf(agreement);
      billStretchInRuns(context, steps.programme, course.startsOn, course.endsOn, lines);
      if (course.aftercareStartsOn)
        billStretchInRuns(context, steps.aftercare, course.aftercareStartsOn, course.aftercareEndsOn, lines);
    }
    lines.finish();
  }
}

/** One course's month lines as they are billed (mostly in month order), appended to the result in order. */
class CourseLines implements BilledOreSink {
  private courseId = '';
  private lines: CourseMonthOre[] = [];

  constructor(private readonly result: CourseMonthOre[]) {}

  start(courseId: string): void {
    this.courseId = courseId;
    this.lines = [];
  }

  add(month: string, ore: number): void {
    const lines = this.lines;
    // A month comes again only within a stretch's runs or where the aftercare meets the programme.
    for (let i = lines.length - 1; i >= 0; i--) {
      if (lines[i]!.month === month) {
        lines[i]!.totalOre += ore;
        return;
      }
    }
    lines.push({ courseId: this.courseId, month, totalOre: ore });
  }

  finish(): void {
    const lines = this.lines;
    let ordered = true;
    for (let i = 1; i < lines.length; i++) if (lines[i - 1]!.month > lines[i]!.month) ordered = false;
    if (!ordered) lines.sort((a, b) => (a.month < b.month ? -1 : 1));
    for (const line of lines) this.result.push(line);
  }
}

/**
 * A stretch's blocks (those stretchBlockDays gives) priced a run at a time: within a month and a price
 * stretch the blocks are consecutive multiples of 7 days, so their amount is their number times the price.
 */
function billStretchInRuns(
  context: WalkContext,
  steps: PriceSteps,
  startsOn: IsoDate,
  endsOn: IsoDate | null,
  lines: BilledOreSink,
): void {
  const { window, asOfDay, months } = context;
  const span = stretchSpan(startsOn, endsOn, window, asOfDay);
  const last = span.last;
  let day = span.first;
  while (day <= last) {
    const month = months.of(day);
    const monthLast = months.lastDayOf(day);
    const until = monthLast < last ? monthLast : last;
    while (day <= until) {
      const index = steps.indexOf(day);
      const stepLast = steps.nextStart(index) - 1;
      const runLast = stepLast < until ? stepLast : until;
      const blocks = Math.floor((runLast - day) / 7) + 1;
      const price = steps.price(index);
      if (price !== null) lines.add(month, blocks * price.weeklyOre);
      day += 7 * blocks;
    }
  }
}
