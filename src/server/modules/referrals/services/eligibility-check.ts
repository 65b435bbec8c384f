// The eligibility check: a citizen against the rules of an agreement's tender area on a date, rule by
// rule with the reason in the user's language. Facts come from the CPR number (age, sex) and the
// recorded circumstances. Reading them is a use of the citizen's data: audited.
import { fieldError } from '../../../../shared/errors.ts';
import type { EligibilityCheck } from '../../../../shared/courses/referral.schemas.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { decrypt } from '../../../platform/crypto/keys.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { checkEligibility, factsFromCpr, type EligibilityFacts } from '../eligibility.rules.ts';
import * as repo from '../referral.repository.ts';
import { loadCircumstances } from './eligibility-circumstances.ts';
import { loadRulesOfArea } from './eligibility-rules.ts';
import { requireCitizen } from './referral-common.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

export async function factsOfCitizen(
  ctx: Ctx,
  tx: Tx,
  citizen: { id: string; cprEncrypted: Buffer },
): Promise<EligibilityFacts> {
  // The check itself needs every fact; only its outcome is shown to a provider.
  const circumstances = await loadCircumstances(tx, citizen.id, {
    keys: ctx.keys,
    showMinorityBackground: true,
  });
  return {
    ...factsFromCpr(decrypt(ctx.keys, citizen.cprEncrypted)),
    benefitType: circumstances.benefitType,
    activityReady: circumstances.activityReady,
    onBenefitsSince: circumstances.onBenefitsSince,
    minorityBackground: circumstances.minorityBackground,
    abuseProblem: circumstances.abuseProblem,
  };
}

export async function checkCitizenEligibility(
  ctx: Ctx,
  citizenId: string,
  query: { agreementId: string; date?: string | undefined },
): Promise<EligibilityCheck> {
  const onDate = query.date ?? todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const citizen = await requireCitizen(ctx, tx, citizenId);
    const agreement = await repo.findAgreement(tx, query.agreementId);
    if (!agreement) throw fieldError('agreementId', 'referral.agreement_not_found');
    const facts = await factsOfCitizen(ctx, tx, citizen);
    const check = checkEligibility(
      await loadRulesOfArea(tx, agreement.tenderAreaId),
      facts,
      onDate,
      ctx.language,
    );
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'citizen_eligibility',
      entityId: citizenId,
      citizenId,
      criteria: { agreementId: agreement.id, date: onDate },
    });
    return {
      citizenId,
      agreementId: agreement.id,
      tenderArea: { id: agreement.tenderAreaId, name: agreement.tenderAreaName },
      date: onDate,
      eligible: check.eligible,
      note: check.note,
      results: check.results,
    };
  });
}
