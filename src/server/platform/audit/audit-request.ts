// The audit row of a signed-in user's action: who it names (the user and their organisation) and the
// request it belongs to. Every module audits through these two, so an audit row names people one way.
import type { Actor, Ctx, Tx } from '../context.ts';
import { recordAudit, type AuditActor, type AuditEntry } from './audit.ts';

/** Who an audit row names: the signed-in user and their organisation. */
export function auditActor(actor: Actor): AuditActor {
  return { userId: actor.userId, username: actor.username, organisationId: actor.organisationId };
}

/** Writes the audit row of the request's action in the caller's transaction. */
export function auditAction(tx: Tx, ctx: Ctx, entry: AuditEntry): Promise<void> {
  return recordAudit(tx, auditActor(ctx.actor), ctx.requestId, entry);
}
