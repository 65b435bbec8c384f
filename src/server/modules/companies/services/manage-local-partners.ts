// A provider's local partners (seeds 003, 004): local committees, housing associations and their social
// plans, volunteer organisations, area renewal, social services — with a contact and what the
// cooperation is about.
import { auditAction } from '../../../platform/audit/audit-request.ts';
import type {
  CreateLocalPartnerInput,
  LocalPartner,
  UpdateLocalPartnerInput,
} from '../../../../shared/companies/company.schemas.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import * as repo from '../company.repository.ts';
import { blankToNull, notFound, requireProviderInScope } from './network-scope.ts';
import { mayAccessProvider } from '../../../platform/access/provider-scope.ts';

type LocalPartnerRow = NonNullable<Awaited<ReturnType<typeof repo.findLocalPartnerById>>>;

export function toLocalPartner(row: LocalPartnerRow): LocalPartner {
  return {
    id: row.id,
    providerId: row.providerId,
    kind: row.kind,
    name: row.name,
    // Only housing associations have a social plan (boligsocial helhedsplan).
    socialPlan: row.socialPlan,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    cooperation: row.cooperation,
  };
}

async function requireLocalPartnerInScope(ctx: Ctx, tx: Tx, id: string): Promise<LocalPartnerRow> {
  const row = await repo.findLocalPartnerById(tx, id);
  if (!row || !mayAccessProvider(ctx.actor, row.providerId)) throw notFound();
  return row;
}

export async function createLocalPartner(
  ctx: Ctx,
  providerId: string,
  input: CreateLocalPartnerInput,
): Promise<LocalPartner> {
  return withActorTransaction(ctx, async (tx) => {
    await requireProviderInScope(tx, ctx.actor, providerId);
    const { id } = await repo.insertLocalPartner(tx, {
      providerId,
      kind: input.kind,
      name: input.name.trim(),
      socialPlan: blankToNull(input.socialPlan) ?? null,
      contactName: blankToNull(input.contactName) ?? null,
      contactEmail: blankToNull(input.contactEmail) ?? null,
      contactPhone: blankToNull(input.contactPhone) ?? null,
      cooperation: input.cooperation?.trim() ?? '',
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'local_partner',
      entityId: id,
      criteria: { providerId, kind: input.kind },
    });
    return toLocalPartner((await repo.findLocalPartnerById(tx, id))!);
  });
}

export async function updateLocalPartner(
  ctx: Ctx,
  id: string,
  input: UpdateLocalPartnerInput,
): Promise<LocalPartner> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await requireLocalPartnerInScope(ctx, tx, id);
    const keep = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
    await repo.updateLocalPartner(tx, id, {
      kind: input.kind ?? row.kind,
      name: input.name?.trim() ?? row.name,
      socialPlan: keep(blankToNull(input.socialPlan), row.socialPlan),
      contactName: keep(blankToNull(input.contactName), row.contactName),
      contactEmail: keep(blankToNull(input.contactEmail), row.contactEmail),
      contactPhone: keep(blankToNull(input.contactPhone), row.contactPhone),
      cooperation: input.cooperation?.trim() ?? row.cooperation,
    });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'local_partner',
      entityId: id,
      criteria: { providerId: row.providerId, fields: Object.keys(input) },
    });
    return toLocalPartner((await repo.findLocalPartnerById(tx, id))!);
  });
}

export async function deleteLocalPartner(ctx: Ctx, id: string): Promise<{ ok: true }> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await requireLocalPartnerInScope(ctx, tx, id);
    await repo.deleteLocalPartner(tx, id);
    await auditAction(tx, ctx, {
      action: 'delete',
      entityType: 'local_partner',
      entityId: id,
      criteria: { providerId: row.providerId },
    });
    return { ok: true as const };
  });
}
