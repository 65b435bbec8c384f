// Data hooks of the agreements feature: tenders, providers, framework agreements and prices. Shapes come
// from src/shared/agreements/agreement.schemas.ts (types only, so zod stays out of the bundle).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddPriceInput,
  AgreementDetail,
  AgreementList,
  CreateAgreementInput,
  CreateProviderInput,
  CreateTenderAreaInput,
  CreateTenderInput,
  ProviderDetail,
  ProviderList,
  TenderDetail,
  TenderList,
  TerminateAgreementInput,
  TerminationPreview,
  UpdateProviderInput,
  UpdateTenderAreaInput,
  UpdateTenderInput,
} from '../../../shared/agreements/agreement.schemas.ts';
import { api, withQuery } from '../../app/api.ts';

export type {
  AgreementDetail,
  AgreementList,
  ProviderDetail,
  ProviderList,
  TenderDetail,
  TenderList,
  TerminationPreview,
};
export type AgreementSummary = AgreementList['items'][number];

export const agreementKeys = {
  all: ['agreements-module'] as const,
  tenders: ['agreements-module', 'tenders'] as const,
  tender: (id: string) => ['agreements-module', 'tender', id] as const,
  providers: ['agreements-module', 'providers'] as const,
  provider: (id: string) => ['agreements-module', 'provider', id] as const,
  agreements: (filter: AgreementFilter) => ['agreements-module', 'agreements', filter] as const,
  agreement: (id: string) => ['agreements-module', 'agreement', id] as const,
  preview: (id: string, date: string) => ['agreements-module', 'termination-preview', id, date] as const,
};

export interface AgreementFilter {
  tenderId?: string;
  tenderAreaId?: string;
  providerId?: string;
  status?: string;
  expiringWithinMonths?: number;
}

const enc = encodeURIComponent;

export function useTenders() {
  return useQuery({
    queryKey: agreementKeys.tenders,
    queryFn: ({ signal }) => api.get<TenderList>('/api/tenders', { signal }),
  });
}

export function useTender(id: string) {
  return useQuery({
    queryKey: agreementKeys.tender(id),
    queryFn: ({ signal }) => api.get<TenderDetail>(`/api/tenders/${enc(id)}`, { signal }),
    enabled: id !== '',
  });
}

export function useProviders() {
  return useQuery({
    queryKey: agreementKeys.providers,
    queryFn: ({ signal }) => api.get<ProviderList>('/api/providers', { signal }),
  });
}

export function useProvider(id: string) {
  return useQuery({
    queryKey: agreementKeys.provider(id),
    queryFn: ({ signal }) => api.get<ProviderDetail>(`/api/providers/${enc(id)}`, { signal }),
  });
}

export function useAgreements(filter: AgreementFilter = {}) {
  return useQuery({
    queryKey: agreementKeys.agreements(filter),
    queryFn: ({ signal }) => api.get<AgreementList>(withQuery('/api/agreements', { ...filter }), { signal }),
  });
}

export function useAgreement(id: string) {
  return useQuery({
    queryKey: agreementKeys.agreement(id),
    queryFn: ({ signal }) => api.get<AgreementDetail>(`/api/agreements/${enc(id)}`, { signal }),
  });
}

/** The end date termination on `date` would give; runs only for a complete date. */
export function useTerminationPreview(id: string, date: string, enabled: boolean) {
  return useQuery({
    queryKey: agreementKeys.preview(id, date),
    queryFn: ({ signal }) =>
      api.get<TerminationPreview>(
        withQuery(`/api/agreements/${enc(id)}/termination-preview`, { noticeGivenOn: date }),
        { signal },
      ),
    enabled,
    staleTime: 0,
  });
}

/** A change that answers a fresh record: everything of the module is refetched afterwards. */
function useChange<I, O>(request: (input: I) => Promise<O>, onSaved?: (result: O) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (result) => {
      onSaved?.(result);
      void queryClient.invalidateQueries({ queryKey: agreementKeys.all });
    },
  });
}

export function useCreateTender() {
  return useChange((input: CreateTenderInput) => api.post<TenderDetail>('/api/tenders', input));
}

export function useUpdateTender(id: string) {
  return useChange((input: UpdateTenderInput) => api.patch<TenderDetail>(`/api/tenders/${enc(id)}`, input));
}

export function useAddTenderArea(tenderId: string) {
  return useChange((input: CreateTenderAreaInput) =>
    api.post<TenderDetail>(`/api/tenders/${enc(tenderId)}/areas`, input),
  );
}

export function useUpdateTenderArea() {
  return useChange(({ id, ...input }: UpdateTenderAreaInput & { id: string }) =>
    api.patch<TenderDetail>(`/api/tender-areas/${enc(id)}`, input),
  );
}

export function useCreateProvider() {
  return useChange((input: CreateProviderInput) => api.post<ProviderDetail>('/api/providers', input));
}

export function useUpdateProvider(id: string) {
  return useChange((input: UpdateProviderInput) =>
    api.patch<ProviderDetail>(`/api/providers/${enc(id)}`, input),
  );
}

export function useCreateAgreement() {
  return useChange((input: CreateAgreementInput) => api.post<AgreementDetail>('/api/agreements', input));
}

export function useAgreementChanges(id: string) {
  const queryClient = useQueryClient();
  const keep = (detail: AgreementDetail) => queryClient.setQueryData(agreementKeys.agreement(id), detail);
  return {
    terminate: useChange(
      (input: TerminateAgreementInput) =>
        api.post<AgreementDetail>(`/api/agreements/${enc(id)}/terminate`, input),
      keep,
    ),
    exercise: useChange(
      (position: number) =>
        api.post<AgreementDetail>(`/api/agreements/${enc(id)}/extensions/exercise`, { position }),
      keep,
    ),
    addPrice: useChange(
      (input: AddPriceInput) => api.post<AgreementDetail>(`/api/agreements/${enc(id)}/prices`, input),
      keep,
    ),
    update: useChange(
      (input: { caseNumber?: string | null; longDurationJustification?: string | null; status?: 'active' }) =>
        api.patch<AgreementDetail>(`/api/agreements/${enc(id)}`, input),
      keep,
    ),
  };
}

export type AgreementChanges = ReturnType<typeof useAgreementChanges>;

/** Export links: plain downloads with the session cookie. */
export const EXPORTS = {
  agreements: (format: string) => `/api/agreements/export?format=${format}`,
  providers: (format: string) => `/api/providers/export?format=${format}`,
};
