// The signed-in user as the web app knows it: one query (`/api/me`) that answers null when nobody is
// signed in, and a context for pages below the session guard. `can` only hides controls; the server
// decides.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Me } from '../../shared/auth/auth.schemas.ts';
import type { Permission } from '../../shared/permissions.ts';
import { api, isApiError } from './api.ts';

export type { Me };

export const ME_QUERY_KEY = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/me', { redirectOnUnauthenticated: false });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** Reloads the session after sign-in, so the guard sees the new user before we navigate. */
export async function refreshMe(queryClient: QueryClient): Promise<Me | null> {
  return queryClient.fetchQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 0 });
}

/** Forgets the user and everything fetched on their behalf. */
export function forgetSession(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
  queryClient.setQueryData(ME_QUERY_KEY, null);
}

export interface Session {
  me: Me;
  can(permission: Permission): boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function createSession(me: Me): Session {
  const permissions = new Set<string>(me.permissions);
  return { me, can: (permission) => permissions.has(permission) };
}

/** The session of a page rendered inside the session guard. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside the session guard');
  return session;
}
