// Billed amounts for other modules' reports (issue 13: cost per result and the budget burn-down), in the
// caller's transaction. Counts and øre only, no citizen. The weeks and prices are those of the billing
// rules (billing.rules.ts, docs/billing.md); nothing here prices a week itself.
import type { IsoDate } from '../../../shared/dates.ts';
import type { Tx } from '../../platform/context.ts';
import * as repo from './billing.repository.ts';
import { billedOreByMonth, billOreInto } from './billed-runs.rules.ts';
import {
  firstDayOf,
  lastDayOf,
  monthOf,
  type BillableCourse,
  type BillingAgreement,
  type BillingPeriod,
  type Month,
} from './billing.rules.ts';

/** Courses with a price (those with an agreement) and their agreements: all the billing rules need. */
interface Billable {
  agreements: ReadonlyMap<string, BillingAgreement>;
  priceable: readonly BillableCourse[];
}

/** The courses' agreements, and the courses that have one (a course without has no price, so no line). */
async function priceableOf(tx: Tx, courses: readonly BillableCourse[]): Promise<Billable> {
  const ids = [...new Set(courses.flatMap((c) => (c.agreementId ? [c.agreementId] : [])))];
  const agreements = new Map<string, BillingAgreement>(
    (await repo.loadAgreements(tx, ids)).map((l) => [l.agreement.id, l.agreement]),
  );
  return { agreements, priceable: priceableAmong(agreements, courses) };
}

/**
 * The courses that have an agreement among `agreements`. A course without an agreement has no price for
 * any week: the billing rules make every week of it a problem and no line, so it is not walked week by
 * week here (the billing page lists its problems).
 */
function priceableAmong(
  agreements: ReadonlyMap<string, BillingAgreement>,
  courses: readonly BillableCourse[],
): BillableCourse[] {
  return courses.filter((c) => c.agreementId !== null && agreements.has(c.agreementId));
}

/** Only the amounts per course and month (billCourses' lines' totals), not the lines' weeks and prices. */
function bill(billable: Billable, period: BillingPeriod, asOf: IsoDate) {
  return billedOreByMonth(billable.priceable, billable.agreements, period, asOf);
}

/** The repository's filter (listBillableCourses): a stretch that may have a week in [fromDate, toDate]. */
function mayBillIn(c: BillableCourse, fromDate: IsoDate, toDate: IsoDate): boolean {
  return (
    (c.startsOn <= toDate && (c.endsOn === null || c.endsOn >= fromDate)) ||
    (c.aftercareStartsOn !== null &&
      c.aftercareStartsOn <= toDate &&
      (c.aftercareEndsOn === null || c.aftercareEndsOn >= fromDate))
  );
}

/**
 * What each of the given courses has been billed over its whole life as of `asOf` (programme and
 * aftercare weeks at the agreed prices), in øre by course id. Weeks without a price count 0 here (the
 * billing page lists them as problems).
 */
export async function billedOreByCourse(
  tx: Tx,
  courseIds: readonly string[],
  asOf: IsoDate,
): Promise<Map<string, number>> {
  const wanted = new Set(courseIds);
  const billed = new Map<string, number>();
  if (wanted.size === 0) return billed;
  const all = await repo.listBillableCourses(tx, { fromDate: '1900-01-01', toDate: asOf });
  const courses = all.filter((c) => wanted.has(c.id));
  if (courses.length === 0) return billed;
  const first = courses.reduce((a, c) => (c.startsOn < a ? c.startsOn : a), asOf);
  for (const line of bill(
    await priceableOf(tx, courses),
    { from: monthOf(first), to: monthOf(asOf) },
    asOf,
  )) {
    billed.set(line.courseId, (billed.get(line.courseId) ?? 0) + line.totalOre);
  }
  return billed;
}

export interface MonthBilling {
  month: Month;
  /** Billed as of `asOf`. */
  billedOre: number;
  /** The further weeks to the year's end of the courses running on `asOf`, had they run on. */
  forecastOre: number;
}

