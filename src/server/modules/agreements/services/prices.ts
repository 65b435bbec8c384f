// Weekly prices per agreement, kind and period, entered in kroner and stored in øre. A price outside the
// tender's band for its kind is refused with the band in the message (seed 002: 1.850–2.150 kr. for the
// programme, 575–700 kr. for aftercare).
import type { AddPriceInput, AgreementDetail } from '../../../../shared/agreements/agreement.schemas.ts';
import { parseKroner } from '../../../../shared/money.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import * as repo from '../agreement.repository.ts';
import { checkDuration, checkPriceBand, planPriceInsert } from '../agreement.rules.ts';
import * as tenders from '../tender.repository.ts';
import { findAgreementInScope, loadAgreementDetail } from './agreement-views.ts';
import { auditChange, fieldError, problemError, today } from './common.ts';

export async function addAgreementPrice(
  ctx: Ctx,
  id: string,
  input: AddPriceInput,
): Promise<AgreementDetail> {
  const parsed = parseKroner(input.weekly);
  if (!parsed.ok) throw fieldError('weekly', parsed.problem);
  if (parsed.ore === 0) throw fieldError('weekly', 'agreement.price_positive');
  const candidate = {
    priceKind: input.priceKind,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    weeklyOre: parsed.ore,
  };
  return withActorTransaction(ctx, async (tx) => {
    await repo.lockAgreement(tx, id);
    const row = await findAgreementInScope(tx, ctx.actor, id);
    const [bands, extensions, prices] = await Promise.all([
      tenders.findPriceBands(tx, [row.tenderId]),
      repo.findExtensions(tx, [id]),
      repo.findPrices(tx, [id]),
    ]);
    const bandProblem = checkPriceBand(bands, candidate.priceKind, candidate.weeklyOre);
    if (bandProblem) throw problemError(bandProblem);
    const { maxEndsOn } = checkDuration(
      row.startsOn,
      row.originalEndsOn,
      extensions.map((e) => e.months),
    );
    const plan = planPriceInsert({ startsOn: row.startsOn, maxEndsOn }, prices, candidate);
    if (!plan.ok) throw problemError(plan.problem);
    if (plan.value.close) {
      await repo.setPriceValidTo(tx, plan.value.close.id, plan.value.close.validTo);
      await auditChange(tx, ctx, 'update', 'agreement_price', plan.value.close.id, {
        agreementId: id,
        validTo: plan.value.close.validTo,
      });
    }
    const { id: priceId } = await repo.insertPrice(tx, { agreementId: id, ...candidate });
    await auditChange(tx, ctx, 'create', 'agreement_price', priceId, {
      agreementId: id,
      priceKind: candidate.priceKind,
      validFrom: candidate.validFrom,
      weeklyOre: candidate.weeklyOre,
    });
    return loadAgreementDetail(ctx, tx, id, today());
  });
}
