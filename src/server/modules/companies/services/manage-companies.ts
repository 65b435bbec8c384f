// Companies: shared master data, one row per CVR number, used by several providers' partnerships (and,
// later, by imports and internships). Everyone with network.read reads them; network.manage creates them;
// a provider user edits only companies their provider has a partnership with (or one nobody uses yet).
import { auditAction } from '../../../platform/audit/audit-request.ts';
import type {
  Company,
  CompanyList,
  CreateCompanyInput,
  UpdateCompanyInput,
} from '../../../../shared/companies/company.schemas.ts';
import { parseCvr } from '../../../../shared/cvr.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import * as repo from '../company.repository.ts';
import { blankToNull, notFound } from './network-scope.ts';
import { isProviderUser } from '../../../platform/access/provider-scope.ts';

type CompanyRow = NonNullable<Awaited<ReturnType<typeof repo.findCompanyById>>>;

function toCompany(row: CompanyRow): Company {
  return {
    id: row.id,
    cvr: row.cvr,
    name: row.name,
    address: row.address,
    district: row.district,
    industry: row.industry,
  };
}

function parseCvrOrThrow(text: string): string {
  const parsed = parseCvr(text);
  if (!parsed.ok) {
    throw new AppError('VALIDATION_FAILED', 'validation.failed', { fields: { cvr: parsed.problem } });
  }
  return parsed.cvr;
}

function duplicateCvr(existing: { cvr: string; name: string }): AppError {
  return new AppError('CONFLICT', 'company.duplicate_cvr', {
    fields: { cvr: 'company.duplicate_cvr' },
    params: { cvr: existing.cvr, name: existing.name || existing.cvr },
  });
}

/** A search by CVR number (8 digits, spaces allowed) or by part of the name; without q, all by name. */
export async function searchCompanies(
  ctx: Ctx,
  input: { q?: string | undefined; page: number },
): Promise<CompanyList> {
  const q = input.q?.trim() ?? '';
  const cvr = parseCvr(q);
  const filter: repo.CompanyFilter = cvr.ok
    ? { kind: 'cvr', cvr: cvr.cvr }
    : q
      ? { kind: 'text', text: q }
      : { kind: 'all' };
  return withActorTransaction(ctx, async (tx) => {
    const { rows, total } = await repo.findCompanies(tx, filter, input.page);
    return { items: rows.map(toCompany), total, page: input.page, pageSize: repo.PAGE_SIZE };
  });
}

export async function getCompany(ctx: Ctx, id: string): Promise<Company> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await repo.findCompanyById(tx, id);
    if (!row) throw notFound();
    return toCompany(row);
  });
}

export async function createCompany(ctx: Ctx, input: CreateCompanyInput): Promise<Company> {
  const cvr = parseCvrOrThrow(input.cvr);
  return withActorTransaction(ctx, async (tx) => {
    const existing = await repo.findCompanyByCvr(tx, cvr);
    if (existing) throw duplicateCvr(existing);
    const row = await repo.insertCompanyIfAbsent(tx, {
      cvr,
      name: input.name.trim(),
      address: blankToNull(input.address) ?? null,
      district: input.district ?? null,
      industry: blankToNull(input.industry) ?? null,
    });
    // Created by someone else between the look-up and the insert.
    if (!row) throw duplicateCvr((await repo.findCompanyByCvr(tx, cvr))!);
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'company',
      entityId: row.id,
    });
    return toCompany(row);
  });
}

export async function updateCompany(ctx: Ctx, id: string, input: UpdateCompanyInput): Promise<Company> {
  return withActorTransaction(ctx, async (tx) => {
    const existing = await repo.findCompanyById(tx, id);
    if (!existing) throw notFound();
    if (isProviderUser(ctx.actor)) {
      const ownPartner = await repo.providerHasPartnershipWith(tx, ctx.actor.organisationId, id);
      if (!ownPartner && (await repo.companyHasPartnerships(tx, id))) {
        throw new AppError('FORBIDDEN', 'company.update_forbidden');
      }
    }
    const values: Parameters<typeof repo.updateCompany>[2] = {};
    if (input.name !== undefined) values.name = input.name.trim();
    const address = blankToNull(input.address);
    if (address !== undefined) values.address = address;
    if (input.district !== undefined) values.district = input.district;
    const industry = blankToNull(input.industry);
    if (industry !== undefined) values.industry = industry;
    const row = await repo.updateCompany(tx, id, values);
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'company',
      entityId: id,
      criteria: { fields: Object.keys(values) },
    });
    return toCompany(row);
  });
}

/**
 * For other modules (imports, internships): the company with this CVR number, created when missing
 * (the name may be unknown: empty). A known name fills in an empty one. Runs in the caller's
 * transaction; the caller audits (entityType 'company') when `created` or `named` is true.
 */
export async function findOrCreateCompanyByCvr(
  tx: Tx,
  cvrText: string,
  name?: string,
): Promise<{ company: Company; created: boolean; named: boolean }> {
  const cvr = parseCvrOrThrow(cvrText);
  const knownName = name?.trim() ?? '';
  const inserted = await repo.insertCompanyIfAbsent(tx, {
    cvr,
    name: knownName,
    address: null,
    district: null,
    industry: null,
  });
  if (inserted) return { company: toCompany(inserted), created: true, named: false };
  const existing = (await repo.findCompanyByCvr(tx, cvr))!;
  if (existing.name === '' && knownName !== '') {
    const row = await repo.updateCompany(tx, existing.id, { name: knownName });
    return { company: toCompany(row), created: false, named: true };
  }
  return { company: toCompany(existing), created: false, named: false };
}
