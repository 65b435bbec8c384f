// A caseworker refers a citizen of their job centre to a provider with an agreement active on the
// referral date. The legal basis is the offer decision under LAB, not consent: a cash-benefit recipient
// has a duty to take up offers under LAB kap. 11-14 (§ 100, stk. 2; right and duty § 102, lbk. nr.
// 280/2024). The referral records the offer (type, dates), the day the citizen was informed and the
// citizen's response; a refusal is recorded with the reason as given and does not block (issue 12).
// A citizen from outside the provider's district is allowed and marked; so is a citizen outside the
// programme's target group, with a required reason (issue 12, item 2). A full provider gives a warning
// and the referral is still created: it can wait (issue 4).
import type { CreateReferralInput, Referral } from '../../../../shared/courses/referral.schemas.ts';
import { AppError, fieldError } from '../../../../shared/errors.ts';
import { translate } from '../../../../shared/messages.ts';
import { withActorTransaction, withAggregateTransaction, type Ctx } from '../../../platform/context.ts';
import { encrypt } from '../../../platform/crypto/keys.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import * as repo from '../referral.repository.ts';
import { isOutsideDistrict, requireCitizen, requireReferral, toReferral } from './referral-common.ts';
import { occupancyOf, type Occupancy } from './referral-options.ts';
import { checkEligibility } from '../eligibility.rules.ts';
import { factsOfCitizen } from './eligibility-check.ts';
import { loadRulesOfArea } from './eligibility-rules.ts';

function isActiveOn(agreement: repo.AgreementRow, onDate: string): boolean {
  return agreement.status === 'active' && agreement.startsOn <= onDate && onDate <= agreement.endsOn;
}

export async function createReferral(
  ctx: Ctx,
  citizenId: string,
  input: CreateReferralInput,
): Promise<Referral> {
  const responseReason = input.responseReason?.trim() || null;
  if (input.citizenResponse === 'refused' && !responseReason) {
    throw fieldError('responseReason', 'referral.refusal_reason_required');
  }
  if (ctx.actor.organisationKind !== 'job_centre') throw new AppError('FORBIDDEN', 'access.forbidden');
  // The provider's occupancy counts every citizen, also other job centres': an aggregate read first
  // (PGlite has one connection, so it cannot run inside the user's transaction).
  const occupancy = await withAggregateTransaction(ctx, async (tx): Promise<Occupancy | null> => {
    const agreement = await repo.findAgreement(tx, input.agreementId);
    if (!agreement) return null;
    return (await occupancyOf(tx, [agreement.providerId], input.referredOn)).get(agreement.providerId)!;
  });
  return withActorTransaction(ctx, async (tx) => {
    const citizen = await requireCitizen(ctx, tx, citizenId);
    if (citizen.jobCentreId !== ctx.actor.organisationId) throw new AppError('FORBIDDEN', 'access.forbidden');
    const agreement = await repo.findAgreement(tx, input.agreementId);
    if (!agreement || !occupancy) throw fieldError('agreementId', 'referral.agreement_not_found');
    if (!isActiveOn(agreement, input.referredOn)) {
      throw fieldError('agreementId', 'referral.agreement_not_active');
    }
    if (await repo.hasPendingReferral(tx, citizenId)) {
      throw fieldError('agreementId', 'referral.already_pending', {}, 'CONFLICT');
    }
    if (await repo.hasActiveCourse(tx, citizenId)) {
      throw fieldError('agreementId', 'referral.already_in_course', {}, 'CONFLICT');
    }
    const outsideDistrict = isOutsideDistrict(citizen.district, agreement.providerDistrict);
    // The target-group rules in force on the referral date, checked against the circumstances as saved.
    const eligibility = checkEligibility(
      await loadRulesOfArea(tx, agreement.tenderAreaId),
      await factsOfCitizen(ctx, tx, citizen),
      input.referredOn,
      ctx.language,
    );
    const outsideTargetGroup = eligibility.eligible === false;
    const targetGroupReason = input.targetGroupReason?.trim() || null;
    if (outsideTargetGroup && !targetGroupReason) {
      throw fieldError('targetGroupReason', 'referral.target_group_reason_required');
    }
    const note = input.note?.trim() ? input.note.trim() : null;
    const { id } = await repo.insertReferral(tx, {
      citizenId,
      providerId: agreement.providerId,
      agreementId: agreement.id,
      referredBy: ctx.actor.userId,
      referredOn: input.referredOn,
      outsideDistrict,
      capacityWarning: occupancy.full,
      outsideTargetGroup,
      targetGroupReasonEncrypted:
        outsideTargetGroup && targetGroupReason ? encrypt(ctx.keys, targetGroupReason) : null,
      offerType: input.offerType,
      offerFrom: input.offerFrom,
      offerTo: input.offerTo,
      informedOn: input.informedOn,
      citizenResponse: input.citizenResponse,
      citizenResponseReasonEncrypted:
        input.citizenResponse === 'refused' && responseReason ? encrypt(ctx.keys, responseReason) : null,
      noteEncrypted: note ? encrypt(ctx.keys, note) : null,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'referral',
      entityId: id,
      citizenId,
      criteria: {
        agreementId: agreement.id,
        providerId: agreement.providerId,
        outsideDistrict,
        capacityWarning: occupancy.full,
        outsideTargetGroup,
        offerType: input.offerType,
        citizenResponse: input.citizenResponse,
      },
    });
    const warnings = occupancy.full
      ? [
          translate(ctx.language, 'referral.warning.capacity_now', {
            occupied: occupancy.occupied,
            places: occupancy.places ?? 0,
          }),
        ]
      : [];
    return toReferral(ctx, await requireReferral(ctx, tx, id), warnings);
  });
}
