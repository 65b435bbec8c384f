// Data hooks and calls of follow-up meetings with providers (issue 14). Shapes come from
// src/shared/meetings/meeting.schemas.ts (types only, so zod stays out of the browser bundle).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateActionInput,
  CreateCommentInput,
  CreateMeetingInput,
  Meeting,
  MeetingAction,
  MeetingPerson,
  ProviderMeetings,
  UpdateActionInput,
  UpdateMeetingInput,
} from '../../../shared/meetings/meeting.schemas.ts';
import type {
  Complaint,
  ComplaintList,
  CreateComplaintInput,
  UpdateComplaintInput,
} from '../../../shared/meetings/complaint.schemas.ts';
import { api } from '../../app/api.ts';

export type { Complaint, Meeting, MeetingAction, MeetingPerson, ProviderMeetings };

const enc = encodeURIComponent;

export const meetingKeys = {
  all: ['meetings'] as const,
  provider: (providerId: string) => ['meetings', 'provider', providerId] as const,
  meeting: (id: string) => ['meetings', 'meeting', id] as const,
  complaints: (providerId: string) => ['meetings', 'complaints', providerId] as const,
};

export function useProviderMeetings(providerId: string) {
  return useQuery({
    queryKey: meetingKeys.provider(providerId),
    queryFn: ({ signal }) =>
      api.get<ProviderMeetings>(`/api/providers/${enc(providerId)}/meetings`, { signal }),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.meeting(id),
    queryFn: ({ signal }) => api.get<Meeting>(`/api/meetings/${enc(id)}`, { signal }),
  });
}

/** A change of a meeting: the answer is the meeting as it now is; every meetings view is refreshed. */
function useMeetingChange<V>(call: (value: V) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (meeting) => {
      queryClient.setQueryData(meetingKeys.meeting(meeting.id), meeting);
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    },
  });
}

export function useCreateMeeting(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateMeetingInput) =>
      api.post<{ id: string }>(`/api/providers/${enc(providerId)}/meetings`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

export function useUpdateMeeting(id: string) {
  return useMeetingChange((input: UpdateMeetingInput) =>
    api.patch<Meeting>(`/api/meetings/${enc(id)}`, input),
  );
}

export function useAddAction(meetingId: string) {
  return useMeetingChange((input: CreateActionInput) =>
    api.post<Meeting>(`/api/meetings/${enc(meetingId)}/actions`, input),
  );
}

export function useUpdateAction() {
  return useMeetingChange(({ id, ...input }: UpdateActionInput & { id: string }) =>
    api.patch<Meeting>(`/api/meeting-actions/${enc(id)}`, input),
  );
}

export function useAddComment(meetingId: string) {
  return useMeetingChange((input: CreateCommentInput) =>
    api.post<Meeting>(`/api/meetings/${enc(meetingId)}/comments`, input),
  );
}

export function useGenerateAgenda(meetingId: string) {
  return useMeetingChange(() => api.post<Meeting>(`/api/meetings/${enc(meetingId)}/agenda`, {}));
}

export function useComplaints(providerId: string) {
  return useQuery({
    queryKey: meetingKeys.complaints(providerId),
    queryFn: ({ signal }) =>
      api.get<ComplaintList>(`/api/providers/${enc(providerId)}/complaints`, { signal }),
  });
}

export function useCreateComplaint(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateComplaintInput) =>
      api.post<Complaint>(`/api/providers/${enc(providerId)}/complaints`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.complaints(providerId) }),
  });
}

export function useUpdateComplaint(providerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateComplaintInput & { id: string }) =>
      api.patch<Complaint>(`/api/complaints/${enc(id)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.complaints(providerId) }),
  });
}
