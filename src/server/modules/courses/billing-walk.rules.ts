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
  const edges = new Set<number>([dayNumber(agreement.startsOn), dayNumber(agreement.endsOn) + 1]);
  for (const price of agreement.prices) {
    edges.add(dayNumber(price.validFrom));
    if (price.validTo !== null) edges.add(dayNumber(price.validTo) + 1);
  }
  for (const indexation of agreement.indexations ?? []) edges.add(dayNumber(indexation.effectiveFrom));
  const starts = [...edges].sort((a, b) => a - b);
  const at = (day: number) => indexedPriceOn(agreement, kind, isoOfDay(day));
  const before = at(starts[0]! - 1);
  const prices = starts.map(at);
  return (day) => {
    if (day < starts[0]!) return before;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= day) low = middle;
      else high = middle - 1;
    }
    return prices[low]!;
  };
}

/** 'YYYY-MM' of day numbers walked in any order, named once per month rather than once per day. */
export class MonthOfDay {
  private first = 1;
  private last = 0;
  private name = '';

  of(day: number): string {
    if (day < this.first || day > this.last) {
      const { year, month } = civilOfDay(day);
      this.first = dayOfCivil(year, month, 1);
      this.last = (month === 12 ? dayOfCivil(year + 1, 1, 1) : dayOfCivil(year, month + 1, 1)) - 1;
      this.name = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
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
  const window = windowOf(period);
  const asOfDay = dayNumber(asOf);
  const months = new MonthOfDay();
  const timelines = new Map<BillingAgreement, Record<PriceKind, (day: number) => DayPrice | null>>();
  const timelineOf = (agreement: BillingAgreement) => {
    let timeline = timelines.get(agreement);
    if (!timeline) {
      timeline = {
        programme: priceTimeline(agreement, 'programme'),
        aftercare: priceTimeline(agreement, 'aftercare'),
      };
      timelines.set(agreement, timeline);
    }
    return timeline;
  };
  for (const course of courses) {
    const agreement = course.agreementId ? (agreements.get(course.agreementId) ?? null) : null;
    visitor.course(course, agreement);
    const excluded = new Set(agreement?.excludedPauseKinds ?? []);
    const pauses = excluded.size > 0 && course.pauses?.length ? pauseDaysOf(course.pauses, excluded) : [];
    for (const { kind, startsOn, endsOn } of stretchesOf(course)) {
      const stretchLast = endsOn === null ? asOfDay : dayNumber(endsOn);
      const priceOf = agreement ? timelineOf(agreement)[kind] : null;
      for (const day of stretchBlockDays(startsOn, endsOn, window, asOfDay)) {
        const month = months.of(day);
        // A block's counted days: its seven, or to the stretch's last day (its end, or today) if earlier.
        const pauseKind =
          pauses.length > 0 ? pauseLeavingOutDays(day, Math.min(day + 6, stretchLast), pauses) : null;
        if (pauseKind !== null) {
          visitor.leftOut(kind, day, month, pauseKind);
          continue;
        }
        const price = priceOf === null ? null : priceOf(day);
        if (price === null) visitor.unpriced(kind, day, month, agreement ? 'no_price' : 'no_agreement');
        else visitor.priced(kind, day, month, price);
      }
    }
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
 */
export function billedOreByMonth(
  courses: readonly BillableCourse[],
  agreements: ReadonlyMap<string, BillingAgreement>,
  period: BillingPeriod,
  asOf: IsoDate,
): CourseMonthOre[] {
  const result: CourseMonthOre[] = [];
  let courseId = '';
  let byMonth = new Map<string, CourseMonthOre>();
  let current: CourseMonthOre | null = null;
  walkCourses(courses, agreements, period, asOf, {
    course(course) {
      courseId = course.id;
      byMonth = new Map();
      current = null;
    },
    priced(_kind, _day, month, price) {
      if (current === null || current.month !== month) {
        current = byMonth.get(month) ?? null;
        if (current === null) {
          current = { courseId, month, totalOre: 0 };
          byMonth.set(month, current);
        }
      }
      current.totalOre += price.weeklyOre;
    },
    leftOut() {},
    unpriced() {},
    done() {
      result.push(...[...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1)));
    },
  });
  return result;
}
