// Budget note use cases (seed 004): a note with Tabel 1 (activities × years, net of co-financing) and
// Tabel 2 (committee, appropriation number, income/expense × years), the totals printed in the note,
// and the reconciliation of the two.
import { auditAction } from '../../../platform/audit/audit-request.ts';
import type {
  BudgetDetail,
  BudgetList,
  BudgetTablesValues,
  CreateBudgetInput,
} from '../../../../shared/budgets/budget.schemas.ts';
import { AppError, type FieldErrors } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import * as repo from '../budget.repository.ts';
import { buildBudgetDetail, summaryOf } from './budget-view.ts';

export async function listBudgets(ctx: Ctx): Promise<BudgetList> {
  return withActorTransaction(ctx, async (tx) => {
    const budgets = await repo.listBudgetRows(tx);
    const rows = await repo.loadTableRows(
      tx,
      budgets.map((b) => b.id),
    );
    return { items: budgets.map((budget) => summaryOf(buildBudgetDetail(budget, rows))) };
  });
}

export async function loadBudget(tx: Tx, id: string): Promise<BudgetDetail> {
  const budget = await repo.findBudgetRow(tx, id);
  if (!budget) throw new AppError('NOT_FOUND', 'access.not_found');
  return buildBudgetDetail(budget, await repo.loadTableRows(tx, [id]));
}

export async function getBudget(ctx: Ctx, id: string): Promise<BudgetDetail> {
  return withActorTransaction(ctx, (tx) => loadBudget(tx, id));
}

export async function createBudget(ctx: Ctx, input: CreateBudgetInput): Promise<BudgetDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const { id } = await repo.insertBudget(tx, {
      title: input.title,
      caseNumber: input.caseNumber ?? null,
      priceLevelYear: input.priceLevelYear,
      firstYear: input.firstYear,
      lastYear: input.lastYear,
      note: input.note ?? null,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'budget',
      entityId: id,
    });
    return loadBudget(tx, id);
  });
}

/** Field errors for years outside the note, a year twice in a row, and co-financing above gross. */
export function checkTables(
  tables: BudgetTablesValues,
  budget: { firstYear: number; lastYear: number },
): { fields: FieldErrors; params: Record<string, number> } {
  const fields: FieldErrors = {};
  const params = { first: budget.firstYear, last: budget.lastYear };
  const checkYears = (path: string, amounts: readonly { year: number }[]) => {
    const seen = new Set<number>();
    amounts.forEach((amount, index) => {
      if (amount.year < budget.firstYear || amount.year > budget.lastYear) {
        fields[`${path}.${index}.year`] = 'budget.year_outside';
      } else if (seen.has(amount.year)) fields[`${path}.${index}.year`] = 'budget.year_duplicate';
      seen.add(amount.year);
    });
  };
  tables.activities.forEach((row, r) => {
    checkYears(`activities.${r}.amounts`, row.amounts);
    row.amounts.forEach((amount, index) => {
      if (amount.cofinancingOre > amount.grossOre) {
        fields[`activities.${r}.amounts.${index}.cofinancingOre`] = 'budget.cofinancing_exceeds_gross';
      }
    });
  });
  tables.appropriations.forEach((row, r) => checkYears(`appropriations.${r}.amounts`, row.amounts));
  checkYears('activityTotals.byYear', tables.activityTotals.byYear);
  checkYears('appropriationTotals.byYear', tables.appropriationTotals.byYear);
  return { fields, params };
}

function statedTotalsOf(tables: BudgetTablesValues): repo.TablesToStore['statedTotals'] {
  const totals: repo.TablesToStore['statedTotals'] = [];
  for (const tableName of ['activities', 'appropriations'] as const) {
    const rows = tables[tableName];
    rows.forEach((row, index) => {
      if (row.statedTotalOre !== null) {
        totals.push({ tableName, rowPosition: index + 1, year: null, amountOre: row.statedTotalOre });
      }
    });
    const totalRow = tableName === 'activities' ? tables.activityTotals : tables.appropriationTotals;
    for (const { year, amountOre } of totalRow.byYear)
      totals.push({ tableName, rowPosition: null, year, amountOre });
    if (totalRow.totalOre !== null) {
      totals.push({ tableName, rowPosition: null, year: null, amountOre: totalRow.totalOre });
    }
  }
  return totals;
}

/** Replaces the note's rows, amounts and stated totals (budget.manage); the answer shows the differences. */
export async function replaceBudgetTables(
  ctx: Ctx,
  id: string,
  tables: BudgetTablesValues,
): Promise<BudgetDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const budget = await repo.lockBudget(tx, id);
    if (!budget) throw new AppError('NOT_FOUND', 'access.not_found');
    const problems = checkTables(tables, budget);
    if (Object.keys(problems.fields).length > 0) {
      throw new AppError('VALIDATION_FAILED', 'validation.failed', problems);
    }
    await repo.replaceTables(tx, id, {
      activities: tables.activities.map((row, index) => ({
        position: index + 1,
        activity: row.activity,
        steeringArea: row.steeringArea,
        amounts: row.amounts.map((a) => ({
          year: a.year,
          grossOre: a.grossOre,
          cofinancingOre: a.cofinancingOre,
          cofinancingSource: a.cofinancingOre > 0 ? a.cofinancingSource : null,
        })),
      })),
      appropriations: tables.appropriations.map((row, index) => ({
        position: index + 1,
        steeringArea: row.steeringArea,
        committee: row.committee,
        appropriationNumber: row.appropriationNumber,
        direction: row.direction,
        amounts: row.amounts,
      })),
      statedTotals: statedTotalsOf(tables),
    });
    await repo.touchBudget(tx, id);
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'budget',
      entityId: id,
      criteria: { activities: tables.activities.length, appropriations: tables.appropriations.length },
    });
    return loadBudget(tx, id);
  });
}
