// A citizen's circumstances: what the job centre knows that programmes' eligibility rules ask about
// (benefit, activity-ready, on benefits since, minority background, abuse problem). Special-category
// data: the job centre records it; the citizen's caseworkers and the provider the citizen is referred to
// read it, except minority background, which only the job centre sees; every read and change is audited.
import { formatDanishDate, todayInCopenhagen } from '../../../../shared/dates.ts';
import type { Circumstances, UpdateCircumstancesInput } from '../../../../shared/courses/referral.schemas.ts';
import { benefitTypeLastDay, isBenefitTypeChangeAllowed } from '../../../../shared/courses/benefit-types.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { decrypt, encrypt, type Keys } from '../../../platform/crypto/keys.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import * as repo from '../circumstance.repository.ts';
import { requireCitizen } from './referral-common.ts';
import { isProviderUser } from '../../../platform/access/provider-scope.ts';

/**
 * Who reads minority background (an article 9 category, sealed since migration 0017): the job centre
 * that records it, and the citizen's own access export. A provider needs only the eligibility check's
 * outcome for a programme whose rule asks about it (factsOfCitizen reads it for the check).
 */
export interface CircumstanceAccess {
  keys: Keys;
  showMinorityBackground: boolean;
}

export function circumstanceAccessOf(ctx: Pick<Ctx, 'actor' | 'keys'>): CircumstanceAccess {
  return { keys: ctx.keys, showMinorityBackground: !isProviderUser(ctx.actor) };
}

function openMinorityBackground(
  keys: Keys,
  row: { minorityBackground: boolean | null; minorityBackgroundEncrypted: Buffer | null } | undefined,
): boolean | null {
  if (row?.minorityBackgroundEncrypted) return decrypt(keys, row.minorityBackgroundEncrypted) === 'true';
  // A value written before migration 0017 that the server's start has not sealed yet.
  return row?.minorityBackground ?? null;
}

export async function loadCircumstances(
  tx: Tx,
  citizenId: string,
  access: CircumstanceAccess,
): Promise<Circumstances> {
  const row = await repo.findCircumstances(tx, citizenId);
  return {
    citizenId,
    benefitType: row?.benefitType ?? null,
    activityReady: row?.activityReady ?? null,
    onBenefitsSince: row?.onBenefitsSince ?? null,
    firstRequestOn: row?.firstRequestOn ?? null,
    minorityBackground: access.showMinorityBackground ? openMinorityBackground(access.keys, row) : null,
    minorityBackgroundHidden: !access.showMinorityBackground,
    abuseProblem: row?.abuseProblem ?? null,
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
  };
}

export async function getCircumstances(ctx: Ctx, citizenId: string): Promise<Circumstances> {
  return withActorTransaction(ctx, async (tx) => {
    await requireCitizen(ctx, tx, citizenId);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'citizen_circumstance',
      entityId: citizenId,
      citizenId,
    });
    return loadCircumstances(tx, citizenId, circumstanceAccessOf(ctx));
  });
}

/** Replaces the recorded facts (a missing fact becomes "not recorded"). Only the citizen's job centre. */
export async function updateCircumstances(
  ctx: Ctx,
  citizenId: string,
  input: UpdateCircumstancesInput,
): Promise<Circumstances> {
  return withActorTransaction(ctx, async (tx) => {
    const citizen = await requireCitizen(ctx, tx, citizenId);
    if (ctx.actor.organisationKind !== 'job_centre' || citizen.jobCentreId !== ctx.actor.organisationId) {
      throw new AppError('FORBIDDEN', 'access.forbidden');
    }
    const benefitType = input.benefitType ?? null;
    const recordedOn = todayInCopenhagen();
    const previous = (await repo.findCircumstances(tx, citizenId))?.benefitType ?? null;
    // A benefit type that has ceased (uddannelseshjælp from 1 Jul 2025) is not chosen anew; a value
    // recorded before stays as it is until the caseworker records the current benefit.
    if (!isBenefitTypeChangeAllowed(previous, benefitType, recordedOn)) {
      throw new AppError('VALIDATION_FAILED', 'referral.benefit_type_ceased', {
        fields: { benefitType: 'referral.benefit_type_ceased' },
        params: { lastDay: formatDanishDate(benefitTypeLastDay(benefitType!) ?? recordedOn) },
      });
    }
    const values = {
      benefitType,
      activityReady: input.activityReady ?? null,
      onBenefitsSince: input.onBenefitsSince ?? null,
      firstRequestOn: input.firstRequestOn ?? null,
      minorityBackground: input.minorityBackground ?? null,
      abuseProblem: input.abuseProblem ?? null,
    };
    await repo.upsertCircumstances(tx, citizenId, {
      benefitType: values.benefitType,
      activityReady: values.activityReady,
      onBenefitsSince: values.onBenefitsSince,
      firstRequestOn: values.firstRequestOn,
      minorityBackgroundEncrypted:
        values.minorityBackground === null ? null : encrypt(ctx.keys, String(values.minorityBackground)),
      abuseProblem: values.abuseProblem,
    });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'citizen_circumstance',
      entityId: citizenId,
      citizenId,
      // Which facts are recorded, not their values: the trail holds no health or abuse data.
      criteria: { recorded: Object.keys(values).filter((k) => values[k as keyof typeof values] !== null) },
    });
    return loadCircumstances(tx, citizenId, circumstanceAccessOf(ctx));
  });
}
