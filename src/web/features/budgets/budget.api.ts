// Data hooks for budgets and capacity. The shapes come from src/shared/budgets/budget.schemas.ts (types
// only, so zod stays out of the browser bundle).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BudgetDetail,
  BudgetFrame,
  BudgetFrameList,
  BudgetList,
  BudgetTablesInput,
  CapacityView,
  CreateBudgetFrameInput,
  CreateBudgetInput,
  UpdateBudgetFrameInput,
} from '../../../shared/budgets/budget.schemas.ts';
import { api, withQuery } from '../../app/api.ts';

export type { BudgetDetail, BudgetFrame, BudgetFrameList, BudgetList, CapacityView };

export interface CapacityParams {
  frameId?: string | undefined;
  year?: number | undefined;
  programmePriceOre?: number | undefined;
  programmePricePercent?: number | undefined;
}

export const budgetKeys = {
  capacity: (params: CapacityParams) => ['budgets', 'capacity', params] as const,
  frames: ['budgets', 'frames'] as const,
  frame: (id: string) => ['budgets', 'frames', id] as const,
  notes: ['budgets', 'notes'] as const,
  note: (id: string) => ['budgets', 'notes', id] as const,
};

export function capacityPath(params: CapacityParams, path = '/api/capacity'): string {
  return withQuery(path, { ...params });
}

export function useCapacity(params: CapacityParams) {
  return useQuery({
    queryKey: budgetKeys.capacity(params),
    queryFn: ({ signal }) => api.get<CapacityView>(capacityPath(params), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBudgetFrames() {
  return useQuery({
    queryKey: budgetKeys.frames,
    queryFn: ({ signal }) => api.get<BudgetFrameList>('/api/budget-frames', { signal }),
  });
}

export function useBudgetFrame(id: string | undefined) {
  return useQuery({
    queryKey: budgetKeys.frame(id ?? ''),
    queryFn: ({ signal }) =>
      api.get<BudgetFrame>(`/api/budget-frames/${encodeURIComponent(id!)}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useSaveBudgetFrame(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBudgetFrameInput | UpdateBudgetFrameInput) =>
      id
        ? api.patch<BudgetFrame>(`/api/budget-frames/${encodeURIComponent(id)}`, input)
        : api.post<BudgetFrame>('/api/budget-frames', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['budgets'] }),
  });
}

export function useBudgets() {
  return useQuery({
    queryKey: budgetKeys.notes,
    queryFn: ({ signal }) => api.get<BudgetList>('/api/budgets', { signal }),
  });
}

export function useBudget(id: string) {
  return useQuery({
    queryKey: budgetKeys.note(id),
    queryFn: ({ signal }) => api.get<BudgetDetail>(`/api/budgets/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useCreateBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateBudgetInput) => api.post<BudgetDetail>('/api/budgets', input),
    onSuccess: (budget) => {
      void queryClient.invalidateQueries({ queryKey: budgetKeys.notes });
      queryClient.setQueryData(budgetKeys.note(budget.id), budget);
    },
  });
}

export function useSaveBudgetTables(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BudgetTablesInput) =>
      api.put<BudgetDetail>(`/api/budgets/${encodeURIComponent(id)}/tables`, input),
    onSuccess: (budget) => {
      queryClient.setQueryData(budgetKeys.note(id), budget);
      void queryClient.invalidateQueries({ queryKey: budgetKeys.notes });
    },
  });
}
