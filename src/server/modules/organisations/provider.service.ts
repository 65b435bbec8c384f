// Providers as organisations: an organisation of kind 'provider' and its details (provider_profile). The
// organisations module owns both tables (platform/db/table-owners.ts); this is the one way to create a
// provider, used by the providers page and tender decisions (agreements module) and by `indsats import
// providers`. The callers check their input and audit in their own transaction, passed in here.
import type { Tx } from '../../platform/context.ts';
import * as repo from './provider.repository.ts';

export type { ProviderRow, ProfileValues } from './provider.repository.ts';
export {
  findProviders,
  findProvider,
  findProviderIdByCvr,
  isOrganisationCodeTaken,
} from './provider.repository.ts';

/** Creates the provider organisation with its details; the code must be free (the caller chooses it). */
export async function createProviderIn(
  tx: Tx,
  organisation: { code: string; name: string },
  profile: repo.ProfileValues,
): Promise<{ id: string }> {
  const { id } = await repo.insertProviderOrganisation(tx, organisation);
  await repo.insertProfile(tx, id, profile);
  return { id };
}

export function renameProvider(tx: Tx, id: string, name: string): Promise<void> {
  return repo.renameOrganisation(tx, id, name);
}

/** Saves a provider's details: creates its profile when it has none, else changes the fields given. */
export async function saveProviderProfile(
  tx: Tx,
  id: string,
  values: repo.ProfileValues | Partial<repo.ProfileValues>,
  hasProfile: boolean,
): Promise<void> {
  if (hasProfile) await repo.updateProfile(tx, id, values);
  else await repo.insertProfile(tx, id, values as repo.ProfileValues);
}

/** The import's columns of a provider: district and CVR number; the profile is created when missing. */
export function setProviderAnchor(tx: Tx, id: string, values: { district: string; cvr: string | null }) {
  return repo.upsertAnchor(tx, id, values);
}
