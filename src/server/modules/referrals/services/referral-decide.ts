// The provider's answer to a referral, and the job centre's withdrawal. Only a pending referral is
// decided. Accepting creates the course (shared semantics of issue 4): the course row under the
// referral's agreement, its first stage, the referring caseworker as the course's caseworker and the
// chosen mentor.
import type {
  AcceptReferralInput,
  AcceptResult,
  MentorOptions,
  Referral,
  RejectReferralInput,
} from '../../../../shared/courses/referral.schemas.ts';
import { AppError, fieldError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { checkTransition, insertCourseFromReferral } from '../../courses/course.service.ts';
import * as repo from '../referral.repository.ts';
import { requireReferral, toReferral } from './referral-common.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { mayActOnCourse } from '../../../platform/access/course-scope.ts';
import { isUserOfProvider } from '../../../platform/access/provider-scope.ts';

type Side = 'provider' | 'job_centre';

/** The referral in scope, acted on from the right side, still pending. */
async function requirePending(ctx: Ctx, tx: Tx, id: string, side: Side): Promise<repo.ReferralRow> {
  const row = await requireReferral(ctx, tx, id);
  if (!mayActOnCourse(ctx.actor, row, side)) throw new AppError('FORBIDDEN', 'access.forbidden');
  if (row.status !== 'pending') throw new AppError('INVALID_STATE', 'referral.not_pending');
  return row;
}

async function auditDecision(tx: Tx, ctx: Ctx, row: repo.ReferralRow, criteria: Record<string, unknown>) {
  await auditAction(tx, ctx, {
    action: 'update',
    entityType: 'referral',
    entityId: row.id,
    citizenId: row.citizenId,
    criteria,
  });
}

export async function acceptReferral(
  ctx: Ctx,
  id: string,
  input: AcceptReferralInput,
): Promise<AcceptResult> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await requirePending(ctx, tx, id, 'provider');
    const firstStage = input.firstStage ?? 'internal_training';
    if (!checkTransition(null, firstStage).ok) throw fieldError('firstStage', 'referral.first_stage');
    if (input.startsOn < row.referredOn) throw fieldError('startsOn', 'referral.start_before_referral');
    const agreement = await repo.findAgreement(tx, row.agreementId);
    if (!agreement || input.startsOn < agreement.startsOn || input.startsOn > agreement.endsOn) {
      throw fieldError('startsOn', 'referral.start_outside_agreement');
    }
    const mentorUserId = input.mentorUserId ?? null;
    if (mentorUserId !== null) {
      const mentors = await repo.listMentorOptions(tx, row.providerId);
      if (!mentors.some((m) => m.id === mentorUserId))
        throw fieldError('mentorUserId', 'referral.mentor_unknown');
    }
    if (await repo.hasActiveCourse(tx, row.citizenId)) {
      throw new AppError('CONFLICT', 'referral.already_in_course');
    }
    const courseId = await insertCourseFromReferral(tx, {
      referralId: row.id,
      citizenId: row.citizenId,
      providerId: row.providerId,
      agreementId: row.agreementId,
      mentorUserId,
      startsOn: input.startsOn,
      firstStage,
      createdBy: ctx.actor.userId,
      caseworkerId: row.referredBy,
    });
    await repo.updateReferralStatus(tx, id, {
      status: 'accepted',
      decidedBy: ctx.actor.userId,
      decidedOn: todayInCopenhagen(),
      decisionReason: null,
    });
    await auditDecision(tx, ctx, row, { status: 'accepted', courseId });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'course',
      entityId: courseId,
      citizenId: row.citizenId,
      criteria: { referralId: id, startsOn: input.startsOn, firstStage, mentorUserId },
    });
    return { referral: toReferral(ctx, await requireReferral(ctx, tx, id)), courseId };
  });
}

export async function rejectReferral(ctx: Ctx, id: string, input: RejectReferralInput): Promise<Referral> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await requirePending(ctx, tx, id, 'provider');
    const reason = input.reason.trim();
    if (!reason) throw fieldError('reason', 'referral.reason_required');
    await repo.updateReferralStatus(tx, id, {
      status: 'rejected',
      decidedBy: ctx.actor.userId,
      decidedOn: todayInCopenhagen(),
      decisionReason: reason,
    });
    await auditDecision(tx, ctx, row, { status: 'rejected' });
    return toReferral(ctx, await requireReferral(ctx, tx, id));
  });
}

/** The job centre takes back a referral that is still waiting; the provider no longer sees it. */
export async function withdrawReferral(ctx: Ctx, id: string): Promise<Referral> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await requirePending(ctx, tx, id, 'job_centre');
    await repo.updateReferralStatus(tx, id, { status: 'withdrawn' });
    await auditDecision(tx, ctx, row, { status: 'withdrawn' });
    return toReferral(ctx, await requireReferral(ctx, tx, id));
  });
}

/** Who may be the citizen's mentor: active staff and leads of the provider the referral is to. */
export async function listMentorOptions(ctx: Ctx, id: string): Promise<MentorOptions> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await requireReferral(ctx, tx, id);
    if (!isUserOfProvider(ctx.actor, row.providerId)) {
      throw new AppError('FORBIDDEN', 'access.forbidden');
    }
    return { items: await repo.listMentorOptions(tx, row.providerId) };
  });
}
