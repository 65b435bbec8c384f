// Cost per result and the budget burn-down of the fair comparison (issue 13, docs/fairness.md). Pure: the
// amounts come billed by the billing rules (courses module); these functions only sum and divide.
//   Per provider, on the exit table's courses (those ending in its period): billed kroner, successes
//   (job, education, part-time), kroner per success (null without a success), completed courses and
//   kroner per completed course. Kroner are exact: øre / 100.
import type { BurnDown, CostRow } from '../../../shared/outcomes/fairness.schemas.ts';
import type { Provider } from './outcome-tables.ts';

/** A provider's courses of the exit table's population (ended in its period), and what they were billed. */
export interface CostTally {
  providerId: string;
  completed: number;
  successes: number;
  billedOre: number;
}

const kroner = (ore: number) => ore / 100;
const per = (ore: number, n: number) => (n === 0 ? null : ore / 100 / n);

function costRow(provider: Provider | null, tally: Omit<CostTally, 'providerId'>): CostRow {
  return {
    providerCode: provider?.code ?? null,
    providerName: provider?.name ?? null,
    billedKroner: kroner(tally.billedOre),
    successes: tally.successes,
    kronerPerSuccess: per(tally.billedOre, tally.successes),
    completed: tally.completed,
    kronerPerCompleted: per(tally.billedOre, tally.completed),
  };
}

/** A row per provider with a completed course (by name: no ranks) and the total. */
export function buildCostRows(
  providers: ReadonlyMap<string, Provider>,
  tallies: readonly CostTally[],
): { rows: CostRow[]; total: CostRow } {
  const total = { completed: 0, successes: 0, billedOre: 0 };
  for (const tally of tallies) {
    total.completed += tally.completed;
    total.successes += tally.successes;
    total.billedOre += tally.billedOre;
  }
  const rows = tallies
    .filter((tally) => tally.completed > 0)
    .map((tally) => ({
      provider: providers.get(tally.providerId) ?? {
        id: tally.providerId,
        code: tally.providerId,
        name: tally.providerId,
      },
      tally,
    }))
    .sort((a, b) => a.provider.name.localeCompare(b.provider.name, 'da'))
    .map(({ provider, tally }) => costRow(provider, tally));
  return { rows, total: costRow(null, total) };
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
