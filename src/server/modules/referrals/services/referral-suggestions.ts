// Suggested providers for a citizen's referral (issue 12, item 5): every agreement active on the date,
// checked against the citizen's target-group facts (the eligibility rules of its tender area), the
// provider's places and occupancy in the year (budgets module, through occupancyOf) and the districts,
// then ranked by referral-suggestion.rules.ts. The caseworker chooses; nothing is decided here.
// Occupancy counts every citizen: it runs first in an aggregate transaction (PGlite has one connection)
// and leaves as numbers per provider. Reading the citizen's facts is audited.
import type { ReferralSuggestions } from '../../../../shared/courses/referral-suggestion.schemas.ts';
import { withActorTransaction, withAggregateTransaction, type Ctx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { checkEligibility, type EligibilityRule } from '../eligibility.rules.ts';
import { suggestProviders, type SuggestionCandidate } from '../referral-suggestion.rules.ts';
import * as repo from '../referral.repository.ts';
import { factsOfCitizen } from './eligibility-check.ts';
import { loadRulesOfArea } from './eligibility-rules.ts';
import { requireCitizen } from './referral-common.ts';
import { occupancyOf } from './referral-options.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

export async function listReferralSuggestions(
  ctx: Ctx,
  citizenId: string,
  query: { date?: string | undefined },
): Promise<ReferralSuggestions> {
  const onDate = query.date ?? todayInCopenhagen();
  const year = Number(onDate.slice(0, 4));
  const { agreements, occupancy } = await withAggregateTransaction(ctx, async (tx) => {
    const active = await repo.listActiveAgreements(tx, onDate);
    const providerIds = [...new Set(active.map((a) => a.providerId))];
    return { agreements: active, occupancy: await occupancyOf(tx, providerIds, onDate) };
  });
  return withActorTransaction(ctx, async (tx) => {
    const citizen = await requireCitizen(ctx, tx, citizenId);
    const facts = await factsOfCitizen(ctx, tx, citizen);
    const rulesByArea = new Map<string, EligibilityRule[]>();
    for (const areaId of new Set(agreements.map((a) => a.tenderAreaId))) {
      rulesByArea.set(areaId, await loadRulesOfArea(tx, areaId));
    }
    const candidates = agreements.map((a): SuggestionCandidate => {
      const check = checkEligibility(rulesByArea.get(a.tenderAreaId) ?? [], facts, onDate, ctx.language);
      const outcome = (ok: boolean | null) =>
        check.results.filter((r) => r.ok === ok).map((r) => ({ kind: r.kind, reason: r.reason }));
      const { places, occupied } = occupancy.get(a.providerId)!;
      return {
        agreementId: a.id,
        provider: { id: a.providerId, name: a.providerName, district: a.providerDistrict },
        tenderArea: { id: a.tenderAreaId, name: a.tenderAreaName },
        eligibility: {
          eligible: check.eligible,
          ruleCount: check.results.length,
          failing: outcome(false),
          unknown: outcome(null),
        },
        capacity: { places, occupied },
      };
    });
    const result = suggestProviders({ year, citizenDistrict: citizen.district, candidates });
    await auditAction(tx, ctx, {
      action: 'read',
      // A target-group check against every programme: the access log's "målgruppetjek".
      entityType: 'citizen_eligibility',
      entityId: citizenId,
      citizenId,
      criteria: {
        purpose: 'referral_suggestions',
        date: onDate,
        suggested: result.suggested.length,
        notSuggested: result.notSuggested.length,
      },
    });
    return { citizenId, date: onDate, year, citizenDistrict: citizen.district, ...result };
  });
}
