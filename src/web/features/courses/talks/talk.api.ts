// Data hooks and calls of job talks, follow-up and tasks. Shapes come from
// src/shared/courses/talk.schemas.ts (types only, so zod stays out of the browser bundle).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CourseTalks,
  CreateTalkInput,
  FollowUp,
  Talk,
  TaskList,
  UpdateTalkInput,
} from '../../../../shared/courses/talk.schemas.ts';
import type { TreatmentSummary } from '../../../../shared/courses/course.schemas.ts';
import { api, withQuery } from '../../../app/api.ts';

export type { CourseTalks, FollowUp, Talk, TaskList };

export const talkKeys = {
  course: (courseId: string) => ['courses', 'talks', courseId] as const,
  tasks: ['courses', 'tasks'] as const,
  followUp: (from: string, to: string) => ['courses', 'followup', from, to] as const,
};

const enc = encodeURIComponent;

export function useCourseTalks(courseId: string) {
  return useQuery({
    queryKey: talkKeys.course(courseId),
    queryFn: ({ signal }) => api.get<CourseTalks>(`/api/courses/${enc(courseId)}/talks`, { signal }),
  });
}

export function useTasks() {
  return useQuery({
    queryKey: talkKeys.tasks,
    queryFn: ({ signal }) => api.get<TaskList>('/api/tasks', { signal }),
  });
}

/** Empty from/to: the server's default period (this year until today). */
export function useFollowUp(from: string, to: string) {
  return useQuery({
    queryKey: talkKeys.followUp(from, to),
    queryFn: ({ signal }) => api.get<FollowUp>(withQuery('/api/followup/talks', { from, to }), { signal }),
  });
}

/** Refreshes the course's talks and the task list (a talk changes what is due). */
export function useRefreshTalks(courseId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: talkKeys.course(courseId) }),
      queryClient.invalidateQueries({ queryKey: talkKeys.tasks }),
    ]);
  };
}

export const talkApi = {
  create: (courseId: string, input: CreateTalkInput) =>
    api.post<Talk>(`/api/courses/${enc(courseId)}/talks`, input),
  update: (id: string, input: UpdateTalkInput) => api.patch<Talk>(`/api/talks/${enc(id)}`, input),
};

export function followUpExportHref(format: 'xlsx' | 'csv' | 'csv-en', from: string, to: string): string {
  return withQuery('/api/followup/talks/export', { from, to, format });
}

/** Referrals to abuse treatment per provider in the period (the Sydhavnen measure). */
export function useTreatmentSummary(from: string, to: string) {
  return useQuery({
    queryKey: ['treatment-summary', from, to],
    queryFn: ({ signal }) =>
      api.get<TreatmentSummary>(withQuery('/api/treatment-referrals/summary', { from, to }), { signal }),
  });
}
