// Who may see and change which provider's network. Provider users see and maintain only their own
// provider's partnerships and local partners; another provider's answers NOT_FOUND, so existence does
// not leak. The administration (procurement, admin) maintains any provider's; caseworkers and analysts
// read all (the route's permission decides reading or writing).
import { AppError } from '../../../../shared/errors.ts';
import type { Actor, Tx } from '../../../platform/context.ts';
import * as repo from '../company.repository.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { mayAccessProvider } from '../../../platform/access/provider-scope.ts';

export function notFound(): AppError {
  return new AppError('NOT_FOUND', 'access.not_found');
}

/** The provider, if it is one and in the actor's scope; else NOT_FOUND. */
export async function requireProviderInScope(tx: Tx, actor: Actor, providerId: string) {
  if (!mayAccessProvider(actor, providerId)) throw notFound();
  const provider = await repo.findProvider(tx, providerId);
  if (!provider) throw notFound();
  return provider;
}

/** The day the network is looked at: given, or today in Copenhagen. */
export function networkDate(onDate: string | undefined): string {
  return onDate ?? todayInCopenhagen();
}

/** Optional text as typed: missing stays missing (a PATCH leaves it), empty becomes null. */
export function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
