// A budget note as the API shows it: its two tables with computed and stated totals, and the
// reconciliation (src/shared/budgets/reconciliation.rules.ts).
import type { BudgetDetail, BudgetSummary } from '../../../../shared/budgets/budget.schemas.ts';
import {
  activityRowTotal,
  activityYearTotal,
  appropriationRowTotal,
  appropriationYearTotal,
  netOre,
  reconcile,
  type BudgetTables,
  type StatedTotal,
} from '../../../../shared/budgets/reconciliation.rules.ts';
import type { TableRows } from '../budget.repository.ts';

export interface BudgetRow {
  id: string;
  title: string;
  caseNumber: string | null;
  priceLevelYear: number;
  firstYear: number;
  lastYear: number;
  note: string | null;
  updatedAt: Date | string;
}

export function yearsOf(budget: { firstYear: number; lastYear: number }): number[] {
  return Array.from({ length: budget.lastYear - budget.firstYear + 1 }, (_, i) => budget.firstYear + i);
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function buildBudgetDetail(budget: BudgetRow, rows: TableRows): BudgetDetail {
  const years = yearsOf(budget);
  const activityAmounts = groupBy(rows.activityAmounts, (a) => a.activityId);
  const appropriationAmounts = groupBy(rows.appropriationAmounts, (a) => a.appropriationId);
  const statedTotals: StatedTotal[] = rows.statedTotals
    .filter((s) => s.budgetId === budget.id)
    .map((s) => ({ table: s.tableName, rowPosition: s.rowPosition, year: s.year, amountOre: s.amountOre }));
  const statedOf = (table: StatedTotal['table'], rowPosition: number | null, year: number | null) =>
    statedTotals.find((s) => s.table === table && s.rowPosition === rowPosition && s.year === year)
      ?.amountOre ?? null;

  const activities = rows.activities
    .filter((a) => a.budgetId === budget.id)
    .map((a) => {
      const amounts = (activityAmounts.get(a.id) ?? []).map((m) => ({
        year: m.year,
        grossOre: m.grossOre,
        cofinancingOre: m.cofinancingOre,
        cofinancingSource: m.cofinancingSource,
        netOre: netOre(m),
      }));
      return {
        position: a.position,
        activity: a.activity,
        steeringArea: a.steeringArea,
        amounts,
        totalOre: activityRowTotal({ position: a.position, amounts }),
        statedTotalOre: statedOf('activities', a.position, null),
      };
    });
  const appropriations = rows.appropriations
    .filter((a) => a.budgetId === budget.id)
    .map((a) => {
      const amounts = (appropriationAmounts.get(a.id) ?? []).map((m) => ({
        year: m.year,
        amountOre: m.amountOre,
      }));
      return {
        position: a.position,
        steeringArea: a.steeringArea,
        committee: a.committee,
        appropriationNumber: a.appropriationNumber,
        direction: a.direction,
        amounts,
        totalOre: appropriationRowTotal({ position: a.position, direction: a.direction, amounts }),
        statedTotalOre: statedOf('appropriations', a.position, null),
      };
    });
  const tables: BudgetTables = { years, activities, appropriations, statedTotals };
  const activityByYear = years.map((year) => ({
    year,
    computedOre: activityYearTotal(activities, year),
    statedOre: statedOf('activities', null, year),
  }));
  const appropriationByYear = years.map((year) => ({
    year,
    computedOre: appropriationYearTotal(appropriations, year),
    statedOre: statedOf('appropriations', null, year),
  }));
  const reconciliation = reconcile(tables);
  return {
    id: budget.id,
    title: budget.title,
    caseNumber: budget.caseNumber,
    priceLevelYear: budget.priceLevelYear,
    firstYear: budget.firstYear,
    lastYear: budget.lastYear,
    note: budget.note,
    updatedAt: new Date(budget.updatedAt).toISOString(),
    isReconciled: reconciliation.isReconciled,
    differenceCount: reconciliation.differences.length,
    years,
    activities,
    activityTotals: {
      byYear: activityByYear,
      computedOre: activityByYear.reduce((sum, y) => sum + y.computedOre, 0),
      statedOre: statedOf('activities', null, null),
    },
    appropriations,
    appropriationTotals: {
      byYear: appropriationByYear,
      computedOre: appropriationByYear.reduce((sum, y) => sum + y.computedOre, 0),
      statedOre: statedOf('appropriations', null, null),
    },
    reconciliation,
  };
}

export function summaryOf(detail: BudgetDetail): BudgetSummary {
  return {
    id: detail.id,
    title: detail.title,
    caseNumber: detail.caseNumber,
    priceLevelYear: detail.priceLevelYear,
    firstYear: detail.firstYear,
    lastYear: detail.lastYear,
    isReconciled: detail.isReconciled,
    differenceCount: detail.differenceCount,
    updatedAt: detail.updatedAt,
  };
}
