// Agreed actions and comments of a follow-up meeting (issue 14): the administration and the job centre add
// and change actions (owner, deadline, status); the provider's lead and the administration comment. The
// owner must be someone who could take part (the administration, a job centre or the provider). Every change
// is audited in the same transaction (never the text).
import type { Task } from '../../../../shared/courses/talk.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import type {
  CreateActionInput,
  CreateCommentInput,
  Meeting,
  UpdateActionInput,
} from '../../../../shared/meetings/meeting.schemas.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import * as repo from '../meeting.repository.ts';
import { closedOnAfter, overdueActionTask, unknownPeople } from '../meeting.rules.ts';
import { readMeeting } from './manage-meetings.ts';
import { mayComment, notFound, requireManage, requireMeetingInScope } from './meeting-scope.ts';
import { todayInCopenhagen as today } from '../../../../shared/dates.ts';
import { mayAccessProvider } from '../../../platform/access/provider-scope.ts';

async function checkOwner(tx: Tx, providerId: string, ownerId: string): Promise<void> {
  if (unknownPeople([ownerId], await repo.listPeople(tx, providerId)).length > 0) {
    throw new AppError('VALIDATION_FAILED', 'validation.failed', {
      fields: { ownerId: 'meeting.owner_unknown' },
    });
  }
}

export async function addAction(ctx: Ctx, meetingId: string, input: CreateActionInput): Promise<Meeting> {
  return withActorTransaction(ctx, async (tx) => {
    const meeting = await requireMeetingInScope(tx, ctx.actor, meetingId);
    requireManage(ctx.actor);
    await checkOwner(tx, meeting.providerId, input.ownerId);
    const { id } = await repo.insertAction(tx, {
      meetingId,
      providerId: meeting.providerId,
      text: input.text.trim(),
      ownerId: input.ownerId,
      dueOn: input.dueOn,
      createdBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'provider_meeting_action',
      entityId: id,
      criteria: { providerId: meeting.providerId, meetingId, ownerId: input.ownerId, dueOn: input.dueOn },
    });
    return readMeeting(tx, ctx, meeting);
  });
}

export async function updateAction(ctx: Ctx, actionId: string, input: UpdateActionInput): Promise<Meeting> {
  const onDate = today();
  return withActorTransaction(ctx, async (tx) => {
    const action = await repo.findAction(tx, actionId);
    if (!action || !mayAccessProvider(ctx.actor, action.providerId)) throw notFound();
    requireManage(ctx.actor);
    if (input.ownerId !== undefined && input.ownerId !== action.ownerId)
      await checkOwner(tx, action.providerId, input.ownerId);
    const status = input.status ?? action.status;
    await repo.updateAction(tx, actionId, {
      text: input.text?.trim() ?? action.text,
      ownerId: input.ownerId ?? action.ownerId,
      dueOn: input.dueOn ?? action.dueOn,
      status,
      closedOn: closedOnAfter(action, status, onDate),
    });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'provider_meeting_action',
      entityId: actionId,
      criteria: {
        providerId: action.providerId,
        meetingId: action.meetingId,
        fields: Object.keys(input),
        ...(input.status ? { status: input.status } : {}),
      },
    });
    return readMeeting(tx, ctx, (await repo.findMeeting(tx, action.meetingId))!);
  });
}

export async function addComment(ctx: Ctx, meetingId: string, input: CreateCommentInput): Promise<Meeting> {
  return withActorTransaction(ctx, async (tx) => {
    const meeting = await requireMeetingInScope(tx, ctx.actor, meetingId);
    if (!mayComment(ctx.actor)) throw new AppError('FORBIDDEN', 'access.forbidden');
    const actionId = input.actionId ?? null;
    if (actionId !== null) {
      const action = await repo.findAction(tx, actionId);
      if (!action || action.meetingId !== meetingId) {
        throw new AppError('VALIDATION_FAILED', 'validation.failed', {
          fields: { actionId: 'meeting.action_unknown' },
        });
      }
    }
    const { id } = await repo.insertComment(tx, {
      meetingId,
      providerId: meeting.providerId,
      actionId,
      authorId: ctx.actor.userId,
      body: input.body.trim(),
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'provider_meeting_comment',
      entityId: id,
      criteria: { providerId: meeting.providerId, meetingId, actionId },
    });
    return readMeeting(tx, ctx, meeting);
  });
}

/** The signed-in user's own open actions past their deadline, as tasks for their task list (issue 14). */
export async function listOverdueActionTasks(ctx: Ctx): Promise<Task[]> {
  const onDate = today();
  return withActorTransaction(ctx, async (tx) => {
    const rows = await repo.listOverdueActionsOfOwner(tx, ctx.actor.userId, onDate);
    return rows.map(overdueActionTask);
  });
}
