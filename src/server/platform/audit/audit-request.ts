// The audit row of a signed-in user's action: who it names (the user and their organisation) and the
// request it belongs to; or an operator's action outside a request (the command line). Every module audits
// through these, so an audit row names people one way.
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

/** Who an audit row names for an operator outside a request (the command line): no user, no organisation. */
export function operatorActor(username: string): AuditActor {
  return { userId: null, username, organisationId: null };
}

/** The demo data's loader, as its rows and audit rows name it. */
export const DEMO_SEED_ACTOR: AuditActor = operatorActor('system:demo-seed');

/** Writes the audit row of an operator's action outside a request, in the caller's transaction. */
export function auditOperatorAction(tx: Tx, operator: string, entry: AuditEntry): Promise<void> {
  return recordAudit(tx, operatorActor(operator), null, entry);
}
