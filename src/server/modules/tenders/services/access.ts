// What the evaluation use cases share: who may see bids (procurement and the administration always, other
// readers once the tender is decided), the read-only state after the decision, the award model that must
// exist, audit rows, and refusals whose field messages name what they are about.
import { AppError } from '../../../../shared/errors.ts';
import { translate } from '../../../../shared/messages.ts';
import { hasPermission } from '../../../../shared/permissions.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import type { Ctx, Tx } from '../../../platform/context.ts';
import type { AuditAction } from '../../../platform/db/schema.ts';
import * as evaluations from '../evaluation.repository.ts';
import type { SetupProblem } from '../evaluation-setup.rules.ts';

export type EvaluationEntity =
  | 'tender'
  | 'tender_area'
  | 'tender_evaluation'
  | 'tender_bid'
  | 'tender_bid_attachment'
  | 'tender_score'
  | 'tender_consensus_score';

export async function audit(
  tx: Tx,
  ctx: Ctx,
  action: AuditAction,
  entityType: EvaluationEntity,
  entityId: string,
  criteria?: Record<string, unknown>,
): Promise<void> {
  const { userId, username, organisationId } = ctx.actor;
  await recordAudit(tx, { userId, username, organisationId }, ctx.requestId, {
    action,
    entityType,
    entityId,
    ...(criteria ? { criteria } : {}),
  });
}

export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'access.not_found');
}

export function mayManage(ctx: Ctx): boolean {
  return hasPermission(ctx.actor.roles, 'tender.manage');
}

/** Bids, scores and rankings stay with procurement and the administration until the tender is decided. */
export function maySeeBids(ctx: Ctx, tender: { decidedOn: string | null }): boolean {
  return mayManage(ctx) || tender.decidedOn !== null;
}

export async function tenderForBids(tx: Tx, ctx: Ctx, tenderId: string): Promise<evaluations.TenderRow> {
  const tender = await evaluations.findTender(tx, tenderId);
  if (!tender) throw notFound();
  if (!maySeeBids(ctx, tender)) throw new AppError('FORBIDDEN', 'tender.bids_before_decision');
  return tender;
}

function danishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** The tender locked for a change; refused once decided (scores and bids are then read-only). */
export async function openTender(tx: Tx, tenderId: string): Promise<evaluations.TenderRow> {
  const tender = await evaluations.lockTender(tx, tenderId);
  if (!tender) throw notFound();
  if (tender.decidedOn !== null) {
    throw new AppError('INVALID_STATE', 'tender.decided_read_only', {
      params: { date: danishDate(tender.decidedOn) },
    });
  }
  return tender;
}

export async function settingsOf(tx: Tx, tenderId: string): Promise<evaluations.SettingsRow> {
  const settings = await evaluations.findSettings(tx, tenderId);
  if (!settings) throw new AppError('INVALID_STATE', 'tender.no_evaluation');
  return settings;
}

/** One 400 answer with every problem on its field, each message already in the user's language. */
export function refuse(ctx: Ctx, problems: readonly SetupProblem[]): AppError {
  const text = (p: SetupProblem) => translate(ctx.language, p.key, p.params ?? {});
  const fields: Record<string, string> = {};
  for (const problem of problems) fields[problem.field] ??= text(problem);
  return new AppError('VALIDATION_FAILED', text(problems[0]!), { fields });
}
