// Reading the network: one provider's partnerships, local partners and binding-partnership indicator,
// and the indicator for every provider the user may see. The requirement (10–15 in seed 003) comes from
// the tender behind the provider's agreement in force, through the agreements service.
import type { Indicator, Network, NetworkOverview } from '../../../../shared/companies/company.schemas.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { getPartnershipRequirement } from '../../agreements/agreement.service.ts';
import * as repo from '../company.repository.ts';
import { countActiveBinding, indicatorStatus, type Period } from '../company.rules.ts';
import { toLocalPartner } from './manage-local-partners.ts';
import { toPartnership } from './manage-partnerships.ts';
import { networkDate, requireProviderInScope } from './network-scope.ts';
import { mayAccessProvider } from '../../../platform/access/provider-scope.ts';

async function buildIndicator(
  tx: Tx,
  provider: { id: string; name: string },
  partnerships: readonly (Period & { isBinding: boolean })[],
  onDate: string,
): Promise<Indicator> {
  const requirement = await getPartnershipRequirement(tx, provider.id, onDate);
  const bindingCount = countActiveBinding(partnerships, onDate);
  return {
    providerId: provider.id,
    providerName: provider.name,
    onDate,
    bindingCount,
    min: requirement?.min ?? null,
    max: requirement?.max ?? null,
    ...indicatorStatus(bindingCount, requirement),
    tenderName: requirement?.tenderName ?? null,
  };
}

/** Loads a provider's network in an open transaction (also used by the export). */
export async function loadNetwork(ctx: Ctx, tx: Tx, providerId: string, onDate: string) {
  const provider = await requireProviderInScope(tx, ctx.actor, providerId);
  const [partnerships, localPartners] = await Promise.all([
    repo.listPartnershipsOfProvider(tx, providerId),
    repo.listLocalPartnersOfProvider(tx, providerId),
  ]);
  return {
    provider,
    network: {
      provider: { id: provider.id, name: provider.name },
      indicator: await buildIndicator(tx, provider, partnerships, onDate),
      partnerships: partnerships.map((row) => toPartnership(row, onDate)),
      localPartners: localPartners.map(toLocalPartner),
    } satisfies Network,
  };
}

export async function getProviderNetwork(
  ctx: Ctx,
  providerId: string,
  input: { onDate?: string | undefined } = {},
): Promise<Network> {
  const onDate = networkDate(input.onDate);
  return withActorTransaction(ctx, async (tx) => (await loadNetwork(ctx, tx, providerId, onDate)).network);
}

/** The indicator for every provider in scope: all providers, or a provider user's own. */
export async function getNetworkOverview(
  ctx: Ctx,
  input: { onDate?: string | undefined } = {},
): Promise<NetworkOverview> {
  const onDate = networkDate(input.onDate);
  return withActorTransaction(ctx, async (tx) => {
    const providers = (await repo.listProviders(tx)).filter((p) => mayAccessProvider(ctx.actor, p.id));
    const periods = await repo.listPartnershipPeriods(
      tx,
      providers.map((p) => p.id),
    );
    const items: Indicator[] = [];
    for (const provider of providers) {
      const own = periods.filter((p) => p.providerId === provider.id);
      items.push(await buildIndicator(tx, provider, own, onDate));
    }
    return { onDate, items };
  });
}
