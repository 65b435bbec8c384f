// Cost per result and the budget burn-down of the fair comparison (issue 13, docs/fairness.md). Pure: the
// amounts come billed by the billing rules (courses module); these functions only sum and divide.
//   Per provider, on the exit table's courses (those ending in its period): billed kroner, successes
//   (job, education, part-time), kroner per success (null without a success), completed courses and
//   kroner per completed course. Kroner are exact: øre / 100.
import type { BurnDown, CostRow } from '../../../shared/outcomes/fairness.schemas.ts';
import type { Provider } from './outcome-tables.ts';

/** A course of the exit table's population (ended in its period). */
export interface CostCourse {
  providerId: string;
  courseId: string;
  success: boolean;
}

const kroner = (ore: number) => ore / 100;
const per = (ore: number, n: number) => (n === 0 ? null : ore / 100 / n);

function costRow(
  provider: Provider | null,
  courses: readonly CostCourse[],
  billed: ReadonlyMap<string, number>,
): CostRow {
  let ore = 0;
  let successes = 0;
  for (const course of courses) {
    ore += billed.get(course.courseId) ?? 0;
    if (course.success) successes += 1;
  }
  return {
    providerCode: provider?.code ?? null,
    providerName: provider?.name ?? null,
    billedKroner: kroner(ore),
    successes,
    kronerPerSuccess: per(ore, successes),
    completed: courses.length,
    kronerPerCompleted: per(ore, courses.length),
  };
}

/** A row per provider with a completed course (by name: no ranks) and the total. */
export function buildCostRows(
  providers: ReadonlyMap<string, Provider>,
  courses: readonly CostCourse[],
  billedOre: ReadonlyMap<string, number>,
): { rows: CostRow[]; total: CostRow } {
  const byProvider = new Map<string, CostCourse[]>();
  for (const course of courses) {
    const list = byProvider.get(course.providerId);
    if (list) list.push(course);
    else byProvider.set(course.providerId, [course]);
  }
  const rows = [...byProvider.entries()]
    .map(([id, own]) => ({ provider: providers.get(id) ?? { id, code: id, name: id }, own }))
    .sort((a, b) => a.provider.name.localeCompare(b.provider.name, 'da'))
    .map(({ provider, own }) => costRow(provider, own, billedOre));
  return { rows, total: costRow(null, courses, billedOre) };
}

export interface MonthAmounts {
  month: string;
  billedOre: number;
  forecastOre: number;
}

/** One year's burn-down: the frames together against billed and forecast, month by month (cumulative). */
export function buildBurnDown(
  year: number,
  frameOres: readonly number[],
  months: readonly MonthAmounts[],
): BurnDown {
  const frameOre = frameOres.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let billed = 0;
  let forecast = 0;
  const rows = [...months]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => {
      billed += m.billedOre;
      forecast += m.forecastOre;
      cumulative += m.billedOre + m.forecastOre;
      return {
        month: m.month,
        billedKroner: kroner(m.billedOre),
        forecastKroner: kroner(m.forecastOre),
        cumulativeKroner: kroner(cumulative),
      };
    });
  return {
    year,
    frameKroner: kroner(frameOre),
    billedKroner: kroner(billed),
    forecastKroner: kroner(forecast),
    remainingKroner: kroner(frameOre - billed - forecast),
    months: rows,
  };
}

/** The calendar years a period touches. */
export function yearsOf(from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years;
}
