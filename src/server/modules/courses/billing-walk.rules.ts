// The billing rules' week walk on day numbers (issue 13's speed; the rule itself is billing.rules.ts's and
// docs/billing.md's). Pure. A report bills some million week blocks; each is counted here as an integer
// (days since 1970-01-01), its month found by integer arithmetic, and its price looked up on the
// agreement's price timeline, so ISO date strings are made only at the edges (a month's name, the first
// week of a problem or of weeks left out). The results are those of the plain walk (ISO dates, one price
// look-up per block): billing-walk.rules.test.ts compares the two on random courses.
import { civilOfDay, dayNumber, dayOfCivil, isoOfDay, type IsoDate } from '../../../shared/dates.ts';
import { indexedPriceOn } from '../agreements/agreement.service.ts';
import type { PriceKind } from '../../platform/db/schema.ts';
import type { PauseKind } from '../../../shared/courses/pause.constants.ts';
import type { PauseSpan } from './billing-pauses.rules.ts';
import type { BillableCourse, BillingAgreement, BillingPeriod } from './billing.rules.ts';

/** The price in force on a day: the agreed price indexed, and the agreed price before indexation. */
export interface DayPrice {
  weeklyOre: number;
  baseWeeklyOre: number;
}

type TimelineAgreement = Parameters<typeof indexedPriceOn>[0];

/**
 * An agreement's weekly price of one kind as a function of the day number. indexedPriceOn compares the
 * day only with the agreement's start and end, its price periods' first and last days and its
 * indexations' first days, so its answer is constant between those days: it is asked once per stretch
 * (on the stretch's first day, and once for the days before them all), and a day's price is the answer
 * of the stretch it lies in.
 */
export function priceTimeline(
  agreement: TimelineAgreement,
  kind: PriceKind,
): (day: number) => DayPrice | null {
  const steps = new PriceSteps(agreement, kind);
  return (day) => steps.price(steps.indexOf(day));
}

/**
 * priceTimeline's stretches themselves: the index of the stretch a day lies in (-1 before them all), its
 * price, and the first day of the next one, so that a run of blocks in one stretch is priced at once.
 */
export class PriceSteps {
  private readonly starts: number[];
  private readonly prices: (DayPrice | null)[];
  private readonly before: DayPrice | null;

  constructor(agreement: TimelineAgreement, kind: PriceKind) {
    const edges = new Set<number>([dayNumber(agreement.startsOn), dayNumber(agreement.endsOn) + 1]);
    for (const price of agreement.prices) {
      edges.add(dayNumber(price.validFrom));
      if (price.validTo !== null) edges.add(dayNumber(price.validTo) + 1);
    }
    for (const indexation of agreement.indexations ?? []) edges.add(dayNumber(indexation.effectiveFrom));
    this.starts = [...edges].sort((a, b) => a - b);
    const at = (day: number) => indexedPriceOn(agreement, kind, isoOfDay(day));
    this.before = at(this.starts[0]! - 1);
    this.prices = this.starts.map(at);
  }

  indexOf(day: number): number {
    const starts = this.starts;
    if (day < starts[0]!) return -1;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= day) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  price(index: number): DayPrice | null {
    return index < 0 ? this.before : this.prices[index]!;
  }

  /** The first day of the stretch after `index` (Infinity after the last). */
  nextStart(index: number): number {
    return index + 1 < this.starts.length ? this.starts[index + 1]! : Infinity;
  }
}

/** 'YYYY-MM' of day numbers walked in any order, each month named and bounded once. */
export class MonthOfDay {
  private first = 1;
  private last = 0;
  private name = '';
  private readonly known = new Map<number, { first: number; last: number; name: string }>();

  /** The last day of the day's month. */
  lastDayOf(day: number): number {
    this.of(day);
    return this.last;
  }

