// Data hooks and calls of job talks, follow-up and tasks. Shapes come from
// src/shared/courses/talk.schemas.ts (types only, so zod stays out of the browser bundle).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CitizenTalks,
  CourseTalks,
  CreateCitizenTalkInput,
  CreateTalkInput,
  NextTalk,
  FollowUp,
  Talk,
  TaskList,
  UpdateTalkInput,
} from '../../../../shared/courses/talk.schemas.ts';
import type { TreatmentSummary } from '../../../../shared/courses/course.schemas.ts';
import { api, withQuery } from '../../../app/api.ts';

export type { CitizenTalks, CourseTalks, FollowUp, NextTalk, Talk, TaskList };

export const talkKeys = {
  course: (courseId: string) => ['courses', 'talks', courseId] as const,
  citizen: (citizenId: string) => ['courses', 'citizen-talks', citizenId] as const,
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

export function useCitizenTalks(citizenId: string) {
  return useQuery({
    queryKey: talkKeys.citizen(citizenId),
    queryFn: ({ signal }) => api.get<CitizenTalks>(`/api/citizens/${enc(citizenId)}/talks`, { signal }),
  });
}

/** Refreshes the citizen's talks, every course's talks (a talk may be on one) and the task list. */
export function useRefreshCitizenTalks(citizenId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: talkKeys.citizen(citizenId) }),
      queryClient.invalidateQueries({ queryKey: ['courses', 'talks'] }),
      queryClient.invalidateQueries({ queryKey: talkKeys.tasks }),
    ]);
  };
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
      queryClient.invalidateQueries({ queryKey: ['courses', 'citizen-talks'] }),
      queryClient.invalidateQueries({ queryKey: talkKeys.tasks }),
    ]);
  };
}

export const talkApi = {
  create: (courseId: string, input: CreateTalkInput) =>
    api.post<Talk>(`/api/courses/${enc(courseId)}/talks`, input),
  createForCitizen: (citizenId: string, input: CreateCitizenTalkInput) =>
    api.post<Talk>(`/api/citizens/${enc(citizenId)}/talks`, input),
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
