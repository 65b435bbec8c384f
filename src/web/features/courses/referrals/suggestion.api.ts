// The suggested providers of a citizen's referral on a date (issue 12, item 5). Under the "referrals"
// key, so saving circumstances or referring (useRefreshReferrals) asks again.
import { useQuery } from '@tanstack/react-query';
import type {
  ReferralSuggestion,
  ReferralSuggestions,
  SuggestionReason,
} from '../../../../shared/courses/referral-suggestion.schemas.ts';
import { api, withQuery } from '../../../app/api.ts';

export type { ReferralSuggestion, ReferralSuggestions, SuggestionReason };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function useReferralSuggestions(citizenId: string, date: string) {
  return useQuery({
    queryKey: ['referrals', 'suggestions', citizenId, date] as const,
    queryFn: ({ signal }) =>
      api.get<ReferralSuggestions>(
        withQuery(`/api/citizens/${encodeURIComponent(citizenId)}/referral-suggestions`, { date }),
        { signal },
      ),
    // Off while the date field holds half a date.
    enabled: ISO_DATE.test(date),
  });
}
