// Data hooks of price indexation and the pause kinds an agreement excludes from payment (issue 14). Shapes
// from src/shared/agreements/indexation.schemas.ts (types only).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AddIndexationInput,
  AgreementPaymentTerms,
  SetPauseExclusionsInput,
} from '../../../shared/agreements/indexation.schemas.ts';
import { api } from '../../app/api.ts';
import { agreementKeys } from './agreement.api.ts';

export type { AgreementPaymentTerms };

const termsKey = (id: string) => [...agreementKeys.agreement(id), 'payment-terms'] as const;
const url = (id: string) => `/api/agreements/${encodeURIComponent(id)}`;

export function usePaymentTerms(id: string) {
  return useQuery({
    queryKey: termsKey(id),
    queryFn: ({ signal }) => api.get<AgreementPaymentTerms>(`${url(id)}/payment-terms`, { signal }),
  });
}

export function usePaymentTermChanges(id: string) {
  const queryClient = useQueryClient();
  const keep = (terms: AgreementPaymentTerms) => queryClient.setQueryData(termsKey(id), terms);
  return {
    addIndexation: useMutation({
      mutationFn: (input: AddIndexationInput) =>
        api.post<AgreementPaymentTerms>(`${url(id)}/indexations`, input),
      onSuccess: keep,
    }),
    setExclusions: useMutation({
      mutationFn: (input: SetPauseExclusionsInput) =>
        api.put<AgreementPaymentTerms>(`${url(id)}/pause-exclusions`, input),
      onSuccess: keep,
    }),
  };
}
