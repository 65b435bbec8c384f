// Complaints and incidents about a provider (issue 14), kept by the administration and the job centre
// (meeting.manage); a provider's users do not read them (the description may name a citizen who complained
// about the provider). The description and the handling are sealed with the app's key like notes; reading
// them is audited as a read, changes as changes, never with the text.
import type {
  Complaint,
  ComplaintList,
  CreateComplaintInput,
  UpdateComplaintInput,
} from '../../../../shared/meetings/complaint.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { decrypt, encrypt } from '../../../platform/crypto/keys.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import * as repo from '../complaint.repository.ts';
import { notFound, requireManage, requireProviderInScope } from './meeting-scope.ts';

function toComplaint(ctx: Ctx, row: repo.ComplaintRow): Complaint {
  return {
    id: row.id,
    providerId: row.providerId,
    receivedOn: row.receivedOn,
    kind: row.kind,
    source: row.source,
    description: decrypt(ctx.keys, row.descriptionEncrypted),
    handling: row.handlingEncrypted ? decrypt(ctx.keys, row.handlingEncrypted) : null,
    closedOn: row.closedOn,
  };
}

export async function listComplaints(ctx: Ctx, providerId: string): Promise<ComplaintList> {
  return withActorTransaction(ctx, async (tx) => {
    await requireProviderInScope(tx, ctx.actor, providerId);
    requireManage(ctx.actor);
    const rows = await repo.listComplaintsOfProvider(tx, providerId);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'provider_complaint',
      entityId: providerId,
      criteria: { providerId, count: rows.length },
    });
    return { providerId, items: rows.map((row) => toComplaint(ctx, row)) };
  });
}

export async function createComplaint(
  ctx: Ctx,
  providerId: string,
  input: CreateComplaintInput,
): Promise<Complaint> {
  return withActorTransaction(ctx, async (tx) => {
    await requireProviderInScope(tx, ctx.actor, providerId);
    requireManage(ctx.actor);
    const { id } = await repo.insertComplaint(tx, {
      providerId,
      receivedOn: input.receivedOn,
      kind: input.kind,
      source: input.source,
      descriptionEncrypted: encrypt(ctx.keys, input.description.trim()),
      createdBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'provider_complaint',
      entityId: id,
      criteria: { providerId, kind: input.kind, source: input.source, receivedOn: input.receivedOn },
    });
    return toComplaint(ctx, (await repo.findComplaint(tx, id))!);
  });
}

async function requireComplaint(tx: Tx, ctx: Ctx, id: string): Promise<repo.ComplaintRow> {
  const row = await repo.findComplaint(tx, id);
  if (!row) throw notFound();
  await requireProviderInScope(tx, ctx.actor, row.providerId);
  return row;
}

export async function updateComplaint(ctx: Ctx, id: string, input: UpdateComplaintInput): Promise<Complaint> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await requireComplaint(tx, ctx, id);
    requireManage(ctx.actor);
    const closedOn = input.closedOn === undefined ? row.closedOn : input.closedOn;
    if (closedOn !== null && closedOn < row.receivedOn) {
      throw new AppError('VALIDATION_FAILED', 'validation.failed', {
        fields: { closedOn: 'complaint.closed_before_received' },
      });
    }
    await repo.updateComplaint(tx, id, {
      handlingEncrypted:
        input.handling === undefined ? row.handlingEncrypted : encrypt(ctx.keys, input.handling.trim()),
      closedOn,
    });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'provider_complaint',
      entityId: id,
      criteria: { providerId: row.providerId, fields: Object.keys(input), closedOn },
    });
    return toComplaint(ctx, (await repo.findComplaint(tx, id))!);
  });
}

/** For the agenda: complaints open now and received in the period (counts only). */
export function countComplaintsForAgenda(tx: Tx, providerId: string, from: string, to: string) {
  return repo.countComplaints(tx, providerId, from, to);
}
