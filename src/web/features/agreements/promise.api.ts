// Data hooks of the agreement's promises and EAN number (issue 14). Shapes from
// src/shared/agreements/promise.schemas.ts (types only).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementDetail } from '../../../shared/agreements/agreement.schemas.ts';
import type {
  CreatePromiseInput,
  PromiseList,
  PromiseView,
} from '../../../shared/agreements/promise.schemas.ts';
import { api } from '../../app/api.ts';
import { agreementKeys } from './agreement.api.ts';

export type { PromiseList, PromiseView };

const enc = encodeURIComponent;
const promisesKey = (id: string) => [...agreementKeys.all, 'promises', id] as const;

export function usePromises(agreementId: string) {
  return useQuery({
    queryKey: promisesKey(agreementId),
    queryFn: ({ signal }) => api.get<PromiseList>(`/api/agreements/${enc(agreementId)}/promises`, { signal }),
  });
}

export function usePromiseChanges(agreementId: string) {
  const queryClient = useQueryClient();
  const keep = (list: PromiseList) => queryClient.setQueryData(promisesKey(agreementId), list);
  return {
    create: useMutation({
      mutationFn: (input: CreatePromiseInput) =>
        api.post<PromiseList>(`/api/agreements/${enc(agreementId)}/promises`, input),
      onSuccess: keep,
    }),
    remove: useMutation({
      mutationFn: (promiseId: string) =>
        api.delete<PromiseList>(`/api/agreements/${enc(agreementId)}/promises/${enc(promiseId)}`),
      onSuccess: keep,
    }),
  };
}

export function useSetEan(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ean: string | null) =>
      api.put<AgreementDetail>(`/api/agreements/${enc(agreementId)}/ean`, { ean }),
    onSuccess: (detail) => queryClient.setQueryData(agreementKeys.agreement(agreementId), detail),
  });
}
