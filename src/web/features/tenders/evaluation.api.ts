// Data hooks of the tender evaluation. Shapes come from src/shared/tenders/evaluation.schemas.ts (types
// only, so zod stays out of the bundle). Any successful change marks all cached data stale (App.tsx).
import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  AttachmentInput,
  BidInput,
  BidList,
  BidView,
  ConsensusScoresInput,
  DecideTenderInput,
  DecisionResult,
  EvaluationOverview,
  EvaluationResult,
  EvaluationSetupInput,
  EvaluatorScoresInput,
  ScoreSheet,
} from '../../../shared/tenders/evaluation.schemas.ts';
import type {
  CommitteeItemDetail,
  CreateCommitteeItemInput,
} from '../../../shared/tenders/decision.schemas.ts';
import { api } from '../../app/api.ts';

export type {
  AreaEvaluationView,
  BidList,
  BidView,
  CriterionView,
  EvaluationOverview,
  EvaluationResult,
  RankedBid,
  ScoreSheet,
} from '../../../shared/tenders/evaluation.schemas.ts';

const enc = encodeURIComponent;
const keys = {
  overview: (id: string) => ['tenders-module', 'evaluation', id, 'overview'] as const,
  bids: (id: string) => ['tenders-module', 'evaluation', id, 'bids'] as const,
  scores: (id: string) => ['tenders-module', 'evaluation', id, 'scores'] as const,
  result: (id: string) => ['tenders-module', 'evaluation', id, 'result'] as const,
};

/** No retries on 403: the analyst's "not before the decision" is an answer, not a failure. */
const noRetryOnRefusal = (count: number, error: unknown) =>
  count < 2 && !(error instanceof Error && 'status' in error && [403, 404].includes(Number(error.status)));

export function useEvaluationOverview(tenderId: string) {
  return useQuery({
    queryKey: keys.overview(tenderId),
    queryFn: ({ signal }) =>
      api.get<EvaluationOverview>(`/api/tenders/${enc(tenderId)}/evaluation/setup`, { signal }),
    enabled: tenderId !== '',
    retry: noRetryOnRefusal,
  });
}

export function useBids(tenderId: string, enabled = true) {
  return useQuery({
    queryKey: keys.bids(tenderId),
    queryFn: ({ signal }) => api.get<BidList>(`/api/tenders/${enc(tenderId)}/bids`, { signal }),
    enabled: enabled && tenderId !== '',
    retry: noRetryOnRefusal,
  });
}

export function useScoreSheet(tenderId: string, enabled = true) {
  return useQuery({
    queryKey: keys.scores(tenderId),
    queryFn: ({ signal }) => api.get<ScoreSheet>(`/api/tenders/${enc(tenderId)}/scores`, { signal }),
    enabled: enabled && tenderId !== '',
    retry: noRetryOnRefusal,
  });
}

export function useEvaluationResult(tenderId: string, enabled = true) {
  return useQuery({
    queryKey: keys.result(tenderId),
    queryFn: ({ signal }) =>
      api.get<EvaluationResult>(`/api/tenders/${enc(tenderId)}/evaluation`, { signal }),
    enabled: enabled && tenderId !== '',
    retry: noRetryOnRefusal,
  });
}

export const reportUrl = (tenderId: string, format: 'xlsx' | 'pdf') =>
  `/api/tenders/${enc(tenderId)}/evaluation/report?format=${format}`;
export const attachmentUrl = (attachmentId: string) => `/api/tender-attachments/${enc(attachmentId)}`;

export function useSaveSetup(tenderId: string) {
  return useMutation({
    mutationFn: (input: EvaluationSetupInput) =>
      api.put<EvaluationOverview>(`/api/tenders/${enc(tenderId)}/evaluation/setup`, input),
  });
}

export function useSaveEvaluators(tenderId: string) {
  return useMutation({
    mutationFn: (userIds: string[]) =>
      api.put<EvaluationOverview>(`/api/tenders/${enc(tenderId)}/evaluation/evaluators`, { userIds }),
  });
}

export function useSaveBid(tenderId: string) {
  return useMutation({
    mutationFn: ({ bidId, input }: { bidId: string | null; input: BidInput }) =>
      bidId
        ? api.put<BidView>(`/api/tender-bids/${enc(bidId)}`, input)
        : api.post<BidView>(`/api/tenders/${enc(tenderId)}/bids`, input),
  });
}

export function useDeleteBid() {
  return useMutation({
    mutationFn: (bidId: string) => api.delete<{ id: string }>(`/api/tender-bids/${enc(bidId)}`),
  });
}

export function useAddAttachment() {
  return useMutation({
    mutationFn: ({ bidId, input }: { bidId: string; input: AttachmentInput }) =>
      api.post<BidView>(`/api/tender-bids/${enc(bidId)}/attachments`, input),
  });
}

export function useDeleteAttachment() {
  return useMutation({
    mutationFn: (attachmentId: string) => api.delete<BidView>(`/api/tender-attachments/${enc(attachmentId)}`),
  });
}

export function useSaveScores() {
  return useMutation({
    mutationFn: ({
      bidId,
      kind,
      input,
    }: {
      bidId: string;
      kind: 'consensus' | 'evaluator';
      input: ConsensusScoresInput | EvaluatorScoresInput;
    }) =>
      api.put<ScoreSheet>(
        `/api/tender-bids/${enc(bidId)}/${kind === 'consensus' ? 'consensus-scores' : 'evaluator-scores'}`,
        input,
      ),
  });
}

export function useDecideTender(tenderId: string) {
  return useMutation({
    mutationFn: (input: DecideTenderInput) =>
      api.post<DecisionResult>(`/api/tenders/${enc(tenderId)}/decision`, input),
  });
}

export function useCreateCommitteeItem() {
  return useMutation({
    mutationFn: (input: CreateCommitteeItemInput) =>
      api.post<CommitteeItemDetail>('/api/committee-items', input),
  });
}
