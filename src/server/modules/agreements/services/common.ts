// What the agreements use cases share: the audit record of a change, and turning a rule's refusal into an
// AppError. (Today's date is shared/dates.ts; the provider scope is platform/access/provider-scope.ts.)
import { AppError, fieldError } from '../../../../shared/errors.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Ctx, Tx } from '../../../platform/context.ts';
import type { RuleProblem } from '../agreement.rules.ts';

// Shared helpers, re-exported for the module's use cases.
export { fieldError } from '../../../../shared/errors.ts';
export { cleanText } from '../../../../shared/text-input.ts';
export { isUniqueViolation } from '../../../platform/db/unique-violation.ts';

export type EntityType = 'tender' | 'tender_area' | 'provider' | 'framework_agreement' | 'agreement_price';

/** Every change is audited in the same transaction (ARCHITECTURE.md "Security model"). */
export async function auditChange(
  tx: Tx,
  ctx: Ctx,
  action: 'create' | 'update' | 'delete',
  entityType: EntityType,
  entityId: string,
  criteria?: Record<string, unknown>,
): Promise<void> {
  await recordAudit(
    tx,
    { userId: ctx.actor.userId, username: ctx.actor.username, organisationId: ctx.actor.organisationId },
    ctx.requestId,
    { action, entityType, entityId, ...(criteria ? { criteria } : {}) },
  );
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'access.not_found');
}

/** A field problem names the field (400 with the message on the input); a state problem is 422. */
export function problemError(problem: RuleProblem): AppError {
  if (problem.kind === 'field' && problem.field)
    return fieldError(problem.field, problem.key, problem.params);
  return new AppError('INVALID_STATE', problem.key, { params: problem.params ?? {} });
}
