// Data hooks and calls of the course part. Shapes come from src/shared/courses/course.schemas.ts (types
// only, so zod stays out of the browser bundle).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Network } from '../../../../shared/companies/company.schemas.ts';
import type { CourseStatus } from '../../../../shared/courses/course.constants.ts';
import type {
  CaseworkersInput,
  ChangeStageInput,
  CourseCounts,
  CourseDetail,
  CourseList,
  CreatePlacementInput,
  CreateTreatmentReferralInput,
  EndAftercareInput,
  EndCourseInput,
  Placement,
  StaffOptions,
  TreatmentReferral,
  UpdateCourseInput,
  UpdatePlacementInput,
  UpdateTreatmentReferralInput,
} from '../../../../shared/courses/course.schemas.ts';
import { api, withQuery } from '../../../app/api.ts';

export type { CourseCounts, CourseDetail, CourseList, Placement, StaffOptions, TreatmentReferral };

export const courseKeys = {
  all: ['courses', 'course'] as const,
  list: (status: CourseStatus, q: string, page: number) =>
    ['courses', 'course', 'list', status, q, page] as const,
  counts: ['courses', 'course', 'counts'] as const,
  detail: (id: string) => ['courses', 'course', 'detail', id] as const,
  staff: (id: string) => ['courses', 'course', 'staff', id] as const,
  network: (providerId: string) => ['courses', 'course', 'network', providerId] as const,
};

const enc = encodeURIComponent;

export function useCourseList(status: CourseStatus, q: string, page: number) {
  return useQuery({
    queryKey: courseKeys.list(status, q, page),
    queryFn: ({ signal }) =>
      api.get<CourseList>(withQuery('/api/courses', { status, q, page: page > 1 ? page : null }), { signal }),
  });
}

export function useCourseCounts() {
  return useQuery({
    queryKey: courseKeys.counts,
    queryFn: ({ signal }) => api.get<CourseCounts>('/api/courses/counts', { signal }),
  });
}

export function useCourse(id: string) {
  return useQuery({
    queryKey: courseKeys.detail(id),
    queryFn: ({ signal }) => api.get<CourseDetail>(`/api/courses/${enc(id)}`, { signal }),
    retry: false,
  });
}

export function useStaffOptions(id: string) {
  return useQuery({
    queryKey: courseKeys.staff(id),
    queryFn: ({ signal }) => api.get<StaffOptions>(`/api/courses/${enc(id)}/staff-options`, { signal }),
  });
}

/** The provider's partnerships with companies (the companies module's network), for the company picker. */
export function useProviderNetwork(providerId: string) {
  return useQuery({
    queryKey: courseKeys.network(providerId),
    queryFn: ({ signal }) => api.get<Network>(`/api/providers/${enc(providerId)}/network`, { signal }),
  });
}

/** After a change: the course page shows the answer at once; lists and counts refresh. */
export function useCourseUpdated(): (detail?: CourseDetail) => Promise<void> {
  const queryClient = useQueryClient();
  return async (detail) => {
    if (detail) queryClient.setQueryData(courseKeys.detail(detail.id), detail);
    await queryClient.invalidateQueries({ queryKey: courseKeys.all });
  };
}

export const courseApi = {
  update: (id: string, input: UpdateCourseInput) => api.patch<CourseDetail>(`/api/courses/${enc(id)}`, input),
  setCaseworkers: (id: string, input: CaseworkersInput) =>
    api.put<CourseDetail>(`/api/courses/${enc(id)}/caseworkers`, input),
  changeStage: (id: string, input: ChangeStageInput) =>
    api.post<CourseDetail>(`/api/courses/${enc(id)}/stages`, input),
  end: (id: string, input: EndCourseInput) => api.post<CourseDetail>(`/api/courses/${enc(id)}/end`, input),
  endAftercare: (id: string, input: EndAftercareInput) =>
    api.post<CourseDetail>(`/api/courses/${enc(id)}/aftercare/end`, input),
  createPlacement: (courseId: string, input: CreatePlacementInput) =>
    api.post<Placement>(`/api/courses/${enc(courseId)}/placements`, input),
  updatePlacement: (id: string, input: UpdatePlacementInput) =>
    api.patch<Placement>(`/api/placements/${enc(id)}`, input),
  deletePlacement: (id: string) => api.delete<{ ok: true }>(`/api/placements/${enc(id)}`),
  createTreatmentReferral: (courseId: string, input: CreateTreatmentReferralInput) =>
    api.post<TreatmentReferral>(`/api/courses/${enc(courseId)}/treatment-referrals`, input),
  updateTreatmentReferral: (id: string, input: UpdateTreatmentReferralInput) =>
    api.patch<TreatmentReferral>(`/api/treatment-referrals/${enc(id)}`, input),
};