  of(day: number): string {
    if (day < this.first || day > this.last) {
      const { year, month } = civilOfDay(day);
      let entry = this.known.get(year * 12 + month);
      if (!entry) {
        entry = {
          first: dayOfCivil(year, month, 1),
          last: (month === 12 ? dayOfCivil(year + 1, 1, 1) : dayOfCivil(year, month + 1, 1)) - 1,
          name: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`,
        };
        this.known.set(year * 12 + month, entry);
      }
      ({ first: this.first, last: this.last, name: this.name } = entry);
    }
    return this.name;
  }
}

/** The first days (day numbers) of the 7-day blocks of one stretch that start in [from, to] and by `last`. */
export function stretchBlockDays(
  startsOn: IsoDate,
  endsOn: IsoDate | null,
  window: { from: number; to: number },
  asOf: number,
): number[] {
  const start = dayNumber(startsOn);
  const end = endsOn === null ? asOf : dayNumber(endsOn);
  const last = end < window.to ? end : window.to;
  const days: number[] = [];
  if (last < start) return days;
  // Skip whole blocks before the window instead of walking through them.
  const skip = Math.max(0, Math.ceil((window.from - start) / 7));
  for (let day = start + skip * 7; day <= last; day += 7) days.push(day);
  return days;
}

/** A course's pauses of the excluded kinds, as day numbers. */
export interface PauseDays {
  kind: PauseKind;
  from: number;
  to: number;
}

export function pauseDaysOf(pauses: readonly PauseSpan[], excluded: ReadonlySet<PauseKind>): PauseDays[] {
  return pauses
    .filter((p) => excluded.has(p.kind))
    .map((p) => ({ kind: p.kind, from: dayNumber(p.fromDate), to: dayNumber(p.toDate) }));
}

/**
 * The kind of pause that leaves the block [first, last] out of billing (the kind covering its first day),
 * or null when some day of it is not in one of the (excluded) pauses: billing-pauses.rules.ts's rule on
 * day numbers.
 */
export function pauseLeavingOutDays(
  first: number,
  last: number,
  pauses: readonly PauseDays[],
): PauseKind | null {
  const relevant = pauses.filter((p) => p.from <= last && p.to >= first);
  if (relevant.length === 0) return null;
  for (let day = first; day <= last; day++) {
    if (!relevant.some((p) => p.from <= day && day <= p.to)) return null;
  }
  return relevant.find((p) => p.from <= first && first <= p.to)!.kind;
}

/** The day numbers of the first day of the period's first month and the last day of its last month. */
function windowOf(period: BillingPeriod): { from: number; to: number } {
  const [fromYear, fromMonth] = period.from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = period.to.split('-').map(Number) as [number, number];
  const next = toMonth === 12 ? dayOfCivil(toYear + 1, 1, 1) : dayOfCivil(toYear, toMonth + 1, 1);
  return { from: dayOfCivil(fromYear, fromMonth, 1), to: next - 1 };
}

/** The course's stretches: its programme, and its aftercare when it has one. */
export function stretchesOf(course: BillableCourse) {
  const stretches = [{ kind: 'programme' as PriceKind, startsOn: course.startsOn, endsOn: course.endsOn }];
  if (course.aftercareStartsOn) {
    stretches.push({ kind: 'aftercare', startsOn: course.aftercareStartsOn, endsOn: course.aftercareEndsOn });
  }
  return stretches;
}

/** What the walk tells about each block of a course (`day`: its first day; `month`: 'YYYY-MM'). */
export interface BlockVisitor {
  course(course: BillableCourse, agreement: BillingAgreement | null): void;
  /** Billed at the price in force on its first day. */
  priced(kind: PriceKind, day: number, month: string, price: DayPrice): void;
  /** Wholly in pauses of a kind the agreement excludes from payment. */
  leftOut(kind: PriceKind, day: number, month: string, pauseKind: PauseKind): void;
  /** Without a price: no agreement, or none that day. */
  unpriced(kind: PriceKind, day: number, month: string, reason: 'no_agreement' | 'no_price'): void;
  /** After the course's last block. */
  done(): void;
}

/** What a walk over courses shares: the window, the day of asOf, the months and the price timelines. */
class WalkContext {
  readonly window: { from: number; to: number };
  readonly asOfDay: number;
  readonly months = new MonthOfDay();
  private readonly steps = new Map<BillingAgreement, Record<PriceKind, PriceSteps>>();

  constructor(period: BillingPeriod, asOf: IsoDate) {
    this.window = windowOf(period);
    this.asOfDay = dayNumber(asOf);
  }

  stepsOf(agreement: BillingAgreement): Record<PriceKind, PriceSteps> {
    let steps = this.steps.get(agreement);
    if (!steps) {
      steps = {
        programme: new PriceSteps(agreement, 'programme'),
        aftercare: new PriceSteps(agreement, 'aftercare'),
      };
      this.steps.set(agreement, steps);
    }
    return steps;
  }
}

/** The course's pauses of the kinds its agreement excludes from payment (usually none). */
function excludedPausesOf(course: BillableCourse, agreement: BillingAgreement | null): PauseDays[] {
  if (!course.pauses?.length || !agreement?.excludedPauseKinds?.length) return [];
  const excluded = new Set(agreement?.excludedPauseKinds ?? []);
  return excluded.size > 0 && course.pauses?.length ? pauseDaysOf(course.pauses, excluded) : [];
}

/** One course's blocks, as walkCourses tells them. */
function walkCourse(
  context: WalkContext,
  course: BillableCourse,
  agreement: BillingAgreement | null,
  pauses: readonly PauseDays[],
  visitor: BlockVisitor,
): void {
  const { window, asOfDay, months } = context;
  for (const { kind, startsOn, endsOn } of stretchesOf(course)) {
    const stretchLast = endsOn === null ? asOfDay : dayNumber(endsOn);
    const steps = agreement ? context.stepsOf(agreement)[kind] : null;
    for (const day of stretchBlockDays(startsOn, endsOn, window, asOfDay)) {
      const month = months.of(day);
      // A block's counted days: its seven, or to the stretch's last day (its end, or today) if earlier.
      const pauseKind =
        pauses.length > 0 ? pauseLeavingOutDays(day, Math.min(day + 6, stretchLast), pauses) : null;
      if (pauseKind !== null) {
        visitor.leftOut(kind, day, month, pauseKind);
        continue;
      }
      const price = steps === null ? null : steps.price(steps.indexOf(day));
      if (price === null) visitor.unpriced(kind, day, month, agreement ? 'no_price' : 'no_agreement');
      else visitor.priced(kind, day, month, price);
    }
  }
}

/**
 * The billing rules' walk over every block of every course in the period as of `asOf`: per course
 * (in order), its programme's blocks and then its aftercare's, each left out for pauses, priced, or
 * without a price (billing.rules.ts's rule; billCourses and billedOreByMonth read it).
 */
export function walkCourses(
  courses: readonly BillableCourse[],
  agreements: ReadonlyMap<string, BillingAgreement>,
  period: BillingPeriod,
  asOf: IsoDate,
  visitor: BlockVisitor,
): void {
  const context = new WalkContext(period, asOf);
  for (const course of courses) {
    const agreement = course.agreementId ? (agreements.get(course.agreementId) ?? null) : null;
    visitor.course(course, agreement);
    walkCourse(context, course, agreement, excludedPausesOf(course, agreement), visitor);
    visitor.done();
  }
}

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
 * walked block by block. billing-walk.rules.test.ts holds both to the plain walk.
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
  const start = dayNumber(startsOn);
  const end = endsOn === null ? asOfDay : dayNumber(endsOn);
  const last = end < window.to ? end : window.to;
  let day = start + Math.max(0, Math.ceil((window.from - start) / 7)) * 7;
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
