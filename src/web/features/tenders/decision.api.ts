// Data hooks of the committee's decision record. Shapes come from src/shared/tenders/decision.schemas.ts
// (types only, so zod stays out of the bundle).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CommitteeItemDetail,
  CommitteeItemList,
  CreateProposalInput,
  ProposalView,
  VotesInput,
} from '../../../shared/tenders/decision.schemas.ts';
import { api } from '../../app/api.ts';

export type { CommitteeItemDetail, CommitteeItemList, CreateProposalInput, ProposalView, VotesInput };

export const decisionKeys = {
  all: ['tenders-module', 'committee-items'] as const,
  item: (id: string) => ['tenders-module', 'committee-items', id] as const,
};

const enc = encodeURIComponent;

export function useCommitteeItems() {
  return useQuery({
    queryKey: decisionKeys.all,
    queryFn: ({ signal }) => api.get<CommitteeItemList>('/api/committee-items', { signal }),
  });
}

export function useCommitteeItem(id: string) {
  return useQuery({
    queryKey: decisionKeys.item(id),
    queryFn: ({ signal }) => api.get<CommitteeItemDetail>(`/api/committee-items/${enc(id)}`, { signal }),
    enabled: id !== '',
  });
}

export const decisionApi = {
  addProposal: (itemId: string, input: CreateProposalInput) =>
    api.post<CommitteeItemDetail>(`/api/committee-items/${enc(itemId)}/proposals`, input),
  recordVotes: (proposalId: string, input: VotesInput) =>
    api.put<CommitteeItemDetail>(`/api/proposals/${enc(proposalId)}/votes`, input),
};

/** After a change: the answered item goes into the cache, and the list is read again. */
export function useStoreItem() {
  const client = useQueryClient();
  return async (item: CommitteeItemDetail) => {
    client.setQueryData(decisionKeys.item(item.id), item);
    await client.invalidateQueries({ queryKey: decisionKeys.all, exact: true });
  };
}
