// Reading referrals: the job centre sees its citizens' referrals, a provider those to it (not the
// withdrawn ones). Lists are audited as searches with the citizens shown; one referral as a read.
import type {
  CitizenReferrals,
  Referral,
  ReferralList,
  ReferralStatus,
} from '../../../../shared/courses/referral.schemas.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import * as repo from '../referral.repository.ts';
import { requireCitizen, requireReferral, toReferral } from './referral-common.ts';

export async function listReferrals(
  ctx: Ctx,
  query: { status?: ReferralStatus | undefined; page: number },
): Promise<ReferralList> {
  return withActorTransaction(ctx, async (tx) => {
    const rows = await repo.listReferrals(tx, ctx.actor, { status: query.status }, query.page);
    const total = await repo.countReferrals(tx, ctx.actor, { status: query.status });
    const pendingCount =
      query.status === 'pending' ? total : await repo.countReferrals(tx, ctx.actor, { status: 'pending' });
    await auditAction(tx, ctx, {
      action: 'search',
      entityType: 'referral',
      criteria: { status: query.status ?? null, page: query.page, resultCount: total },
      resultCitizenIds: [...new Set(rows.map((r) => r.citizenId))],
    });
    return {
      items: rows.map((row) => toReferral(ctx, row)),
      total,
      page: query.page,
      pageSize: repo.PAGE_SIZE,
      pendingCount,
    };
  });
}

export async function getReferral(ctx: Ctx, id: string): Promise<Referral> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await requireReferral(ctx, tx, id);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'referral',
      entityId: id,
      citizenId: row.citizenId,
    });
    return toReferral(ctx, row);
  });
}

/** The citizen's referrals in the user's scope, with the course of each accepted one. */
export async function listCitizenReferrals(ctx: Ctx, citizenId: string): Promise<CitizenReferrals> {
  return withActorTransaction(ctx, async (tx) => {
    await requireCitizen(ctx, tx, citizenId);
    const rows = await repo.listReferrals(tx, ctx.actor, { citizenId }, null);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'referral',
      citizenId,
      criteria: { list: 'citizen', resultCount: rows.length },
    });
    return { items: rows.map((row) => toReferral(ctx, row)) };
  });
}