/**
 * Calendar years' billing by month as of `asOf` (one list of courses and one billing pass for all the
 * years), and each year's forecast to its end from the courses running that day (a programme or aftercare
 * started and not ended): billed as if they ran to 31 December, less what they have been billed.
 */
export async function billingByMonthOfYears(
  tx: Tx,
  years: readonly number[],
  asOf: IsoDate,
): Promise<Map<number, MonthBilling[]>> {
  if (years.length === 0) return new Map();
  const first = Math.min(...years);
  const last = Math.max(...years);
  const all = { from: `${first}-01`, to: `${last}-12` };
  const lastDay = lastDayOf(all.to);
  const courses = await repo.listBillableCourses(tx, { fromDate: firstDayOf(all.from), toDate: lastDay });
  const { months, byYear } = emptyYears(years);
  const billable = await priceableOf(tx, courses);
  for (const line of bill(billable, all, asOf < lastDay ? asOf : lastDay)) {
    const entry = months.get(line.month);
    if (entry) entry.billedOre += line.totalOre;
  }
  addForecast(billable.agreements, courses, years, months, asOf);
  return byYear;
}

/** Twelve empty months for each year, by year and by month. */
function emptyYears(years: readonly number[]) {
  const byYear = new Map<number, MonthBilling[]>();
  const months = new Map<Month, MonthBilling>();
  for (const year of years) {
    const list: MonthBilling[] = [];
    for (let m = 1; m <= 12; m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      const entry = { month, billedOre: 0, forecastOre: 0 };
      months.set(month, entry);
      list.push(entry);
    }
    byYear.set(year, list);
  }
  return { byYear, months };
}

/**
 * Each year's forecast to its end from the courses running on `asOf` (a programme or aftercare started
 * and not ended): billed as if they ran to 31 December, less what they have been billed. `agreements`
 * holds those of the courses.
 */
function addForecast(
  agreements: ReadonlyMap<string, BillingAgreement>,
  courses: readonly BillableCourse[],
  years: readonly number[],
  months: ReadonlyMap<Month, MonthBilling>,
  asOf: IsoDate,
): void {
  const isProgrammeRunning = (c: BillableCourse) =>
    c.startsOn <= asOf && (c.endsOn === null || c.endsOn > asOf);
  const isAftercareRunning = (c: BillableCourse) =>
    c.aftercareStartsOn !== null &&
    c.aftercareStartsOn <= asOf &&
    (c.aftercareEndsOn === null || c.aftercareEndsOn > asOf);
  // Running on to the year's end: an open stretch is billed up to `asOf` by the billing rules.
  const running = courses
    .filter((c) => isProgrammeRunning(c) || isAftercareRunning(c))
    .map((c) => ({
      ...c,
      endsOn: isProgrammeRunning(c) ? null : c.endsOn,
      aftercareEndsOn: isAftercareRunning(c) ? null : c.aftercareEndsOn,
    }));
  const billable = { agreements, priceable: priceableAmong(agreements, running) };
  for (const year of years) {
    const period = { from: `${year}-01`, to: `${year}-12` };
    const yearEnd = lastDayOf(period.to);
    if (asOf >= yearEnd || running.length === 0) continue;
    for (const line of bill(billable, period, yearEnd)) months.get(line.month)!.forecastOre += line.totalOre;
    for (const line of bill(billable, period, asOf)) months.get(line.month)!.forecastOre -= line.totalOre;
  }
}

/** What billReport bills, read from the database by readReportBilling before any course is split. */
export interface ReportBilling {
  endingIn: { from: IsoDate; to: IsoDate };
  years: readonly number[];
  asOf: IsoDate;
  /** Every course that may bill up to the latest day asked for, not yet split. */
  listed: repo.BillableCourseText;
  /** Their agreements. */
  agreements: ReadonlyMap<string, BillingAgreement>;
}

/**
 * What the courses ending in `endingIn` have been billed as of `asOf`, summed by provider (billedOreByCourse
 * of those courses), and billingByMonthOfYears, as one list of courses and one billing pass (each week of a
 * course is billed once, not once per figure): the same amounts as the two calls. A week's line is that of
 * the month the week starts in and its price that of its first day, whatever the period billed, so one
 * pass over the wider period gives each call's lines within its own months. In two steps, so that a
 * report can split and bill the courses while the database answers another query: readReportBilling
 * reads the courses and their agreements, billReport bills them (pure).
 */
