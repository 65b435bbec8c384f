// A provider's partnerships with companies: binding (forpligtende) or not, a period, and what the
// company can offer. A provider has at most one partnership with a company at a time, so the binding
// count cannot count a company twice.
import { auditAction } from '../../../platform/audit/audit-request.ts';
import type {
  CreatePartnershipInput,
  Partnership,
  UpdatePartnershipInput,
} from '../../../../shared/companies/company.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import * as repo from '../company.repository.ts';
import { isActiveOn, isValidPeriod, normaliseOffers, periodsOverlap, type Period } from '../company.rules.ts';
import { blankToNull, networkDate, notFound, requireProviderInScope } from './network-scope.ts';
import { mayAccessProvider } from '../../../platform/access/provider-scope.ts';

type PartnershipRow = NonNullable<Awaited<ReturnType<typeof repo.findPartnershipById>>>;

export function toPartnership(row: PartnershipRow, onDate: string): Partnership {
  return {
    id: row.id,
    providerId: row.providerId,
    company: { id: row.companyId, cvr: row.companyCvr, name: row.companyName, industry: row.companyIndustry },
    isBinding: row.isBinding,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    offers: normaliseOffers(row.offers),
    note: row.note,
    isActive: isActiveOn(row, onDate),
  };
}

async function refuseOverlap(
  tx: Tx,
  partnership: { providerId: string; companyId: string; id: string | null } & Period,
  field: string,
): Promise<void> {
  const others = await repo.listPartnershipPeriodsWithCompany(
    tx,
    partnership.providerId,
    partnership.companyId,
    partnership.id,
  );
  if (others.some((other) => periodsOverlap(other, partnership))) {
    throw new AppError('CONFLICT', 'company.partnership_overlap', {
      fields: { [field]: 'company.partnership_overlap' },
    });
  }
}

/** A partnership in the actor's scope; another provider's answers NOT_FOUND. */
async function requirePartnershipInScope(ctx: Ctx, tx: Tx, id: string): Promise<PartnershipRow> {
  const row = await repo.findPartnershipById(tx, id);
  if (!row || !mayAccessProvider(ctx.actor, row.providerId)) throw notFound();
  return row;
}

export async function createPartnership(
  ctx: Ctx,
  providerId: string,
  input: CreatePartnershipInput,
): Promise<Partnership> {
  return withActorTransaction(ctx, async (tx) => {
    await requireProviderInScope(tx, ctx.actor, providerId);
    const company = await repo.findCompanyById(tx, input.companyId);
    if (!company) {
      throw new AppError('VALIDATION_FAILED', 'validation.failed', {
        fields: { companyId: 'company.required' },
      });
    }
    const values = {
      providerId,
      companyId: company.id,
      isBinding: input.isBinding,
      startsOn: input.startsOn,
      endsOn: input.endsOn ?? null,
      offers: normaliseOffers(input.offers ?? []),
      note: blankToNull(input.note) ?? null,
    };
    if (!isValidPeriod(values)) {
      throw new AppError('VALIDATION_FAILED', 'validation.failed', {
        fields: { endsOn: 'company.partnership_period' },
      });
    }
    await refuseOverlap(tx, { ...values, id: null }, 'companyId');
    const { id } = await repo.insertPartnership(tx, values);
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'company_partnership',
      entityId: id,
      criteria: { providerId, companyId: company.id, isBinding: values.isBinding },
    });
    return toPartnership((await repo.findPartnershipById(tx, id))!, networkDate(undefined));
  });
}

export async function updatePartnership(
  ctx: Ctx,
  id: string,
  input: UpdatePartnershipInput,
): Promise<Partnership> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await requirePartnershipInScope(ctx, tx, id);
    const note = blankToNull(input.note);
    const values = {
      isBinding: input.isBinding ?? row.isBinding,
      startsOn: input.startsOn ?? row.startsOn,
      endsOn: input.endsOn === undefined ? row.endsOn : input.endsOn,
      offers: normaliseOffers(input.offers ?? row.offers),
      note: note === undefined ? row.note : note,
    };
    if (!isValidPeriod(values)) {
      throw new AppError('VALIDATION_FAILED', 'validation.failed', {
        fields: { endsOn: 'company.partnership_period' },
      });
    }
    await refuseOverlap(
      tx,
      { ...values, providerId: row.providerId, companyId: row.companyId, id },
      'startsOn',
    );
    await repo.updatePartnership(tx, id, values);
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'company_partnership',
      entityId: id,
      criteria: { providerId: row.providerId, fields: Object.keys(input) },
    });
    return toPartnership((await repo.findPartnershipById(tx, id))!, networkDate(undefined));
  });
}

export async function deletePartnership(ctx: Ctx, id: string): Promise<{ ok: true }> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await requirePartnershipInScope(ctx, tx, id);
    await repo.deletePartnership(tx, id);
    await auditAction(tx, ctx, {
      action: 'delete',
      entityType: 'company_partnership',
      entityId: id,
      criteria: { providerId: row.providerId, companyId: row.companyId },
    });
    return { ok: true as const };
  });
}
