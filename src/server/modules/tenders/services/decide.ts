// Deciding a tender (issue 6): only a complete evaluation (every bid priced and scored, no tie across the
// cut-off) can be decided. In one transaction the selected bids' prices are checked against the tender's
// bands and real caps, the selected bidders get framework agreements with their weekly prices (agreements
// module; bidders that are not providers yet become providers), the tender is marked decided
// (tender.decided_on), and from then on the award model, bids and scores are read-only.
import { AppError } from '../../../../shared/errors.ts';
import {
  decideTenderInputSchema,
  type DecideTenderInput,
  type DecisionResult,
} from '../../../../shared/tenders/evaluation.schemas.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import { formatKroner } from '../../../../shared/money.ts';
import type { Tx } from '../../../platform/context.ts';
import type { PriceKind } from '../../../platform/db/schema.ts';
import { checkPriceBand, tenderAwards } from '../../agreements/agreement.service.ts';
import * as tenders from '../tender.repository.ts';
import * as evaluations from '../evaluation.repository.ts';
import { evaluateArea } from '../evaluation-model.ts';
import { audit, openTender, refuse } from './access.ts';
import { loadEvaluation, problemText } from './results.ts';

export async function decideTender(
  ctx: Ctx,
  tenderId: string,
  body: DecideTenderInput,
): Promise<DecisionResult> {
  const input = decideTenderInputSchema.parse(body);
  return withActorTransaction(ctx, async (tx) => {
    await openTender(tx, tenderId);
    const committeeItemId = input.committeeItemId ?? null;
    if (committeeItemId !== null) {
      const items = await evaluations.findCommitteeItems(tx, tenderId);
      if (!items.some((i) => i.id === committeeItemId)) {
        throw refuse(ctx, [{ field: 'committeeItemId', key: 'tender.decision_unknown_item' }]);
      }
    }
    const loaded = await loadEvaluation(tx, tenderId, ctx.language);
    const areas = loaded.data.areas.map((area) => ({ area, result: evaluateArea(loaded.data, area) }));
    const problems = areas.flatMap((a) => a.result.problems.map((p) => problemText(ctx.language, p)));
    if (problems.length > 0) {
      throw new AppError('INVALID_STATE', 'tender.decision_incomplete', {
        params: { problems: problems.join(' ') },
      });
    }
    const tied = areas.find((a) => a.result.tieAtCutoff);
    if (tied) {
      const cutoff = tied.result.bids[tied.area.providersToSelect - 1]!;
      const bidders = tied.result.bids.filter((b) => b.tie && b.rank === cutoff.rank).map((b) => b.bidder);
      throw new AppError('INVALID_STATE', 'tender.decision_tie', {
        params: { area: tied.area.number, bidders: bidders.join(ctx.language === 'da' ? ' og ' : ' and ') },
      });
    }
    const rowOf = new Map(loaded.bidRows.map((r) => [r.id, r]));
    const awards = areas.flatMap(({ area, result }) =>
      result.bids
        .filter((b) => b.selected)
        .map((b) => {
          const row = rowOf.get(b.bidId)!;
          const bid = loaded.data.bids.find((x) => x.id === b.bidId)!;
          return {
            tenderAreaId: area.id,
            providerId: row.providerId,
            bidderName: row.bidderName,
            bidderCvr: row.bidderCvr,
            bidderDistrict: row.bidderDistrict,
            prices: Object.entries(bid.prices).flatMap(([elementId, weeklyOre]) => {
              const priceKind = loaded.elementKinds.get(elementId) ?? null;
              return priceKind ? [{ priceKind, weeklyOre }] : [];
            }),
          };
        }),
    );
    tenderAwards.checkAwardTerms(input);
    const checkPrices = await priceCheck(tx, tenderId);
    const agreements = [];
    for (const award of awards) {
      checkPrices(award.prices);
      agreements.push(await tenderAwards.awardAgreementIn(tx, ctx, award, input));
    }
    await tenders.updateTender(tx, tenderId, { decidedOn: input.decidedOn });
    await audit(tx, ctx, 'update', 'tender', tenderId, { fields: ['decidedOn'], decidedOn: input.decidedOn });
    await evaluations.setDecision(tx, tenderId, { decidedBy: ctx.actor.userId, committeeItemId });
    await audit(tx, ctx, 'update', 'tender_evaluation', tenderId, {
      decidedOn: input.decidedOn,
      committeeItemId,
      agreements: agreements.map((a) => a.agreementId),
    });
    const numberOf = new Map(loaded.data.areas.map((a) => [a.id, a.number]));
    return {
      tenderId,
      decidedOn: input.decidedOn,
      agreements: agreements.map((a) => ({
        agreementId: a.agreementId,
        providerId: a.providerId,
        providerName: a.providerName,
        areaNumber: numberOf.get(a.tenderAreaId)!,
        createdProvider: a.createdProvider,
      })),
    };
  });
}

/**
 * The check of an award's prices: bids were checked against the tender's band when they were entered; the
 * band and the real cap bind the agreement too.
 */
async function priceCheck(tx: Tx, tenderId: string) {
  const [bands, tender] = await Promise.all([
    tenders.findPriceBands(tx, [tenderId]),
    tenders.findTender(tx, tenderId),
  ]);
  const caps = {
    programme: tender?.programmeCapWeeklyOre ?? null,
    aftercare: tender?.aftercareCapWeeklyOre ?? null,
  };
  return (prices: readonly { priceKind: PriceKind; weeklyOre: number }[]) => {
    for (const price of prices) {
      const outside = checkPriceBand(bands, price.priceKind, price.weeklyOre);
      if (outside) throw new AppError('INVALID_STATE', outside.key, { params: outside.params ?? {} });
      const cap = caps[price.priceKind];
      if (cap !== null && price.weeklyOre > cap) {
        throw new AppError('INVALID_STATE', `agreement.price_above_cap_${price.priceKind}`, {
          params: { cap: formatKroner(cap) },
        });
      }
    }
  };
}
