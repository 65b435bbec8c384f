// What the referral use cases share: errors, the citizen in scope, and the API view of a referral.
import type { Referral } from '../../../../shared/courses/referral.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { translate } from '../../../../shared/messages.ts';
import type { Ctx, Tx } from '../../../platform/context.ts';
import { decrypt } from '../../../platform/crypto/keys.ts';
import * as repo from '../referral.repository.ts';

export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'access.not_found');
}

/** The citizen if in the actor's scope, else NOT_FOUND (existence does not leak). */
export async function requireCitizen(ctx: Ctx, tx: Tx, citizenId: string) {
  const citizen = await repo.findCitizen(tx, ctx.actor, citizenId);
  if (!citizen) throw notFound();
  return citizen;
}

/** A referral in the actor's scope, else NOT_FOUND. */
export async function requireReferral(ctx: Ctx, tx: Tx, id: string): Promise<repo.ReferralRow> {
  const row = await repo.findReferral(tx, ctx.actor, id);
  if (!row) throw notFound();
  return row;
}

/** Both districts are known and differ: the citizen lives outside the provider's local area. */
export function isOutsideDistrict(citizenDistrict: string | null, providerDistrict: string | null): boolean {
  return citizenDistrict !== null && providerDistrict !== null && citizenDistrict !== providerDistrict;
}

export function toReferral(ctx: Ctx, row: repo.ReferralRow, extraWarnings: string[] = []): Referral {
  const warnings = [...extraWarnings];
  // "Full when referred" matters while the provider decides; once decided it is history, not a warning.
  if (row.capacityWarning && row.status === 'pending' && extraWarnings.length === 0) {
    warnings.push(translate(ctx.language, 'referral.warning.capacity'));
  }
  if (row.outsideTargetGroup) warnings.push(translate(ctx.language, 'referral.warning.outside_target_group'));
  if (row.citizenResponse === 'refused') warnings.push(translate(ctx.language, 'referral.warning.refused'));
  if (row.outsideDistrict) {
    warnings.push(
      translate(ctx.language, 'referral.warning.outside_district', {
        citizenDistrict: row.citizenDistrict ?? '–',
        providerDistrict: row.providerDistrict ?? '–',
      }),
    );
  }
  return {
    id: row.id,
    citizen: { id: row.citizenId, name: row.citizenName },
    provider: { id: row.providerId, name: row.providerName, district: row.providerDistrict },
    agreementId: row.agreementId,
    tenderArea: { id: row.tenderAreaId, name: row.tenderAreaName },
    referredBy: row.referredBy ? { id: row.referredBy, name: row.referredByName ?? '' } : null,
    referredOn: row.referredOn,
    status: row.status,
    outsideDistrict: row.outsideDistrict,
    capacityWarning: row.capacityWarning,
    outsideTargetGroup: row.outsideTargetGroup,
    targetGroupReason: row.targetGroupReasonEncrypted
      ? decrypt(ctx.keys, row.targetGroupReasonEncrypted)
      : null,
    offerType: row.offerType,
    offerFrom: row.offerFrom,
    offerTo: row.offerTo,
    informedOn: row.informedOn,
    citizenResponse: row.citizenResponse,
    citizenResponseReason: row.citizenResponseReasonEncrypted
      ? decrypt(ctx.keys, row.citizenResponseReasonEncrypted)
      : null,
    note: row.noteEncrypted ? decrypt(ctx.keys, row.noteEncrypted) : null,
    decidedBy: row.decidedBy ? { id: row.decidedBy, name: row.decidedByName ?? '' } : null,
    decidedOn: row.decidedOn,
    decisionReason: row.decisionReason,
    courseId: row.courseId,
    warnings,
  };
}
