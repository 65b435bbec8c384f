// Data hooks of the administration pages. Shapes come from src/shared/admin/admin.schemas.ts (types
// only, so zod stays out of the bundle). Every successful change makes the app refetch (App.tsx).
import { useMutation, useQuery } from '@tanstack/react-query';
import type {
  AdminUser,
  AdminUserList,
  ChangeOwnPasswordInput,
  Codebook,
  CreateAdminUserInput,
  CreateOrganisationInput,
  HealthReport,
  OrganisationList,
  OrganisationView,
  UpdateAdminUserInput,
  UpdateOrganisationInput,
  UserWithPassword,
} from '../../../shared/admin/admin.schemas.ts';
import type {
  LocalSettingList,
  LocalSettingView,
  SetLocalSettingInput,
} from '../../../shared/admin/local-setting.schemas.ts';
import { api } from '../../app/api.ts';

export type { AdminUser, Codebook, HealthReport, LocalSettingView, OrganisationView, UserWithPassword };

const enc = encodeURIComponent;

export const adminKeys = {
  users: ['admin', 'users'] as const,
  user: (id: string) => ['admin', 'user', id] as const,
  organisations: ['admin', 'organisations'] as const,
  health: ['admin', 'health'] as const,
  codebook: ['admin', 'codebook'] as const,
};

export function useUsers() {
  return useQuery({
    queryKey: adminKeys.users,
    queryFn: ({ signal }) => api.get<AdminUserList>('/api/users', { signal }),
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: adminKeys.user(id),
    queryFn: ({ signal }) => api.get<AdminUser>(`/api/users/${enc(id)}`, { signal }),
  });
}

export function useOrganisations() {
  return useQuery({
    queryKey: adminKeys.organisations,
    queryFn: ({ signal }) => api.get<OrganisationList>('/api/organisations', { signal }),
  });
}

export function useHealth() {
  return useQuery({
    queryKey: adminKeys.health,
    queryFn: ({ signal }) => api.get<HealthReport>('/api/system/health', { signal }),
    staleTime: 0,
  });
}

export function useCodebook() {
  return useQuery({
    queryKey: adminKeys.codebook,
    queryFn: ({ signal }) => api.get<Codebook>('/api/register/codebook', { signal }),
  });
}

export function useCreateUser() {
  return useMutation({
    mutationFn: (input: CreateAdminUserInput) => api.post<UserWithPassword>('/api/users', input),
  });
}

export function useUpdateUser(id: string) {
  return useMutation({
    mutationFn: (input: UpdateAdminUserInput) => api.put<AdminUser>(`/api/users/${enc(id)}`, input),
  });
}

export function useSetUserActive(id: string) {
  return useMutation({
    mutationFn: (isActive: boolean) =>
      api.post<AdminUser>(`/api/users/${enc(id)}/${isActive ? 'reactivate' : 'deactivate'}`),
  });
}

export function useResetPassword(id: string) {
  return useMutation({
    mutationFn: () => api.post<UserWithPassword>(`/api/users/${enc(id)}/reset-password`),
  });
}

export function useCreateOrganisation() {
  return useMutation({
    mutationFn: (input: CreateOrganisationInput) => api.post<OrganisationView>('/api/organisations', input),
  });
}

export function useUpdateOrganisation(id: string) {
  return useMutation({
    mutationFn: (input: UpdateOrganisationInput) =>
      api.put<OrganisationView>(`/api/organisations/${enc(id)}`, input),
  });
}

export function useChangeOwnPassword() {
  return useMutation({
    mutationFn: (input: ChangeOwnPasswordInput) =>
      api.post<{ ok: true; endedSessions: number }>('/api/me/password', input),
  });
}

export function useLocalSettings() {
  return useQuery({
    queryKey: ['admin', 'settings'] as const,
    queryFn: ({ signal }) => api.get<LocalSettingList>('/api/settings', { signal }),
  });
}

export function useSetLocalSetting(key: string) {
  return useMutation({
    mutationFn: (input: SetLocalSettingInput) =>
      api.put<LocalSettingView>(`/api/settings/${enc(key)}`, input),
  });
}
