// Billed amounts for other modules' reports (issue 13: cost per result and the budget burn-down), in the
// caller's transaction. Counts and øre only, no citizen. The weeks and prices are those of the billing
// rules (billing.rules.ts, docs/billing.md); nothing here prices a week itself.
import type { IsoDate } from '../../../shared/dates.ts';
import type { Tx } from '../../platform/context.ts';
import * as repo from './billing.repository.ts';
import {
  billCourses,
  firstDayOf,
  lastDayOf,
  monthOf,
  type BillableCourse,
  type BillingAgreement,
  type BillingPeriod,
  type Month,
} from './billing.rules.ts';

async function bill(tx: Tx, courses: readonly BillableCourse[], period: BillingPeriod, asOf: IsoDate) {
  const ids = [...new Set(courses.flatMap((c) => (c.agreementId ? [c.agreementId] : [])))];
  const agreements = new Map<string, BillingAgreement>(
    (await repo.loadAgreements(tx, ids)).map((l) => [l.agreement.id, l.agreement]),
  );
  return billCourses(courses, agreements, period, asOf).lines;
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
  const result = new Map<number, MonthBilling[]>();
  if (years.length === 0) return result;
  const first = Math.min(...years);
  const last = Math.max(...years);
  const all = { from: `${first}-01`, to: `${last}-12` };
  const lastDay = lastDayOf(all.to);
  const courses = await repo.listBillableCourses(tx, { fromDate: firstDayOf(all.from), toDate: lastDay });
  const months = new Map<Month, MonthBilling>();
  for (const year of years) {
    const list: MonthBilling[] = [];
    for (let m = 1; m <= 12; m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      const entry = { month, billedOre: 0, forecastOre: 0 };
      months.set(month, entry);
      list.push(entry);
    }
    result.set(year, list);
  }
  for (const line of await bill(tx, courses, all, asOf < lastDay ? asOf : lastDay)) {
    const entry = months.get(line.month);
    if (entry) entry.billedOre += line.totalOre;
  }
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
  return result;
}
