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

/** The courses' agreements, and the courses that have one (a course without has no price, so no line). */
async function priceableOf(tx: Tx, courses: readonly BillableCourse[]) {
  const ids = [...new Set(courses.flatMap((c) => (c.agreementId ? [c.agreementId] : [])))];
  const agreements = new Map<string, BillingAgreement>(
    (await repo.loadAgreements(tx, ids)).map((l) => [l.agreement.id, l.agreement]),
  );
  // A course without an agreement has no price for any week: the billing rules make every week of it a
  // problem and no line, so it is not walked week by week here (the billing page lists its problems).
  const priceable = courses.filter((c) => c.agreementId !== null && agreements.has(c.agreementId));
  return { agreements, priceable };
}

async function bill(tx: Tx, courses: readonly BillableCourse[], period: BillingPeriod, asOf: IsoDate) {
  const { agreements, priceable } = await priceableOf(tx, courses);
  // Only the amounts per course and month (billCourses' lines' totals), not the lines' weeks and prices.
  return billedOreByMonth(priceable, agreements, period, asOf);
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
  for (const line of await bill(tx, courses, { from: monthOf(first), to: monthOf(asOf) }, asOf)) {
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
  for (const line of await bill(tx, courses, all, asOf < lastDay ? asOf : lastDay)) {
    const entry = months.get(line.month);
    if (entry) entry.billedOre += line.totalOre;
  }
  await addForecast(tx, courses, years, months, asOf);
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
 * and not ended): billed as if they ran to 31 December, less what they have been billed.
 */
async function addForecast(
  tx: Tx,
  courses: readonly BillableCourse[],
  years: readonly number[],
  months: ReadonlyMap<Month, MonthBilling>,
  asOf: IsoDate,
): Promise<void> {
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
  for (const year of years) {
    const period = { from: `${year}-01`, to: `${year}-12` };
    const yearEnd = lastDayOf(period.to);
    if (asOf >= yearEnd || running.length === 0) continue;
    for (const line of await bill(tx, running, period, yearEnd))
      months.get(line.month)!.forecastOre += line.totalOre;
    for (const line of await bill(tx, running, period, asOf))
      months.get(line.month)!.forecastOre -= line.totalOre;
  }
}

/**
 * What the courses ending in `endingIn` have been billed as of `asOf`, summed by provider (billedOreByCourse
 * of those courses), and billingByMonthOfYears, as one list of courses and one billing pass (each week of a
 * course is billed once, not once per figure): the same amounts as the two calls. A week's line is that of
 * the month the week starts in and its price that of its first day, whatever the period billed, so one
 * pass over the wider period gives each call's lines within its own months.
 */
export async function billedForReport(
  tx: Tx,
  endingIn: { from: IsoDate; to: IsoDate },
  years: readonly number[],
  asOf: IsoDate,
): Promise<{ byProvider: Map<string, number>; byYear: Map<number, MonthBilling[]> }> {
  const firstYear = years.length > 0 ? Math.min(...years) : null;
  const yearsFrom = firstYear === null ? null : `${firstYear}-01-01`;
  const yearsTo = years.length > 0 ? `${Math.max(...years)}-12-31` : null;
  const latest = [endingIn.to, yearsTo ?? endingIn.to, asOf].reduce((a, b) => (b > a ? b : a));
  const listed = await repo.listBillableCourses(
    tx,
    { fromDate: '1900-01-01', toDate: latest },
    { unordered: true },
  );
  // billedOreByCourse's courses: those ending in the period, listed up to `asOf`; its months: from the
  // first one's start to `asOf`'s.
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
  for (const c of listed) {
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
  // The amounts are summed as they are billed (a report's hundred thousand courses make no line objects).
  const { agreements, priceable } = await priceableOf(tx, courses);
  let counting: string | null = null;
  billOreInto(priceable, agreements, { from, to: until }, asOf, {
    start(id) {
      counting = countedProvider.get(id) ?? null;
    },
    add(month, ore) {
      if (counting !== null && month >= first && month <= last)
        byProvider.set(counting, (byProvider.get(counting) ?? 0) + ore);
      const entry = months.get(month);
      if (entry) entry.billedOre += ore;
    },
    finish() {},
  });
  await addForecast(tx, ofYears, years, months, asOf);
  return { byProvider, byYear };
}
