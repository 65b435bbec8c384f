// Price indexation and the pause kinds an agreement excludes from payment (issue 14; docs/billing.md).
// The administration (agreement.manage: procurement, admin) indexes prices and chooses the excluded kinds;
// everyone who may read the agreement sees the history (provider users their own agreements only).
// The agreed prices are never changed: the history shows them and every indexed price after them.
import type {
  AddIndexationInput,
  AgreementPaymentTerms,
  SetPauseExclusionsInput,
} from '../../../../shared/agreements/indexation.schemas.ts';
import { PAUSE_KINDS } from '../../../../shared/courses/pause.constants.ts';
import { formatDanishDate } from '../../../../shared/dates.ts';
import { hasPermission } from '../../../../shared/permissions.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import * as repo from '../agreement.repository.ts';
import { checkIndexation, priceHistory } from '../agreement-indexation.rules.ts';
import * as indexationRepo from '../indexation.repository.ts';
import { findAgreementInScope } from './agreement-views.ts';
import { fieldError } from './common.ts';

async function loadTerms(tx: Tx, ctx: Ctx, agreementId: string): Promise<AgreementPaymentTerms> {
  const row = await findAgreementInScope(tx, ctx.actor, agreementId);
  const [prices, indexations, excluded] = await Promise.all([
    repo.findPrices(tx, [agreementId]),
    indexationRepo.findIndexations(tx, agreementId),
    indexationRepo.findPauseExclusions(tx, agreementId),
  ]);
  const history = priceHistory({
    status: row.status,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    prices: prices.map((p) => ({ ...p, weeklyOre: Number(p.weeklyOre) })),
    indexations,
  });
  return {
    agreementId,
    indexations: indexations.map((i) => ({
      id: i.id,
      effectiveFrom: i.effectiveFrom,
      basisPoints: i.basisPoints,
      reason: i.reason,
      createdByName: i.createdByName,
      createdAt: i.createdAt.toISOString(),
    })),
    priceHistory: history,
    excludedPauseKinds: excluded,
    canManage: hasPermission(ctx.actor.roles, 'agreement.manage'),
  };
}

/** The agreement's indexations, its price history and the pause kinds it excludes from payment. */
export async function getPaymentTerms(ctx: Ctx, agreementId: string): Promise<AgreementPaymentTerms> {
  return withActorTransaction(ctx, (tx) => loadTerms(tx, ctx, agreementId));
}

/**
 * Records a yearly indexation from a date. A basis already approved for a month after that date keeps its
 * amounts (it is locked, migration 0026); a difference is settled by a correction line in a later month.
 */
export async function addIndexation(
  ctx: Ctx,
  agreementId: string,
  input: AddIndexationInput,
): Promise<AgreementPaymentTerms> {
  const basisPoints = Math.round(input.percent * 100);
  return withActorTransaction(ctx, async (tx) => {
    await repo.lockAgreement(tx, agreementId);
    const row = await findAgreementInScope(tx, ctx.actor, agreementId);
    const existing = await indexationRepo.findIndexations(tx, agreementId);
    const problem = checkIndexation(row, existing, input.effectiveFrom);
    if (problem) {
      const last = existing.at(-1)?.effectiveFrom;
      throw fieldError('effectiveFrom', problem, {
        startsOn: formatDanishDate(row.startsOn),
        endsOn: formatDanishDate(row.endsOn),
        year: input.effectiveFrom.slice(0, 4),
        last: last ? formatDanishDate(last) : '',
      });
    }
    const id = await indexationRepo.insertIndexation(tx, {
      agreementId,
      effectiveFrom: input.effectiveFrom,
      basisPoints,
      reason: input.reason.trim(),
      createdBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'agreement_price_indexation',
      entityId: id,
      criteria: { agreementId, effectiveFrom: input.effectiveFrom, basisPoints },
    });
    return loadTerms(tx, ctx, agreementId);
  });
}

/** Sets which pause kinds the agreement excludes from payment (an empty list: every week is paid). */
export async function setPauseExclusions(
  ctx: Ctx,
  agreementId: string,
  input: SetPauseExclusionsInput,
): Promise<AgreementPaymentTerms> {
  const kinds = PAUSE_KINDS.filter((k) => input.kinds.includes(k));
  return withActorTransaction(ctx, async (tx) => {
    await repo.lockAgreement(tx, agreementId);
    await findAgreementInScope(tx, ctx.actor, agreementId);
    const before = await indexationRepo.findPauseExclusions(tx, agreementId);
    await indexationRepo.replacePauseExclusions(tx, agreementId, kinds, ctx.actor.userId);
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'agreement_pause_exclusion',
      entityId: agreementId,
      criteria: { before, after: kinds },
    });
    return loadTerms(tx, ctx, agreementId);
  });
}
