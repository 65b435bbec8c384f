// Who an audit row names: the signed-in user and their organisation.
import type { AuditActor } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/context.ts';

export function auditActor(actor: Actor): AuditActor {
  return { userId: actor.userId, username: actor.username, organisationId: actor.organisationId };
}
