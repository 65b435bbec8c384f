// Data hooks and calls of the company network. Shapes come from src/shared/companies/company.schemas.ts
// (types only, so zod stays out of the browser bundle).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Company,
  CompanyList,
  CreateCompanyInput,
  CreateLocalPartnerInput,
  CreatePartnershipInput,
  Indicator,
  LocalPartner,
  Network,
  NetworkOverview,
  Partnership,
  UpdateLocalPartnerInput,
  UpdatePartnershipInput,
} from '../../../shared/companies/company.schemas.ts';
import { api, withQuery } from '../../app/api.ts';

export type { Company, Indicator, LocalPartner, Network, NetworkOverview, Partnership };

export const networkKeys = {
  all: ['companies'] as const,
  overview: ['companies', 'overview'] as const,
  network: (providerId: string) => ['companies', 'network', providerId] as const,
};

const enc = encodeURIComponent;

export function useNetworkOverview() {
  return useQuery({
    queryKey: networkKeys.overview,
    queryFn: ({ signal }) => api.get<NetworkOverview>('/api/network/overview', { signal }),
  });
}

export function useProviderNetwork(providerId: string) {
  return useQuery({
    queryKey: networkKeys.network(providerId),
    queryFn: ({ signal }) => api.get<Network>(`/api/providers/${enc(providerId)}/network`, { signal }),
  });
}

/** Refreshes every network view (the page, the overview and the start-page indicator). */
export function useRefreshNetwork(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: networkKeys.all });
}

/** The company with exactly this CVR number (8 digits), if indsats knows it. */
export async function findCompanyByCvr(cvr: string): Promise<Company | undefined> {
  const list = await api.get<CompanyList>(withQuery('/api/companies', { q: cvr }));
  return list.items.find((company) => company.cvr === cvr);
}

export const networkApi = {
  createCompany: (input: CreateCompanyInput) => api.post<Company>('/api/companies', input),
  createPartnership: (providerId: string, input: CreatePartnershipInput) =>
    api.post<Partnership>(`/api/providers/${enc(providerId)}/partnerships`, input),
  updatePartnership: (id: string, input: UpdatePartnershipInput) =>
    api.patch<Partnership>(`/api/partnerships/${enc(id)}`, input),
  deletePartnership: (id: string) => api.delete<{ ok: true }>(`/api/partnerships/${enc(id)}`),
  createLocalPartner: (providerId: string, input: CreateLocalPartnerInput) =>
    api.post<LocalPartner>(`/api/providers/${enc(providerId)}/local-partners`, input),
  updateLocalPartner: (id: string, input: UpdateLocalPartnerInput) =>
    api.patch<LocalPartner>(`/api/local-partners/${enc(id)}`, input),
  deleteLocalPartner: (id: string) => api.delete<{ ok: true }>(`/api/local-partners/${enc(id)}`),
};

export function exportHref(providerId: string, format: 'xlsx' | 'csv' | 'csv-en'): string {
  return `/api/providers/${enc(providerId)}/network/export?format=${format}`;
}
