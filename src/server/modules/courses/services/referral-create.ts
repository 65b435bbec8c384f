// A caseworker refers a citizen of their job centre to a provider with an agreement active on the
// referral date. The citizen must have been informed and have consented (recorded on the referral).
// A citizen from outside the provider's district is allowed and marked; a full provider gives a warning
// and the referral is still created: it can wait (issue 4).
import type { CreateReferralInput, Referral } from '../../../../shared/courses/referral.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { translate } from '../../../../shared/messages.ts';
import { withActorTransaction, withAggregateTransaction, type Ctx } from '../../../platform/context.ts';
import { encrypt } from '../../../platform/crypto/keys.ts';
import { audit } from '../course-access.ts';
import * as repo from '../referral.repository.ts';
import {
  fieldError,
  isOutsideDistrict,
  requireCitizen,
  requireReferral,
  toReferral,
} from './referral-common.ts';
import { occupancyOf, type Occupancy } from './referral-options.ts';

function isActiveOn(agreement: repo.AgreementRow, onDate: string): boolean {
  return agreement.status === 'active' && agreement.startsOn <= onDate && onDate <= agreement.endsOn;
}

export async function createReferral(
  ctx: Ctx,
  citizenId: string,
  input: CreateReferralInput,
): Promise<Referral> {
  if (input.consentGiven !== true) throw fieldError('consentGiven', 'referral.consent_required');
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
      throw fieldError('agreementId', 'referral.already_pending', 'CONFLICT');
    }
    if (await repo.hasActiveCourse(tx, citizenId)) {
      throw fieldError('agreementId', 'referral.already_in_course', 'CONFLICT');
    }
    const outsideDistrict = isOutsideDistrict(citizen.district, agreement.providerDistrict);
    const note = input.note?.trim() ? input.note.trim() : null;
    const { id } = await repo.insertReferral(tx, {
      citizenId,
      providerId: agreement.providerId,
      agreementId: agreement.id,
      referredBy: ctx.actor.userId,
      referredOn: input.referredOn,
      outsideDistrict,
      capacityWarning: occupancy.full,
      consentGiven: true,
      informedOn: input.informedOn ?? null,
      noteEncrypted: note ? encrypt(ctx.keys, note) : null,
    });
    await audit(tx, ctx, {
      action: 'create',
      entityType: 'referral',
      entityId: id,
      citizenId,
      criteria: {
        agreementId: agreement.id,
        providerId: agreement.providerId,
        outsideDistrict,
        capacityWarning: occupancy.full,
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
