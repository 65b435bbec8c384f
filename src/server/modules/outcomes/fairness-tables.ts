// The fair comparison of one table, definition "case-mix-2026" (issue 13, docs/fairness.md). Pure.
//
//   Pooled rate of cell c: r_c = successes in c / courses in c, over all providers together.
//   Provider i: O_i observed; E_i = Σ_c n_ic · r_c; V_i = Σ_c n_ic · r_c · (1 − r_c);
//   O/E (null when E = 0); z = (O − E) / √V (null when V = 0); adjusted rate = O/E × overall rate.
//   Funnel limits on the O/E scale at the provider's size: 1 ± 1.96 · √V / E (95 %) and
//   1 ± 3.09 · √V / E (99.8 %), the lower not below 0.
//   Label: too_few under 20 courses; else above when z > 1.96, below when z < −1.96, else as_expected.
// Values stay exact; whoever shows them rounds.
import {
  AGE_BANDS,
  HISTORY_BANDS,
  type AgeBand,
  type FairnessLabel,
  type HistoryBand,
} from '../../../shared/outcomes/fairness.constants.ts';
import type { FairnessCell, FairnessRow, FairnessTable } from '../../../shared/outcomes/fairness.schemas.ts';
import type { OutcomeTableKey } from '../../../shared/outcomes/outcome.constants.ts';
import type { Period, Provider } from './outcome-tables.ts';

/** The 95 % funnel limit and the label's threshold, as the definition writes them. */
export const Z_95 = 1.96;
/** The 99.8 % funnel limit. */
export const Z_998 = 3.09;
/** Fewer courses than this in the denominator: too few to say anything. */
export const MIN_COURSES = 20;

/** A course of the table's denominator, or `count` alike (the same provider, cell and success). */
export interface FairnessItem {
  providerId: string;
  ageBand: AgeBand;
  historyBand: HistoryBand;
  success: boolean;
  count?: number;
}

const cellKey = (age: AgeBand, history: HistoryBand) => `${age}|${history}`;

/** Courses gathered as items of alike courses (provider, cell, success) with their count. */
export class AlikeItems {
  readonly #items = new Map<string, FairnessItem & { count: number }>();

  add(
    providerId: string,
    cell: { ageBand: AgeBand; historyBand: HistoryBand },
    success: boolean,
    count = 1,
  ): void {
    if (count === 0) return;
    const key = `${providerId}|${cellKey(cell.ageBand, cell.historyBand)}|${success}`;
    const item = this.#items.get(key);
    if (item) item.count += count;
    else
      this.#items.set(key, {
        providerId,
        ageBand: cell.ageBand,
        historyBand: cell.historyBand,
        success,
        count,
      });
  }

  list(): FairnessItem[] {
    return [...this.#items.values()];
  }
}

interface Tally {
  courses: number;
  successes: number;
}

/** Courses and successes per cell of the items. */
function tallyCells(items: readonly FairnessItem[]): Map<string, Tally> {
  const cells = new Map<string, Tally>();
  for (const item of items) {
    const key = cellKey(item.ageBand, item.historyBand);
    const tally = cells.get(key) ?? { courses: 0, successes: 0 };
    const n = item.count ?? 1;
    tally.courses += n;
    if (item.success) tally.successes += n;
    cells.set(key, tally);
  }
  return cells;
}

/** The funnel limits around 1 at a provider's size; null when E = 0. */
export function funnelLimits(expected: number, variance: number, z: number): [number, number] | null {
  if (expected === 0) return null;
  const half = (z * Math.sqrt(variance)) / expected;
  return [Math.max(0, 1 - half), 1 + half];
}

export function labelOf(courses: number, z: number | null): FairnessLabel {
  if (courses < MIN_COURSES) return 'too_few';
  if (z !== null && z > Z_95) return 'above';
  if (z !== null && z < -Z_95) return 'below';
  return 'as_expected';
}

