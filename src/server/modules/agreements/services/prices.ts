// Weekly prices per agreement, kind and period, entered in kroner and stored in øre. The tender's band is
// the administration's estimate of the price level (seed 002: 1.850–2.150 kr. for the programme, 575–700
// kr. for aftercare), so a price outside it is allowed with a written reason — yearly indexation moves
// prices past it (issue 12). A price above the tender's real cap, when it states one, is refused.
import type { AddPriceInput, AgreementDetail } from '../../../../shared/agreements/agreement.schemas.ts';
import { bandRangeText, checkPriceLevel } from '../../../../shared/agreements/price-level.ts';
import { formatKroner, parseKroner } from '../../../../shared/money.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import * as repo from '../agreement.repository.ts';
import { checkDuration, planPriceInsert } from '../agreement.rules.ts';
import { findAgreementInScope, loadAgreementDetail } from './agreement-views.ts';
import { auditChange, cleanText, fieldError, notFound, problemError } from './common.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { findTenderTerms } from '../../tenders/tender-terms.service.ts';

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
    const [terms, extensions, prices] = await Promise.all([
      findTenderTerms(tx, row.tenderId),
      repo.findExtensions(tx, [id]),
      repo.findPrices(tx, [id]),
    ]);
    if (!terms) throw notFound();
    const { caps, bands } = terms;
    const level = checkPriceLevel(bands, caps, candidate.priceKind, candidate.weeklyOre);
    if (level.kind === 'above_cap') {
      throw fieldError('weekly', `agreement.price_above_cap_${candidate.priceKind}`, {
        cap: formatKroner(level.capWeeklyOre),
      });
    }
    // A reason is kept only for a price outside the band: inside it there is nothing to explain.
    const outsideBandReason = level.kind === 'outside_band' ? cleanText(input.outsideBandReason) : null;
    if (level.kind === 'outside_band' && outsideBandReason === null) {
      throw fieldError('outsideBandReason', `agreement.outside_band_reason_${candidate.priceKind}`, {
        range: bandRangeText(level.band),
      });
    }
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
    const { id: priceId } = await repo.insertPrice(tx, { agreementId: id, ...candidate, outsideBandReason });
    await auditChange(tx, ctx, 'create', 'agreement_price', priceId, {
      agreementId: id,
      priceKind: candidate.priceKind,
      validFrom: candidate.validFrom,
      weeklyOre: candidate.weeklyOre,
      ...(level.kind === 'outside_band'
        ? {
            outsideBand: { minWeeklyOre: level.band.minWeeklyOre, maxWeeklyOre: level.band.maxWeeklyOre },
            outsideBandReason,
          }
        : {}),
    });
    return loadAgreementDetail(ctx, tx, id, todayInCopenhagen());
  });
}
