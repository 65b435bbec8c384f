// Data hooks and calls of the documentation part. Shapes come from
// src/shared/courses/documentation.schemas.ts (types only, so zod stays out of the browser bundle).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { EntryKind } from '../../../../shared/courses/documentation.constants.ts';
import type {
  CreateEntryInput,
  CreatePlanStartInput,
  Entry,
  EntryList,
  FinalReport,
  FinalReportInput,
  PlanStart,
  PlanStartList,
  WorkCapacity,
  WorkCapacityInput,
} from '../../../../shared/courses/documentation.schemas.ts';
import { api, withQuery } from '../../../app/api.ts';

export type { Entry, FinalReport, PlanStart, PlanStartList, WorkCapacity };

export const documentationKeys = {
  course: (courseId: string) => ['courses', 'documentation', courseId] as const,
  entries: (courseId: string, kind: EntryKind | '') =>
    ['courses', 'documentation', courseId, 'entries', kind] as const,
  workCapacity: (courseId: string) => ['courses', 'documentation', courseId, 'work-capacity'] as const,
  finalReport: (courseId: string) => ['courses', 'documentation', courseId, 'final-report'] as const,
  plans: (courseId: string) => ['courses', 'documentation', courseId, 'plans'] as const,
};

const enc = encodeURIComponent;
const coursePath = (courseId: string, suffix: string) => `/api/courses/${enc(courseId)}${suffix}`;

export function useEntries(courseId: string, kind: EntryKind | '') {
  return useQuery({
    queryKey: documentationKeys.entries(courseId, kind),
    queryFn: ({ signal }) =>
      api.get<EntryList>(withQuery(coursePath(courseId, '/entries'), { kind }), { signal }),
  });
}

export function useWorkCapacity(courseId: string) {
  return useQuery({
    queryKey: documentationKeys.workCapacity(courseId),
    queryFn: ({ signal }) => api.get<WorkCapacity>(coursePath(courseId, '/work-capacity'), { signal }),
  });
}

export function useFinalReport(courseId: string) {
  return useQuery({
    queryKey: documentationKeys.finalReport(courseId),
    queryFn: ({ signal }) => api.get<FinalReport>(coursePath(courseId, '/final-report'), { signal }),
  });
}

export function usePlanStarts(courseId: string) {
  return useQuery({
    queryKey: documentationKeys.plans(courseId),
    queryFn: ({ signal }) => api.get<PlanStartList>(coursePath(courseId, '/plans'), { signal }),
  });
}

/** Refreshes the course's documentation (and the task list, which reads documentation dates). */
export function useRefreshDocumentation(courseId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: documentationKeys.course(courseId) });
    await queryClient.invalidateQueries({ queryKey: ['courses', 'tasks'] });
  };
}

export const documentationApi = {
  createEntry: (courseId: string, input: CreateEntryInput) =>
    api.post<Entry>(coursePath(courseId, '/entries'), input),
  deleteEntry: (id: string) => api.delete<{ ok: true }>(`/api/entries/${enc(id)}`),
  saveWorkCapacity: (courseId: string, input: WorkCapacityInput) =>
    api.put<WorkCapacity>(coursePath(courseId, '/work-capacity'), input),
  saveFinalReport: (courseId: string, input: FinalReportInput) =>
    api.put<FinalReport>(coursePath(courseId, '/final-report'), input),
  recordPlanStart: (courseId: string, input: CreatePlanStartInput) =>
    api.post<PlanStart>(coursePath(courseId, '/plans'), input),
  deletePlanStart: (id: string) => api.delete<{ ok: true }>(`/api/plans/${enc(id)}`),
};

/** The PDF "input to the preparatory plan"; the date chooses its document type (default today). */
export function planInputHref(courseId: string, date?: string): string {
  return withQuery(coursePath(courseId, '/plan-input.pdf'), { date });
}
