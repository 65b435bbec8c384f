// Data hooks and calls of the committee's reports (issue 14). Shapes come from
// src/shared/committee/committee.schemas.ts (types only, so zod stays out of the browser bundle).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CommitteeOverview,
  CommitteeTaskList,
  CreatePackInput,
  CreateScheduleInput,
  DecisionInput,
  Pack,
  ScheduleEntry,
  UpdateScheduleInput,
} from '../../../shared/committee/committee.schemas.ts';
import type { PackFormat } from '../../../shared/committee/committee.constants.ts';
import { api } from '../../app/api.ts';

export type { CommitteeOverview, Pack, ScheduleEntry };

const enc = encodeURIComponent;

export const committeeKeys = {
  all: ['committee'] as const,
  overview: ['committee', 'overview'] as const,
  tasks: ['committee', 'tasks'] as const,
  pack: (id: string) => ['committee', 'pack', id] as const,
};

export function useCommitteeOverview() {
  return useQuery({
    queryKey: committeeKeys.overview,
    queryFn: ({ signal }) => api.get<CommitteeOverview>('/api/committee', { signal }),
  });
}

export function useCommitteeTasks() {
  return useQuery({
    queryKey: committeeKeys.tasks,
    queryFn: ({ signal }) => api.get<CommitteeTaskList>('/api/committee/tasks', { signal }),
  });
}

export function usePack(id: string) {
  return useQuery({
    queryKey: committeeKeys.pack(id),
    queryFn: ({ signal }) => api.get<Pack>(`/api/committee/packs/${enc(id)}`, { signal }),
  });
}

function useCommitteeChange<V, R>(call: (value: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}

export function useCreateSchedule() {
  return useCommitteeChange((input: CreateScheduleInput) =>
    api.post<ScheduleEntry>('/api/committee/schedule', input),
  );
}

export function useUpdateSchedule() {
  return useCommitteeChange(({ id, ...input }: UpdateScheduleInput & { id: string }) =>
    api.patch<ScheduleEntry>(`/api/committee/schedule/${enc(id)}`, input),
  );
}

export function useCreatePack() {
  return useCommitteeChange((input: CreatePackInput) =>
    api.post<{ id: string }>('/api/committee/packs', input),
  );
}

export function useRecordDecision(packId: string) {
  return useCommitteeChange((input: DecisionInput) =>
    api.post<Pack>(`/api/committee/packs/${enc(packId)}/decision`, input),
  );
}

export function packFileHref(packId: string, format: PackFormat): string {
  return `/api/committee/packs/${enc(packId)}/file?format=${format}`;
}
