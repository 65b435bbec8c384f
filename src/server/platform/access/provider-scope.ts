// Which provider's rows an actor may see — the provider scope of courses, referrals, agreements, billing,
// payments, capacity, meetings, networks and outcome rows:
//   provider users: their own provider's rows only; asking for another provider's answers NOT_FOUND,
//   so existence does not leak;
//   everyone else (the administration, the job centre): every provider's rows (the route's permission
//   decides what they may do with them).
// Row-level security says the same for the tables that hold citizen data (citizen-scope.ts).
import { AppError } from '../../../shared/errors.ts';
import type { ScopeOwner } from './citizen-scope.ts';

/** Whether the actor belongs to a provider (and so is limited to its own provider's rows). */
export function isProviderUser(actor: ScopeOwner): boolean {
  return actor.organisationKind === 'provider';
}

/** The provider a provider user is limited to; undefined for everyone else (they see every provider). */
export function ownProviderId(actor: ScopeOwner): string | undefined {
  return isProviderUser(actor) ? actor.organisationId : undefined;
}

/** Whether the actor may see this provider's rows. */
export function mayAccessProvider(actor: ScopeOwner, providerId: string): boolean {
  return !isProviderUser(actor) || actor.organisationId === providerId;
}

/** Whether the actor is a user of this very provider (the provider side of a course or referral). */
export function isUserOfProvider(actor: ScopeOwner, providerId: string): boolean {
  return isProviderUser(actor) && actor.organisationId === providerId;
}

/**
 * The provider a list is limited to: a provider user's own (asking for another provider's is NOT_FOUND);
 * for everyone else the one asked for, or undefined for every provider.
 */
export function providerFilterOf(actor: ScopeOwner, requested: string | undefined): string | undefined {
  if (!isProviderUser(actor)) return requested;
  if (requested && requested !== actor.organisationId) throw new AppError('NOT_FOUND', 'access.not_found');
  return actor.organisationId;
}
