// A citizen's circumstances: what the job centre knows that programmes' eligibility rules ask about
// (benefit, activity-ready, on benefits since, minority background, abuse problem). Special-category
// data: the job centre records it; the citizen's caseworkers and the provider the citizen is referred to
// read it; every read and change is audited.
import type { Circumstances, UpdateCircumstancesInput } from '../../../../shared/courses/referral.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { audit } from '../course-access.ts';
import * as repo from '../referral.repository.ts';
import { requireCitizen } from './referral-common.ts';

export async function loadCircumstances(tx: Tx, citizenId: string): Promise<Circumstances> {
  const row = await repo.findCircumstances(tx, citizenId);
  return {
    citizenId,
    benefitType: row?.benefitType ?? null,
    activityReady: row?.activityReady ?? null,
    onBenefitsSince: row?.onBenefitsSince ?? null,
    minorityBackground: row?.minorityBackground ?? null,
    abuseProblem: row?.abuseProblem ?? null,
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
  };
}

export async function getCircumstances(ctx: Ctx, citizenId: string): Promise<Circumstances> {
  return withActorTransaction(ctx, async (tx) => {
    await requireCitizen(ctx, tx, citizenId);
    await audit(tx, ctx, {
      action: 'read',
      entityType: 'citizen_circumstance',
      entityId: citizenId,
      citizenId,
    });
    return loadCircumstances(tx, citizenId);
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
    const values = {
      benefitType: input.benefitType ?? null,
      activityReady: input.activityReady ?? null,
      onBenefitsSince: input.onBenefitsSince ?? null,
      minorityBackground: input.minorityBackground ?? null,
      abuseProblem: input.abuseProblem ?? null,
    };
    await repo.upsertCircumstances(tx, citizenId, values);
    await audit(tx, ctx, {
      action: 'update',
      entityType: 'citizen_circumstance',
      entityId: citizenId,
      citizenId,
      // Which facts are recorded, not their values: the trail holds no health or abuse data.
      criteria: { recorded: Object.keys(values).filter((k) => values[k as keyof typeof values] !== null) },
    });
    return loadCircumstances(tx, citizenId);
  });
}