/** O, E, V and what follows from them, for one provider's cells (or all providers' for the total). */
export function compareWithExpected(
  own: ReadonlyMap<string, Tally>,
  rates: ReadonlyMap<string, number>,
  overallRate: number | null,
): Omit<FairnessRow, 'providerCode' | 'providerName'> {
  let courses = 0;
  let observed = 0;
  let expected = 0;
  let variance = 0;
  for (const [key, tally] of own) {
    const rate = rates.get(key)!;
    courses += tally.courses;
    observed += tally.successes;
    expected += tally.courses * rate;
    variance += tally.courses * rate * (1 - rate);
  }
  const oe = expected === 0 ? null : observed / expected;
  const z = variance === 0 ? null : (observed - expected) / Math.sqrt(variance);
  return {
    courses,
    observed,
    expected,
    variance,
    oe,
    z,
    adjustedRate: oe === null || overallRate === null ? null : oe * overallRate,
    limits95: funnelLimits(expected, variance, Z_95),
    limits998: funnelLimits(expected, variance, Z_998),
    label: labelOf(courses, z),
  };
}

/** The cells of a table: the 20 defined ones, then any of an unreadable age that hold courses. */
function listCells(table: OutcomeTableKey, tallies: ReadonlyMap<string, Tally>): FairnessCell[] {
  const ages: AgeBand[] = [...AGE_BANDS];
  if (HISTORY_BANDS.some((h) => tallies.has(cellKey('unknown', h)))) ages.push('unknown');
  return ages.flatMap((ageBand) =>
    HISTORY_BANDS.filter((h) => ageBand !== 'unknown' || tallies.has(cellKey(ageBand, h))).map(
      (historyBand) => {
        const tally = tallies.get(cellKey(ageBand, historyBand)) ?? { courses: 0, successes: 0 };
        return {
          table,
          ageBand,
          historyBand,
          courses: tally.courses,
          successes: tally.successes,
          rate: tally.courses > 0 ? tally.successes / tally.courses : null,
        };
      },
    ),
  );
}

/**
 * One table's fair comparison: a row per provider with a course in the denominator (by name, as the
 * seed-2020 tables order them: no ranks), the total over all providers, and the table's cells.
 */
export function buildFairnessTable(
  table: OutcomeTableKey,
  period: Period,
  providers: ReadonlyMap<string, Provider>,
  allItems: readonly FairnessItem[],
): { table: FairnessTable; cells: FairnessCell[] } {
  // A group of no courses is no course: it makes no row and no cell.
  const items = allItems.filter((item) => (item.count ?? 1) > 0);
  const all = tallyCells(items);
  const rates = new Map([...all].map(([key, t]) => [key, t.successes / t.courses]));
  let courses = 0;
  let successes = 0;
  let unknownHistory = 0;
  const byProvider = new Map<string, FairnessItem[]>();
  for (const item of items) {
    const n = item.count ?? 1;
    courses += n;
    if (item.success) successes += n;
    if (item.historyBand === 'unknown') unknownHistory += n;
    const list = byProvider.get(item.providerId);
    if (list) list.push(item);
    else byProvider.set(item.providerId, [item]);
  }
  const overallRate = courses > 0 ? successes / courses : null;
  const rows = [...byProvider.entries()]
    .map(([id, own]) => ({ provider: providers.get(id) ?? { id, code: id, name: id }, own }))
    .sort((a, b) => a.provider.name.localeCompare(b.provider.name, 'da'))
    .map(({ provider, own }) => ({
      providerCode: provider.code,
      providerName: provider.name,
      ...compareWithExpected(tallyCells(own), rates, overallRate),
    }));
  const total = { providerCode: null, providerName: null, ...compareWithExpected(all, rates, overallRate) };
  return {
    table: { ...period, rate: overallRate, unknownHistory, rows, total },
    cells: listCells(table, all),
  };
}
