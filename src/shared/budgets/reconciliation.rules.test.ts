import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activityYearTotal,
  appropriationYearTotal,
  computedTotals,
  reconcile,
  type ActivityRow,
  type AppropriationRow,
  type BudgetTables,
  type StatedTotal,
} from './reconciliation.rules.ts';

/** 1.000 kr. in øre, as the seed's tables count. */
const t = (thousands: number) => thousands * 100_000;
const YEARS = [2019, 2020, 2021];

function activity(position: number, gross: number[], cofinancing: number[] = [0, 0, 0]): ActivityRow {
  return {
    position,
    amounts: YEARS.map((year, i) => ({ year, grossOre: t(gross[i]!), cofinancingOre: t(cofinancing[i]!) })),
  };
}

function appropriation(position: number, amounts: number[], direction: 'I' | 'U' = 'U'): AppropriationRow {
  return { position, direction, amounts: YEARS.map((year, i) => ({ year, amountOre: t(amounts[i]!) })) };
}

function stated(
  table: StatedTotal['table'],
  rowPosition: number | null,
  year: number | null,
  thousands: number,
) {
  return { table, rowPosition, year, amountOre: t(thousands) };
}

/** Seed 004, Tabel 1 and Tabel 2 with the totals as printed. */
function seed004(): BudgetTables {
  return {
    years: YEARS,
    activities: [
      activity(1, [1_700, 1_700, 1_700], [500, 0, 0]),
      activity(2, [600, 600, 600]),
      activity(3, [100, 100, 100]),
    ],
    appropriations: [appropriation(1, [1_300, 1_800, 1_800]), appropriation(2, [600, 600, 600])],
    statedTotals: [
      stated('activities', 1, null, 4_600),
      stated('activities', 2, null, 1_800),
      stated('activities', 3, null, 300),
      stated('activities', null, 2019, 1_900),
      stated('activities', null, 2020, 2_400),
      stated('activities', null, 2021, 2_400),
      stated('activities', null, null, 6_700),
      stated('appropriations', 1, null, 4_900),
      stated('appropriations', 2, null, 1_800),
      stated('appropriations', null, 2019, 1_900),
      stated('appropriations', null, 2020, 2_400),
      stated('appropriations', null, 2021, 2_400),
      stated('appropriations', null, null, 6_700),
    ],
  };
}

describe('reconciliation of a budget note', () => {
  it("finds seed 004's two tables in agreement: 1.700 − 500 = 1.200, and 6.700 in both", () => {
    const tables = seed004();
    expect(activityYearTotal(tables.activities, 2019)).toBe(t(1_900));
    expect(reconcile(tables)).toEqual({ isReconciled: true, differences: [] });
  });

  it('lists a wrong row total with its place and the difference', () => {
    const tables = seed004();
    const wrong = {
      ...tables,
      statedTotals: [...tables.statedTotals.slice(1), stated('activities', 1, null, 4_700)],
    };
    expect(reconcile(wrong).differences).toEqual([
      {
        kind: 'row_total',
        table: 'activities',
        rowPosition: 1,
        year: null,
        computedOre: t(4_600),
        statedOre: t(4_700),
        differenceOre: -t(100),
      },
    ]);
  });

  it('finds co-financing not deducted as a difference in the column, the grand total and between the tables', () => {
    const tables = {
      ...seed004(),
      activities: [activity(1, [1_700, 1_700, 1_700]), ...seed004().activities.slice(1)],
    };
    const kinds = reconcile(tables).differences.map((d) => `${d.kind}:${d.table}:${d.rowPosition}:${d.year}`);
    expect(kinds).toEqual([
      'row_total:activities:1:null',
      'column_total:activities:null:2019',
      'grand_total:activities:null:null',
      'between_tables:null:null:2019',
      'between_tables:null:null:null',
    ]);
  });

  it('counts income (I) in Tabel 2 as negative money', () => {
    const tables: BudgetTables = {
      years: YEARS,
      activities: [activity(1, [1_700, 1_700, 1_700], [500, 0, 0])],
      appropriations: [appropriation(1, [1_700, 1_700, 1_700]), appropriation(2, [500, 0, 0], 'I')],
      statedTotals: [],
    };
    expect(reconcile(tables).isReconciled).toBe(true);
    expect(reconcile({ ...tables, statedTotals: computedTotals(tables) }).isReconciled).toBe(true);
  });

  it('finds any single changed cell, whether an amount or a stated total', () => {
    const amount = fc.integer({ min: 0, max: 5_000_000_000 });
    const activityArbitrary = fc.array(
      fc.record({ gross: amount, cofinancingShare: fc.integer({ min: 0, max: 100 }) }),
      { minLength: YEARS.length, maxLength: YEARS.length },
    );
    fc.assert(
      fc.property(
        fc.array(activityArbitrary, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(amount, { minLength: YEARS.length, maxLength: YEARS.length }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat(),
        fc.integer({ min: 1, max: 1_000_000 }).chain((d) => fc.constantFrom(d, -d)),
        (activityCells, appropriationCells, pick, delta) => {
          const activities: ActivityRow[] = activityCells.map((cells, i) => ({
            position: i + 1,
            amounts: cells.map((c, y) => ({
              year: YEARS[y]!,
              grossOre: c.gross,
              cofinancingOre: Math.floor((c.gross * c.cofinancingShare) / 100),
            })),
          }));
          const appropriations: (AppropriationRow & { amounts: { year: number; amountOre: number }[] })[] =
            appropriationCells.map((cells, i) => ({
              position: i + 1,
              direction: 'U',
              amounts: cells.map((amountOre, y) => ({ year: YEARS[y]!, amountOre })),
            }));
          // Make Tabel 2 carry exactly Tabel 1's money per year, so the untouched note reconciles.
          for (const [y, year] of YEARS.entries()) {
            const gap = activityYearTotal(activities, year) - appropriationYearTotal(appropriations, year);
            const first = appropriations[0]!;
            const cell = first.amounts[y]!;
            if (cell.amountOre + gap >= 0)
              first.amounts.splice(y, 1, { year, amountOre: cell.amountOre + gap });
            else
              appropriations.push({
                position: appropriations.length + 1,
                direction: 'I',
                amounts: YEARS.map((other) => ({ year: other, amountOre: other === year ? -gap : 0 })),
              });
          }
          const base = { years: YEARS, activities, appropriations };
          const statedTotals = computedTotals(base);
          expect(reconcile({ ...base, statedTotals }).isReconciled).toBe(true);

          const gross = activities.flatMap((row, r) => row.amounts.map((_, c) => ({ where: 'gross', r, c })));
          const money = appropriations.flatMap((row, r) =>
            row.amounts.map((_, c) => ({ where: 'appropriation', r, c })),
          );
          const totals = statedTotals.map((_, r) => ({ where: 'stated', r, c: 0 }));
          const cells = [...gross, ...money, ...totals];
          const target = cells[pick % cells.length]!;
          const change = (value: number) => (value + delta >= 0 ? value + delta : value - delta);
          const changed = structuredClone({ ...base, statedTotals });
          if (target.where === 'gross') {
            const cell = changed.activities[target.r]!.amounts[target.c]!;
            (cell as { grossOre: number }).grossOre = change(cell.grossOre);
          } else if (target.where === 'appropriation') {
            const cell = changed.appropriations[target.r]!.amounts[target.c]!;
            (cell as { amountOre: number }).amountOre = change(cell.amountOre);
          } else {
            const cell = changed.statedTotals[target.r]!;
            cell.amountOre = change(cell.amountOre);
          }
          expect(reconcile(changed).isReconciled).toBe(false);
        },
      ),
    );
  });
});
