// Reconciliation of a budget note's two tables (seed 004): rows and columns must add up to the totals
// printed in the note, and Tabel 1 (activities, net of co-financing) must give the same money per year
// as Tabel 2 (committee, appropriation, income/expense). Pure and in integer øre; isomorphic, so the
// edit form shows differences while the user types, with the same rule the server applies.

export type Direction = 'I' | 'U';
export type BudgetTableName = 'activities' | 'appropriations';

export interface ActivityAmount {
  year: number;
  grossOre: number;
  cofinancingOre: number;
}

export interface ActivityRow {
  position: number;
  amounts: readonly ActivityAmount[];
}

export interface AppropriationRow {
  position: number;
  direction: Direction;
  amounts: readonly { year: number; amountOre: number }[];
}

/** A total as printed: rowPosition null = the total row, year null = the "I alt" column. */
export interface StatedTotal {
  table: BudgetTableName;
  rowPosition: number | null;
  year: number | null;
  amountOre: number;
}

export interface BudgetTables {
  years: readonly number[];
  activities: readonly ActivityRow[];
  appropriations: readonly AppropriationRow[];
  statedTotals: readonly StatedTotal[];
}

/**
 * - row_total: a row's computed "I alt" against the stated one;
 * - column_total: the computed total row of a year against the stated one;
 * - grand_total: the computed total of all years against the stated bottom-right cell;
 * - between_tables: Tabel 1's net total of a year (or of all years, year null) against Tabel 2's.
 */
export type DifferenceKind = 'row_total' | 'column_total' | 'grand_total' | 'between_tables';

export interface Difference {
  kind: DifferenceKind;
  /** The table of the stated total; for between_tables, null. */
  table: BudgetTableName | null;
  rowPosition: number | null;
  year: number | null;
  /** Computed sum (for between_tables: Tabel 1). */
  computedOre: number;
  /** Stated total (for between_tables: Tabel 2). */
  statedOre: number;
  /** computed − stated. */
  differenceOre: number;
}

export interface Reconciliation {
  isReconciled: boolean;
  differences: Difference[];
}

/** Net = gross − co-financing (seed 004: 1.700 − 500 = 1.200 in 2019). */
export function netOre(amount: ActivityAmount): number {
  return amount.grossOre - amount.cofinancingOre;
}

/** Tabel 2 in signed money: expenses (U) positive, income (I) negative. */
export function signedOre(direction: Direction, amountOre: number): number {
  return direction === 'I' ? -amountOre : amountOre;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  if (!Number.isSafeInteger(total)) throw new RangeError('a budget sum is not a whole number of øre');
  return total;
}

export function activityRowTotal(row: ActivityRow): number {
  return sum(row.amounts.map(netOre));
}

export function activityYearTotal(rows: readonly ActivityRow[], year: number): number {
  return sum(rows.flatMap((row) => row.amounts.filter((a) => a.year === year).map(netOre)));
}

/** A Tabel 2 row's "I alt" as printed: the sum of its amounts (the direction is its own column). */
export function appropriationRowTotal(row: AppropriationRow): number {
  return sum(row.amounts.map((a) => a.amountOre));
}

export function appropriationYearTotal(rows: readonly AppropriationRow[], year: number): number {
  return sum(
    rows.flatMap((row) =>
      row.amounts.filter((a) => a.year === year).map((a) => signedOre(row.direction, a.amountOre)),
    ),
  );
}

export function reconcile(tables: BudgetTables): Reconciliation {
  const differences: Difference[] = [];
  const add = (
    kind: DifferenceKind,
    table: BudgetTableName | null,
    rowPosition: number | null,
    year: number | null,
    computedOre: number,
    statedOre: number,
  ) => {
    if (computedOre !== statedOre) {
      differences.push({
        kind,
        table,
        rowPosition,
        year,
        computedOre,
        statedOre,
        differenceOre: computedOre - statedOre,
      });
    }
  };
  const activityByPosition = new Map(tables.activities.map((row) => [row.position, row]));
  const appropriationByPosition = new Map(tables.appropriations.map((row) => [row.position, row]));
  const activityYears = (year: number | null) =>
    year === null
      ? sum(tables.years.map((y) => activityYearTotal(tables.activities, y)))
      : activityYearTotal(tables.activities, year);
  const appropriationYears = (year: number | null) =>
    year === null
      ? sum(tables.years.map((y) => appropriationYearTotal(tables.appropriations, y)))
      : appropriationYearTotal(tables.appropriations, year);

  const ordered = [...tables.statedTotals].sort(
    (a, b) =>
      a.table.localeCompare(b.table) ||
      (a.rowPosition ?? Number.MAX_SAFE_INTEGER) - (b.rowPosition ?? Number.MAX_SAFE_INTEGER) ||
      (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER),
  );
  for (const stated of ordered) {
    const isActivities = stated.table === 'activities';
    if (stated.rowPosition !== null) {
      // A stated row total (the "I alt" column); a stated single cell of a row is not a total: skipped.
      if (stated.year !== null) continue;
      const activity = isActivities ? activityByPosition.get(stated.rowPosition) : undefined;
      const appropriation = isActivities ? undefined : appropriationByPosition.get(stated.rowPosition);
      // A stated total of a row that is not there counts against nothing (0).
      const computed = activity
        ? activityRowTotal(activity)
        : appropriation
          ? appropriationRowTotal(appropriation)
          : 0;
      add('row_total', stated.table, stated.rowPosition, null, computed, stated.amountOre);
    } else {
      const computed = isActivities ? activityYears(stated.year) : appropriationYears(stated.year);
      add(
        stated.year === null ? 'grand_total' : 'column_total',
        stated.table,
        null,
        stated.year,
        computed,
        stated.amountOre,
      );
    }
  }
  // The two tables: only when both have rows (a note with one table has nothing to compare).
  if (tables.activities.length > 0 && tables.appropriations.length > 0) {
    for (const year of [...tables.years, null]) {
      add('between_tables', null, null, year, activityYears(year), appropriationYears(year));
    }
  }
  return { isReconciled: differences.length === 0, differences };
}

/** The totals a consistent note states: every row's "I alt", every year's total and the grand total. */
export function computedTotals(tables: Omit<BudgetTables, 'statedTotals'>): StatedTotal[] {
  const totals: StatedTotal[] = [];
  for (const row of tables.activities) {
    totals.push({
      table: 'activities',
      rowPosition: row.position,
      year: null,
      amountOre: activityRowTotal(row),
    });
  }
  for (const year of tables.years) {
    totals.push({
      table: 'activities',
      rowPosition: null,
      year,
      amountOre: activityYearTotal(tables.activities, year),
    });
  }
  totals.push({
    table: 'activities',
    rowPosition: null,
    year: null,
    amountOre: sum(tables.years.map((y) => activityYearTotal(tables.activities, y))),
  });
  for (const row of tables.appropriations) {
    totals.push({
      table: 'appropriations',
      rowPosition: row.position,
      year: null,
      amountOre: appropriationRowTotal(row),
    });
  }
  for (const year of tables.years) {
    totals.push({
      table: 'appropriations',
      rowPosition: null,
      year,
      amountOre: appropriationYearTotal(tables.appropriations, year),
    });
  }
  totals.push({
    table: 'appropriations',
    rowPosition: null,
    year: null,
    amountOre: sum(tables.years.map((y) => appropriationYearTotal(tables.appropriations, y))),
  });
  return totals;
}
