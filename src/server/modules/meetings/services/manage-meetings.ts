// Follow-up meetings with providers (issue 14): a provider's meetings with their open actions, one meeting
// with participants, minutes, actions, comments and agenda; creating and changing a meeting. Every change
// is audited in the same transaction (never the minutes' text).
import { AppError } from '../../../../shared/errors.ts';
import type {
  CreateMeetingInput,
  Meeting,
  MeetingAction,
  ProviderMeetings,
  UpdateMeetingInput,
} from '../../../../shared/meetings/meeting.schemas.ts';
import { agendaSchema } from '../../../../shared/meetings/agenda.schemas.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import * as repo from '../meeting.repository.ts';
import { isActionOverdue, normaliseParticipants, unknownPeople } from '../meeting.rules.ts';
import {
  mayComment,
  mayManage,
  requireManage,
  requireMeetingInScope,
  requireProviderInScope,
  toPerson,
} from './meeting-scope.ts';
import { todayInCopenhagen as today } from '../../../../shared/dates.ts';

export function toAction(row: repo.ActionRow, onDate: string): MeetingAction {
  return {
    id: row.id,
    meetingId: row.meetingId,
    meetingHeldOn: row.meetingHeldOn,
    text: row.text,
    owner: { id: row.ownerId, name: row.ownerName, organisationName: row.ownerOrganisation },
    dueOn: row.dueOn,
    status: row.status,
    closedOn: row.closedOn,
    overdue: isActionOverdue(row, onDate),
  };
}

export async function listProviderMeetings(ctx: Ctx, providerId: string): Promise<ProviderMeetings> {
  const onDate = today();
  return withActorTransaction(ctx, async (tx) => {
    const provider = await requireProviderInScope(tx, ctx.actor, providerId);
    const meetings = await repo.listMeetingsOfProvider(tx, providerId, onDate);
    const actions = await repo.listOpenActionsOfProvider(tx, providerId);
    const people = mayManage(ctx.actor) ? await repo.listPeople(tx, providerId) : [];
    return {
      providerId,
      providerName: provider.name,
      today: onDate,
      meetings: meetings.map((m) => ({
        id: m.id,
        heldOn: m.heldOn,
        participants: Number(m.participants ?? 0),
        openActions: Number(m.openActions ?? 0),
        overdueActions: Number(m.overdueActions ?? 0),
        comments: Number(m.comments ?? 0),
        hasAgenda: m.hasAgenda,
      })),
      openActions: actions.map((a) => toAction(a, onDate)),
      people: people.map(toPerson),
      canManage: mayManage(ctx.actor),
      canComment: mayComment(ctx.actor),
    };
  });
}

export async function readMeeting(tx: Tx, ctx: Ctx, meeting: repo.MeetingRow): Promise<Meeting> {
  const onDate = today();
  const participants = await repo.listParticipants(tx, meeting.id);
  const actions = await repo.listActionsOfMeeting(tx, meeting.id);
  const comments = await repo.listComments(tx, meeting.id);
  const people = mayManage(ctx.actor) ? await repo.listPeople(tx, meeting.providerId) : [];
  const agenda = meeting.agenda === null ? null : agendaSchema.safeParse(meeting.agenda);
  return {
    id: meeting.id,
    providerId: meeting.providerId,
    providerName: meeting.providerName,
    today: onDate,
    heldOn: meeting.heldOn,
    minutes: meeting.minutes,
    participants: participants.map((p) => ({
      userId: p.userId,
      name: p.userName ?? p.externalName ?? '',
      organisationName: p.userId ? (p.userOrganisation ?? '') : (p.externalOrganisation ?? ''),
    })),
    actions: actions.map((a) => toAction(a, onDate)),
    comments: comments.map((c) => ({
      id: c.id,
      actionId: c.actionId,
      author: { id: c.authorId, name: c.authorName, organisationName: c.authorOrganisation },
      body: c.body,
      createdAt: new Date(c.createdAt).toISOString(),
    })),
    agenda: agenda?.success ? agenda.data : null,
    agendaGeneratedOn: meeting.agendaGeneratedOn,
    people: people.map(toPerson),
    canManage: mayManage(ctx.actor),
    canComment: mayComment(ctx.actor),
  };
}

export async function getMeeting(ctx: Ctx, meetingId: string): Promise<Meeting> {
  return withActorTransaction(ctx, async (tx) => {
    const meeting = await requireMeetingInScope(tx, ctx.actor, meetingId);
    return readMeeting(tx, ctx, meeting);
  });
}

async function checkParticipants(tx: Tx, providerId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const unknown = unknownPeople(userIds, await repo.listPeople(tx, providerId));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'validation.failed', {
      fields: { participantUserIds: 'meeting.participant_unknown' },
    });
  }
}

export async function createMeeting(
  ctx: Ctx,
  providerId: string,
  input: CreateMeetingInput,
): Promise<{ id: string }> {
  return withActorTransaction(ctx, async (tx) => {
    await requireProviderInScope(tx, ctx.actor, providerId);
    requireManage(ctx.actor);
    const participants = normaliseParticipants(input);
    await checkParticipants(tx, providerId, participants.userIds);
    const { id } = await repo.insertMeeting(tx, {
      providerId,
      heldOn: input.heldOn,
      minutes: input.minutes?.trim() ?? '',
      createdBy: ctx.actor.userId,
    });
    await repo.replaceParticipants(tx, { id, providerId }, participants.userIds, participants.externals);
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'provider_meeting',
      entityId: id,
      criteria: {
        providerId,
        heldOn: input.heldOn,
        users: participants.userIds.length,
        externals: participants.externals.length,
      },
    });
    return { id };
  });
}

export async function updateMeeting(
  ctx: Ctx,
  meetingId: string,
  input: UpdateMeetingInput,
): Promise<Meeting> {
  return withActorTransaction(ctx, async (tx) => {
    const meeting = await requireMeetingInScope(tx, ctx.actor, meetingId);
    requireManage(ctx.actor);
    const changesParticipants = input.participantUserIds !== undefined || input.externals !== undefined;
    if (changesParticipants) {
      const current = await repo.listParticipants(tx, meetingId);
      const participants = normaliseParticipants({
        participantUserIds: input.participantUserIds ?? current.flatMap((p) => (p.userId ? [p.userId] : [])),
        externals:
          input.externals ??
          current.flatMap((p) =>
            p.externalName
              ? [{ name: p.externalName, organisation: p.externalOrganisation ?? undefined }]
              : [],
          ),
      });
      await checkParticipants(tx, meeting.providerId, participants.userIds);
      await repo.replaceParticipants(tx, meeting, participants.userIds, participants.externals);
    }
    await repo.updateMeeting(tx, meetingId, {
      ...(input.heldOn !== undefined ? { heldOn: input.heldOn } : {}),
      ...(input.minutes !== undefined ? { minutes: input.minutes.trim() } : {}),
    });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'provider_meeting',
      entityId: meetingId,
      criteria: { providerId: meeting.providerId, fields: Object.keys(input) },
    });
    return readMeeting(tx, ctx, (await repo.findMeeting(tx, meetingId))!);
  });
}
