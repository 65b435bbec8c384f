// Who may see and change which provider's meetings (issue 14). The administration and the job centre see
// every provider's; a provider's users see only their own provider's, and another provider's answers
// NOT_FOUND, so existence does not leak. Managing is the administration's and the job centre's
// (meeting.manage); commenting needs meeting.comment.

import { AppError } from '../../../../shared/errors.ts';
import type { MeetingPerson } from '../../../../shared/meetings/meeting.schemas.ts';
import { hasPermission } from '../../../../shared/permissions.ts';
import type { Actor, Tx } from '../../../platform/context.ts';
import * as repo from '../meeting.repository.ts';
import { isProviderUser, mayAccessProvider } from '../../../platform/access/provider-scope.ts';

export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'access.not_found');
}

/** A provider's users never manage meetings, whatever their roles (the administration holds them). */
export function mayManage(actor: Actor): boolean {
  return !isProviderUser(actor) && hasPermission(actor.roles, 'meeting.manage');
}

export function mayComment(actor: Actor): boolean {
  return hasPermission(actor.roles, 'meeting.comment');
}

export async function requireProviderInScope(tx: Tx, actor: Actor, providerId: string) {
  if (!mayAccessProvider(actor, providerId)) throw notFound();
  const provider = await repo.findProvider(tx, providerId);
  if (!provider) throw notFound();
  return provider;
}

export async function requireMeetingInScope(tx: Tx, actor: Actor, meetingId: string) {
  const meeting = await repo.findMeeting(tx, meetingId);
  if (!meeting || !mayAccessProvider(actor, meeting.providerId)) throw notFound();
  return meeting;
}

/** For a change: the record must be in scope (404) and the actor may manage (403). */
export function requireManage(actor: Actor): void {
  if (!mayManage(actor)) throw new AppError('FORBIDDEN', 'access.forbidden');
}

export function toPerson(row: repo.PersonRow): MeetingPerson {
  return { id: row.id, name: row.name, organisationName: row.organisationName };
}
