// Data hooks and calls of pauses in a course (issue 14). Shapes come from src/shared/courses/pause.schemas.ts
// (types only, so zod stays out of the browser bundle).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CoursePauses, RecordPauseInput } from '../../../../shared/courses/pause.schemas.ts';
import { api } from '../../../app/api.ts';

export type { CoursePauses };

const enc = encodeURIComponent;
const pauseKey = (courseId: string) => ['courses', 'pauses', courseId] as const;

export function useCoursePauses(courseId: string) {
  return useQuery({
    queryKey: pauseKey(courseId),
    queryFn: ({ signal }) => api.get<CoursePauses>(`/api/courses/${enc(courseId)}/pauses`, { signal }),
  });
}

export function useRefreshPauses(courseId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: pauseKey(courseId) });
}

export const pauseApi = {
  record: (courseId: string, input: RecordPauseInput) =>
    api.post<CoursePauses>(`/api/courses/${enc(courseId)}/pauses`, input),
};
