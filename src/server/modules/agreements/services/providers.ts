// Providers: organisations of kind 'provider' with their details. Everyone with agreement.read lists and
// reads them (public master data); procurement and the administration create and edit them. A provider
// user sees, on any provider's page, only their own provider's agreements.
import type {
  CreateProviderInput,
  ProviderDetail,
  ProviderList,
  ProviderSummary,
  UpdateProviderInput,
} from '../../../../shared/agreements/agreement.schemas.ts';
import { parseCvr } from '../../../../shared/cvr.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import * as agreementRepo from '../agreement.repository.ts';
import * as repo from '../../organisations/provider.service.ts';
import { codeCandidate, providerCodeFromName, resolveDistrict } from '../provider.rules.ts';
import { summariseAgreements } from './agreement-views.ts';
import { auditChange, cleanText, fieldError, isUniqueViolation, notFound, problemError } from './common.ts';
import { mayAccessProvider } from '../../../platform/access/provider-scope.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

function toSummary(row: repo.ProviderRow): ProviderSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    cvr: row.cvr,
    district: row.district,
    neighbourhood: row.neighbourhood,
    providerSince: row.providerSince,
    hasProfile: row.profileId !== null,
  };
}

export async function listProviders(ctx: Ctx): Promise<ProviderList> {
  return withActorTransaction(ctx, async (tx) => ({
    items: (await repo.findProviders(tx)).map(toSummary),
  }));
}

async function loadProvider(ctx: Ctx, tx: Tx, id: string): Promise<ProviderDetail> {
  const row = await repo.findProvider(tx, id);
  if (!row) throw notFound();
  const rows = mayAccessProvider(ctx.actor, id)
    ? await agreementRepo.findAgreements(tx, { providerId: id })
    : [];
  const agreements = await summariseAgreements(tx, rows, todayInCopenhagen());
  const years = rows.map((r) => Number(r.startsOn.slice(0, 4)));
  return {
    ...toSummary(row),
    address: row.address,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    description: row.description,
    firstAgreementYear: years.length > 0 ? Math.min(...years) : null,
    agreements,
  };
}

export async function getProvider(ctx: Ctx, id: string): Promise<ProviderDetail> {
  return withActorTransaction(ctx, (tx) => loadProvider(ctx, tx, id));
}

function cvrTaken() {
  return fieldError('cvr', 'agreement.provider_cvr_taken');
}

function parsedCvr(text: string): string {
  const parsed = parseCvr(text);
  if (!parsed.ok) throw fieldError('cvr', parsed.problem);
  return parsed.cvr;
}

/** A free code: the one asked for (refused if taken), or one made from the name with a number added. */
export async function chooseProviderCode(tx: Tx, name: string, wantedCode?: string | null): Promise<string> {
  const wanted = cleanText(wantedCode);
  if (wanted) {
    if (await repo.isOrganisationCodeTaken(tx, wanted))
      throw fieldError('code', 'agreement.provider_code_taken');
    return wanted;
  }
  const base = providerCodeFromName(name);
  for (let attempt = 1; ; attempt++) {
    const code = codeCandidate(base, attempt);
    if (!(await repo.isOrganisationCodeTaken(tx, code))) return code;
  }
}

export async function createProvider(ctx: Ctx, input: CreateProviderInput): Promise<ProviderDetail> {
  const cvr = parsedCvr(input.cvr);
  const district = resolveDistrict(input.district, input.neighbourhood);
  if (!district.ok) throw problemError(district.problem);
  try {
    return await withActorTransaction(ctx, async (tx) => {
      if (await repo.findProviderIdByCvr(tx, cvr)) throw cvrTaken();
      const code = await chooseProviderCode(tx, input.name, input.code);
      const { id } = await repo.createProviderIn(
        tx,
        { code, name: input.name.trim() },
        {
          cvr,
          district: district.district,
          neighbourhood: cleanText(input.neighbourhood),
          address: cleanText(input.address),
          contactName: cleanText(input.contactName),
          contactEmail: cleanText(input.contactEmail),
          contactPhone: cleanText(input.contactPhone),
          providerSince: input.providerSince ?? null,
          description: cleanText(input.description),
        },
      );
      await auditChange(tx, ctx, 'create', 'provider', id, { code });
      return loadProvider(ctx, tx, id);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'cvr')) throw cvrTaken();
    if (isUniqueViolation(error, 'code')) throw fieldError('code', 'agreement.provider_code_taken');
    throw error;
  }
}

export async function updateProvider(
  ctx: Ctx,
  id: string,
  input: UpdateProviderInput,
): Promise<ProviderDetail> {
  const cvr = input.cvr !== undefined ? parsedCvr(input.cvr) : undefined;
  try {
    return await withActorTransaction(ctx, async (tx) => {
      const current = await repo.findProvider(tx, id);
      if (!current) throw notFound();
      if (cvr !== undefined) {
        const holder = await repo.findProviderIdByCvr(tx, cvr);
        if (holder && holder !== id) throw cvrTaken();
      }
      const neighbourhood =
        input.neighbourhood !== undefined ? cleanText(input.neighbourhood) : current.neighbourhood;
      // The anchor is checked when it changes and for a first profile; a provider the seeds left without a
      // district (HKI) can still have its other details edited.
      const wanted = input.district !== undefined ? input.district : current.district;
      let district = current.district;
      if (
        wanted !== current.district ||
        neighbourhood !== current.neighbourhood ||
        current.profileId === null
      ) {
        const resolved = resolveDistrict(wanted, neighbourhood);
        if (!resolved.ok) throw problemError(resolved.problem);
        district = resolved.district;
      }
      if (input.name !== undefined) await repo.renameProvider(tx, id, input.name.trim());
      const values: Partial<repo.ProfileValues> = {
        district,
        neighbourhood,
        ...(cvr !== undefined ? { cvr } : {}),
        ...(input.address !== undefined ? { address: cleanText(input.address) } : {}),
        ...(input.contactName !== undefined ? { contactName: cleanText(input.contactName) } : {}),
        ...(input.contactEmail !== undefined ? { contactEmail: cleanText(input.contactEmail) } : {}),
        ...(input.contactPhone !== undefined ? { contactPhone: cleanText(input.contactPhone) } : {}),
        ...(input.providerSince !== undefined ? { providerSince: input.providerSince } : {}),
        ...(input.description !== undefined ? { description: cleanText(input.description) } : {}),
      };
      const hasProfile = current.profileId !== null;
      await repo.saveProviderProfile(
        tx,
        id,
        hasProfile
          ? values
          : {
              cvr: null,
              address: null,
              contactName: null,
              contactEmail: null,
              contactPhone: null,
              providerSince: null,
              description: null,
              ...values,
              district,
              neighbourhood,
            },
        hasProfile,
      );
      await auditChange(tx, ctx, 'update', 'provider', id, { fields: Object.keys(input) });
      return loadProvider(ctx, tx, id);
    });
  } catch (error) {
    if (isUniqueViolation(error, 'cvr')) throw cvrTaken();
    throw error;
  }
}
