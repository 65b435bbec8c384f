// Data hooks for citizens. The shapes come from src/shared/citizens/citizen.schemas.ts (types only, so
// zod stays out of the browser bundle).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccessLog,
  CitizenDetail,
  CitizenList,
  CreateCitizenInput,
} from '../../../shared/citizens/citizen.schemas.ts';
import { api, withQuery } from '../../app/api.ts';

export type { AccessLog, CitizenDetail, CitizenList, CreateCitizenInput };
export type AccessLogEntry = AccessLog['items'][number];

export const citizenKeys = {
  all: ['citizens'] as const,
  list: (q: string, page: number) => ['citizens', 'list', q, page] as const,
  detail: (id: string) => ['citizens', 'detail', id] as const,
  accessLog: (id: string) => ['citizens', 'access-log', id] as const,
};

/** A search (q) or, without q, the first citizens the user may see. Every call is audited. */
export function useCitizenList(q: string, page: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: citizenKeys.list(q, page),
    queryFn: ({ signal }) => api.get<CitizenList>(withQuery('/api/citizens', { q, page }), { signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useCitizen(id: string) {
  return useQuery({
    queryKey: citizenKeys.detail(id),
    queryFn: ({ signal }) => api.get<CitizenDetail>(`/api/citizens/${encodeURIComponent(id)}`, { signal }),
  });
}

/** Mounted after the citizen has loaded, so the log already holds the read that showed this page. */
export function useAccessLog(id: string) {
  return useQuery({
    queryKey: citizenKeys.accessLog(id),
    queryFn: ({ signal }) =>
      api.get<AccessLog>(`/api/citizens/${encodeURIComponent(id)}/access-log`, { signal }),
    staleTime: 0,
  });
}

/** The citizen's access export (GDPR art. 15): a plain download with the session cookie, audited. */
export function citizenExportHref(id: string, format: 'pdf' | 'json'): string {
  return withQuery(`/api/citizens/${encodeURIComponent(id)}/export`, { format });
}

export function useCreateCitizen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCitizenInput) => api.post<CitizenDetail>('/api/citizens', input),
    onSuccess: (citizen) => {
      void queryClient.invalidateQueries({ queryKey: ['citizens', 'list'] });
      queryClient.setQueryData(citizenKeys.detail(citizen.id), citizen);
    },
  });
}
