// Referrals to abuse treatment through social services' outreach worker (the Sydhavnen measure "more
// citizens seek treatment"): the provider records the referral and whether treatment started, and the
// follow-up counts referrals and starts per provider.
import type {
  CreateTreatmentReferralInput,
  TreatmentReferral,
  TreatmentSummary,
  UpdateTreatmentReferralInput,
} from '../../../../shared/courses/course.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, withAggregateTransaction, type Ctx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse } from '../../../platform/access/course-access.ts';
import * as repo from '../course.repository.ts';
import { toTreatmentReferral } from './course-read.ts';
import { blankToNull, refuse, type Problem } from './course-shared.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { ownProviderId } from '../../../platform/access/provider-scope.ts';

export async function createTreatmentReferral(
  ctx: Ctx,
  courseId: string,
  input: CreateTreatmentReferralInput,
): Promise<TreatmentReferral> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'provider');
    if (input.referredOn < course.startsOn) {
      throw refuse(
        'VALIDATION_FAILED',
        [{ field: 'referredOn', message: 'course.before_course_start', params: { date: course.startsOn } }],
        ctx.language,
      );
    }
    const { id } = await repo.insertTreatmentReferral(tx, {
      courseId: course.id,
      citizenId: course.citizenId,
      referredOn: input.referredOn,
      outreachWorker: blankToNull(input.outreachWorker) ?? null,
      createdBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'treatment_referral',
      entityId: id,
      citizenId: course.citizenId,
      criteria: { courseId: course.id },
    });
    return toTreatmentReferral((await repo.findTreatmentReferral(tx, id))!);
  });
}

export async function updateTreatmentReferral(
  ctx: Ctx,
  id: string,
  input: UpdateTreatmentReferralInput,
): Promise<TreatmentReferral> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await repo.findTreatmentReferral(tx, id);
    if (!row?.courseId) throw new AppError('NOT_FOUND', 'access.not_found');
    const course = await requireCourse(tx, ctx.actor, row.courseId, 'provider');
    // A pending referral has no outcome date; a decided one needs it, on or after the referral.
    const outcomeOn = input.outcome === 'pending' ? null : (input.outcomeOn ?? null);
    const problems: Problem[] = [];
    if (input.outcome !== 'pending' && outcomeOn === null) {
      problems.push({ field: 'outcomeOn', message: 'course.treatment_outcome_date_required' });
    } else if (outcomeOn !== null && outcomeOn < row.referredOn) {
      problems.push({
        field: 'outcomeOn',
        message: 'course.treatment_outcome_before_referral',
        params: { date: row.referredOn },
      });
    }
    if (problems.length > 0) throw refuse('VALIDATION_FAILED', problems, ctx.language);
    const outreachWorker = blankToNull(input.outreachWorker);
    await repo.updateTreatmentReferral(tx, id, {
      outcome: input.outcome,
      outcomeOn,
      outreachWorker: outreachWorker === undefined ? row.outreachWorker : outreachWorker,
    });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'treatment_referral',
      entityId: id,
      citizenId: course.citizenId,
      criteria: { courseId: course.id, outcome: input.outcome },
    });
    return toTreatmentReferral((await repo.findTreatmentReferral(tx, id))!);
  });
}

/**
 * Referred and started per provider, referred within the period (default: this year until today).
 * Counts only, over citizens the user may not see one by one; provider users get their own row.
 */
export async function summariseTreatmentReferrals(
  ctx: Ctx,
  input: { from?: string | undefined; to?: string | undefined },
): Promise<TreatmentSummary> {
  const to = input.to ?? todayInCopenhagen();
  const from = input.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw refuse('VALIDATION_FAILED', [{ field: 'to', message: 'course.period' }], ctx.language);
  const providerId = ownProviderId(ctx.actor) ?? null;
  return withAggregateTransaction(ctx, async (tx) => {
    const rows = await repo.summariseTreatmentReferrals(tx, { from, to }, providerId);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'treatment_referral_summary',
      criteria: { from, to, providerId },
    });
    return {
      from,
      to,
      rows: rows.map((r) => ({
        provider: { id: r.id, name: r.name },
        referred: Number(r.referred),
        started: Number(r.started),
        notStarted: Number(r.notStarted),
        pending: Number(r.pending),
      })),
    };
  });
}
