// Data hooks and calls of party hearing (partshøring, issue 12). Shapes come from
// src/shared/courses/party-hearing.schemas.ts (types only, so zod stays out of the browser bundle).
import { useQuery } from '@tanstack/react-query';
import type {
  CoursePartyHearings,
  PartyHearing,
  PartyHearingOutcomeInput,
  SendPartyHearingInput,
} from '../../../../shared/courses/party-hearing.schemas.ts';
import { api } from '../../../app/api.ts';
import { documentationKeys } from './documentation.api.ts';

export type { CoursePartyHearings, PartyHearing };

const enc = encodeURIComponent;

/** Under the course's documentation key, so refreshing the documentation refreshes these too. */
export const hearingKeys = {
  course: (courseId: string) => [...documentationKeys.course(courseId), 'party-hearings'] as const,
};

export function usePartyHearings(courseId: string) {
  return useQuery({
    queryKey: hearingKeys.course(courseId),
    queryFn: ({ signal }) =>
      api.get<CoursePartyHearings>(`/api/courses/${enc(courseId)}/party-hearings`, { signal }),
  });
}

export const partyHearingApi = {
  send: (courseId: string, input: SendPartyHearingInput) =>
    api.post<PartyHearing>(`/api/courses/${enc(courseId)}/party-hearings`, input),
  recordOutcome: (id: string, input: PartyHearingOutcomeInput) =>
    api.put<PartyHearing>(`/api/party-hearings/${enc(id)}/outcome`, input),
};

/** The newest hearing of a document (the list is newest first). */
export function latestHearingOf(
  hearings: readonly PartyHearing[],
  subject: PartyHearing['subject'],
  planStartId: string | null = null,
): PartyHearing | undefined {
  return hearings.find(
    (h) => h.subject === subject && (planStartId === null || h.planStartId === planStartId),
  );
}
