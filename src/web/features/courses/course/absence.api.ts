// Data hooks and calls of absence from the programme (issue 12). Shapes come from
// src/shared/courses/absence.schemas.ts (types only, so zod stays out of the browser bundle).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Absence,
  AbsenceFollowUpInput,
  CourseAbsences,
  ReportAbsenceInput,
} from '../../../../shared/courses/absence.schemas.ts';
import { api } from '../../../app/api.ts';
import { talkKeys } from '../talks/talk.api.ts';

export type { Absence, CourseAbsences };

const enc = encodeURIComponent;
const absenceKey = (courseId: string) => ['courses', 'absences', courseId] as const;

export function useCourseAbsences(courseId: string) {
  return useQuery({
    queryKey: absenceKey(courseId),
    queryFn: ({ signal }) => api.get<CourseAbsences>(`/api/courses/${enc(courseId)}/absences`, { signal }),
  });
}

/** After a change: the course's absences and the task list (a report gives the caseworker a task). */
export function useRefreshAbsences(courseId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: absenceKey(courseId) }),
      queryClient.invalidateQueries({ queryKey: talkKeys.tasks }),
    ]);
  };
}

export const absenceApi = {
  report: (courseId: string, input: ReportAbsenceInput) =>
    api.post<Absence>(`/api/courses/${enc(courseId)}/absences`, input),
  followUp: (absenceId: string, input: AbsenceFollowUpInput) =>
    api.put<Absence>(`/api/absences/${enc(absenceId)}/follow-up`, input),
};
