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
 * An agreement's weekly price of one kind by day number. indexedPriceOn compares the day only with the
 * agreement's start and end, its price periods' first and last days and its indexations' first days, so
 * its answer is constant between those days: it is asked once per stretch (on the stretch's first day, and
 * once for the days before them all), and a day's price is the answer of the stretch it lies in. The index
 * of a day's stretch (-1 before them all), its price, and the first day of the next one, so that a run of
 * blocks in one stretch can be priced at once.
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

/**
 * The first day of a stretch's first 7-day block that starts in the window (whole blocks before it are
 * skipped, not walked) and the last day a block of it may start on: its end (or `asOf` while it runs) or
 * the window's end. No block when first > last.
 */
export function stretchSpan(
  startsOn: IsoDate,
  endsOn: IsoDate | null,
  window: { from: number; to: number },
  asOf: number,
): { first: number; last: number } {
  const start = dayNumber(startsOn);
  const end = endsOn === null ? asOf : dayNumber(endsOn);
  return {
    first: start + Math.max(0, Math.ceil((window.from - start) / 7)) * 7,
    last: end < window.to ? end : window.to,
  };
}

/** The first days (day numbers) of the 7-day blocks of one stretch that start in [from, to] and by `last`. */
export function stretchBlockDays(
  startsOn: IsoDate,
  endsOn: IsoDate | null,
  window: { from: number; to: number },
  asOf: number,
): number[] {
  const { first, last } = stretchSpan(startsOn, endsOn, window, asOf);
  const days: number[] = [];
  for (let day = first; day <= last; day += 7) days.push(day);
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
export class WalkContext {
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
export function excludedPausesOf(course: BillableCourse, agreement: BillingAgreement | null): PauseDays[] {
  if (!course.pauses?.length || !agreement?.excludedPauseKinds?.length) return [];
  const excluded = new Set(agreement?.excludedPauseKinds ?? []);
  return excluded.size > 0 && course.pauses?.length ? pauseDaysOf(course.pauses, excluded) : [];
}

/** One course's blocks, as walkCourses tells them. */
export function walkCourse(
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
 * without a price (billing.rules.ts's rule; billCourses reads it, and billed-runs.rules.ts for a course with
 * pauses to leave out).
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
