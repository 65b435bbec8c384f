// The budget status (issue 14): the year's frame against what is approved, billed but not approved, and
// forecast to year end, per provider and in total (budget-status.rules.ts); each provider's part of the frame
// as the capacity page splits it (budgets module). Sums only, audited as a read.
import type { BudgetStatusQuery, BudgetStatusView } from '../../../../shared/payments/payment.schemas.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { withAggregateTransaction, type Ctx } from '../../../platform/context.ts';
import { frameShareByProvider, listBudgetFrames } from '../../budgets/budget.service.ts';
import { billPeriodTotals } from '../../courses/billing.service.ts';
import { budgetStatus } from '../budget-status.rules.ts';
import * as repo from '../payment.repository.ts';
import { readBasis } from './basis-view.ts';

export async function getBudgetStatus(
  ctx: Ctx,
  query: BudgetStatusQuery,
  options: { today: string },
): Promise<BudgetStatusView> {
  const frames = await listBudgetFrames(ctx, { year: query.year });
  const frameOre = frames.items.reduce((sum, frame) => sum + frame.amountOre, 0);
  const year = String(query.year);
  const yearEnd = `${year}-12-31`;
  // Up to today within the year: the whole year once it is over, nothing before it begins.
  const asOf =
    options.today < `${year}-01-01` ? `${year}-01-01` : options.today > yearEnd ? yearEnd : options.today;
  return withAggregateTransaction(ctx, async (tx) => {
    const providers = await repo.listProviders(tx);
    // Each provider's part of the frames, split as the capacity page splits a frame shared by an area.
    const shares = await frameShareByProvider(tx, query.year);
    const bases = await repo.listApprovedBasesOfYear(tx, year);
    const approved = [];
    for (const basis of bases) {
      const view = await readBasis(tx, basis.id);
      if (view) approved.push({ providerId: view.providerId, month: view.month, totalOre: view.totalOre });
    }
    const billedToDate =
      options.today < `${year}-01-01`
        ? []
        : await billPeriodTotals(tx, { from: `${year}-01`, to: asOf.slice(0, 7), asOf });
    const billedToYearEnd = await billPeriodTotals(tx, {
      from: `${year}-01`,
      to: `${year}-12`,
      asOf: yearEnd,
    });
    const status = budgetStatus({ approved, billedToDate, billedToYearEnd });
    const rows = providers
      .map((p) => {
        const s = status.find((x) => x.providerId === p.id);
        return {
          providerId: p.id,
          providerName: p.name,
          frameOre: shares.get(p.id) ?? null,
          approvedOre: s?.approvedOre ?? 0,
          billedNotApprovedOre: s?.billedNotApprovedOre ?? 0,
          forecastOre: s?.forecastOre ?? 0,
        };
      })
      .filter(
        (r) =>
          r.frameOre !== null || r.approvedOre !== 0 || r.billedNotApprovedOre !== 0 || r.forecastOre !== 0,
      );
    const sum = (key: 'approvedOre' | 'billedNotApprovedOre' | 'forecastOre') =>
      rows.reduce((total, r) => total + r[key], 0);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'budget_status',
      criteria: { year: query.year, asOf },
    });
    return {
      year: query.year,
      asOf,
      frameOre,
      providers: rows,
      total: {
        frameOre: rows.reduce((total, r) => total + (r.frameOre ?? 0), 0),
        approvedOre: sum('approvedOre'),
        billedNotApprovedOre: sum('billedNotApprovedOre'),
        forecastOre: sum('forecastOre'),
      },
    };
  });
}
