// Data hooks and calls of referrals (visitation). Shapes come from src/shared/courses/referral.schemas.ts
// (types only, so zod stays out of the browser bundle).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AcceptReferralInput,
  AcceptResult,
  Circumstances,
  CitizenReferrals,
  CreateEligibilityRuleInput,
  CreateReferralInput,
  EligibilityCheck,
  EligibilityRuleList,
  MentorOptions,
  Referral,
  ReferralList,
  ReferralOption,
  ReferralOptions,
  ReferralStatus,
  RejectReferralInput,
  UpdateCircumstancesInput,
  UpdateEligibilityRuleInput,
} from '../../../../shared/courses/referral.schemas.ts';
import { api, withQuery } from '../../../app/api.ts';

export type {
  Circumstances,
  CitizenReferrals,
  CreateReferralInput,
  EligibilityCheck,
  EligibilityRuleList,
  Referral,
  ReferralList,
  ReferralOption,
  ReferralStatus,
  UpdateCircumstancesInput,
};

export const REFERRAL_STATUSES: readonly ReferralStatus[] = ['pending', 'accepted', 'rejected', 'withdrawn'];

export const referralKeys = {
  all: ['referrals'] as const,
  list: (status: string, page: number) => ['referrals', 'list', status, page] as const,
  detail: (id: string) => ['referrals', 'detail', id] as const,
  ofCitizen: (citizenId: string) => ['referrals', 'citizen', citizenId] as const,
  mentors: (id: string) => ['referrals', 'mentors', id] as const,
  options: (date: string) => ['referrals', 'options', date] as const,
  circumstances: (citizenId: string) => ['referrals', 'circumstances', citizenId] as const,
  eligibility: (citizenId: string, agreementId: string, date: string) =>
    ['referrals', 'eligibility', citizenId, agreementId, date] as const,
};

const enc = encodeURIComponent;

export function useReferrals(status: string, page: number) {
  return useQuery({
    queryKey: referralKeys.list(status, page),
    queryFn: ({ signal }) => api.get<ReferralList>(withQuery('/api/referrals', { status, page }), { signal }),
  });
}

export function useReferral(id: string) {
  return useQuery({
    queryKey: referralKeys.detail(id),
    queryFn: ({ signal }) => api.get<Referral>(`/api/referrals/${enc(id)}`, { signal }),
  });
}

export function useCitizenReferrals(citizenId: string) {
  return useQuery({
    queryKey: referralKeys.ofCitizen(citizenId),
    queryFn: ({ signal }) =>
      api.get<CitizenReferrals>(`/api/citizens/${enc(citizenId)}/referrals`, { signal }),
  });
}

export function useMentorOptions(id: string) {
  return useQuery({
    queryKey: referralKeys.mentors(id),
    queryFn: ({ signal }) => api.get<MentorOptions>(`/api/referrals/${enc(id)}/mentor-options`, { signal }),
  });
}

export function useReferralOptions(date: string) {
  return useQuery({
    queryKey: referralKeys.options(date),
    queryFn: ({ signal }) =>
      api.get<ReferralOptions>(withQuery('/api/referral-options', { date }), { signal }),
  });
}

export function useCircumstances(citizenId: string) {
  return useQuery({
    queryKey: referralKeys.circumstances(citizenId),
    queryFn: ({ signal }) =>
      api.get<Circumstances>(`/api/citizens/${enc(citizenId)}/circumstances`, { signal }),
  });
}

/** The check of the chosen programme; off until one is chosen. */
export function useEligibility(citizenId: string, agreementId: string, date: string) {
  return useQuery({
    queryKey: referralKeys.eligibility(citizenId, agreementId, date),
    queryFn: ({ signal }) =>
      api.get<EligibilityCheck>(
        withQuery(`/api/citizens/${enc(citizenId)}/eligibility`, { agreementId, date }),
        {
          signal,
        },
      ),
    enabled: agreementId !== '',
  });
}

/** Refreshes every referral view (lists, pages, the start-page count, the citizen page). */
export function useRefreshReferrals(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: referralKeys.all });
}

export const referralApi = {
  saveCircumstances: (citizenId: string, input: UpdateCircumstancesInput) =>
    api.put<Circumstances>(`/api/citizens/${enc(citizenId)}/circumstances`, input),
  create: (citizenId: string, input: CreateReferralInput) =>
    api.post<Referral>(`/api/citizens/${enc(citizenId)}/referrals`, input),
  accept: (id: string, input: AcceptReferralInput) =>
    api.post<AcceptResult>(`/api/referrals/${enc(id)}/accept`, input),
  reject: (id: string, input: RejectReferralInput) =>
    api.post<Referral>(`/api/referrals/${enc(id)}/reject`, input),
  withdraw: (id: string) => api.post<Referral>(`/api/referrals/${enc(id)}/withdraw`),
};

// ---- a tender area's eligibility rules ----------------------------------------------------------

export const ruleKeys = {
  ofArea: (areaId: string) => ['eligibility-rules', areaId] as const,
};

export function useEligibilityRules(areaId: string) {
  return useQuery({
    queryKey: ruleKeys.ofArea(areaId),
    queryFn: ({ signal }) =>
      api.get<EligibilityRuleList>(`/api/tender-areas/${enc(areaId)}/eligibility-rules`, { signal }),
  });
}

export const ruleApi = {
  add: (areaId: string, input: CreateEligibilityRuleInput) =>
    api.post<EligibilityRuleList>(`/api/tender-areas/${enc(areaId)}/eligibility-rules`, input),
  update: (id: string, input: UpdateEligibilityRuleInput) =>
    api.patch<EligibilityRuleList>(`/api/eligibility-rules/${enc(id)}`, input),
};