export async function readReportBilling(
  tx: Tx,
  endingIn: { from: IsoDate; to: IsoDate },
  years: readonly number[],
  asOf: IsoDate,
): Promise<ReportBilling> {
  const yearsTo = years.length > 0 ? `${Math.max(...years)}-12-31` : endingIn.to;
  const latest = [endingIn.to, yearsTo, asOf].reduce((a, b) => (b > a ? b : a));
  const filter = { fromDate: '1900-01-01', toDate: latest };
  const listed = await repo.readBillableCourses(tx, filter, { unordered: true });
  const agreements = new Map<string, BillingAgreement>(
    (await repo.loadAgreements(tx, await repo.agreementIdsOfBillableCourses(tx, filter))).map((l) => [
      l.agreement.id,
      l.agreement,
    ]),
  );
  return { endingIn, years, asOf, listed, agreements };
}

/** The billing of what readReportBilling read: pure, no database. */
export function billReport(input: ReportBilling): {
  byProvider: Map<string, number>;
  byYear: Map<number, MonthBilling[]>;
} {
  const { endingIn, years, asOf, agreements } = input;
  const yearsFrom = years.length > 0 ? `${Math.min(...years)}-01-01` : null;
  const yearsTo = years.length > 0 ? `${Math.max(...years)}-12-31` : null;
  // billedOreByCourse's courses: those ending in the period, listed up to `asOf`; its months: from the
  // first one's start to `asOf`'s. billingByMonthOfYears's: those that may bill in the years.
  const isCounted = (c: BillableCourse) =>
    c.endsOn !== null &&
    c.endsOn >= endingIn.from &&
    c.endsOn <= endingIn.to &&
    mayBillIn(c, '1900-01-01', asOf);
  const isOfYears = (c: BillableCourse) =>
    yearsFrom !== null && yearsTo !== null && mayBillIn(c, yearsFrom, yearsTo);
  let firstStart = asOf;
  const countedProvider = new Map<string, string>();
  const courses: BillableCourse[] = [];
  const ofYears: BillableCourse[] = [];
  for (const c of repo.billableCoursesOf(input.listed)) {
    const counted = isCounted(c);
    const inYears = isOfYears(c);
    if (counted) countedProvider.set(c.id, c.providerId);
    if (counted && c.startsOn < firstStart) firstStart = c.startsOn;
    if (counted || inYears) courses.push(c);
    if (inYears) ofYears.push(c);
  }
  const first = monthOf(firstStart);
  const last = monthOf(asOf);
  const from = yearsFrom !== null && monthOf(yearsFrom) < first ? monthOf(yearsFrom) : first;
  const until = yearsTo !== null && monthOf(yearsTo) > last ? monthOf(yearsTo) : last;
  const byProvider = new Map<string, number>();
  const { months, byYear } = emptyYears(years);
  // The amounts are summed as they are billed (a report's hundred thousand courses make no line objects):
  // a course's own in a number, a month's in its entry, looked up again only when the month changes.
  let counting: string | null = null;
  let courseOre = 0;
  let month: Month | null = null;
  let entry: MonthBilling | undefined;
  billOreInto(priceableAmong(agreements, courses), agreements, { from, to: until }, asOf, {
    start(id) {
      counting = countedProvider.get(id) ?? null;
      courseOre = 0;
    },
    add(billedMonth, ore) {
      if (counting !== null && billedMonth >= first && billedMonth <= last) courseOre += ore;
      if (billedMonth !== month) {
        month = billedMonth;
        entry = months.get(billedMonth);
      }
      if (entry) entry.billedOre += ore;
    },
    finish() {
      if (counting !== null && courseOre !== 0)
        byProvider.set(counting, (byProvider.get(counting) ?? 0) + courseOre);
    },
  });
  addForecast(agreements, ofYears, years, months, asOf);
  return { byProvider, byYear };
}
