// Pure rules of follow-up meetings with providers (issue 14): when an agreed action is overdue, the date an
// action is closed, who may be chosen as a participant or owner, and the task an overdue action gives its
// owner. No I/O.
import type { Task } from '../../../shared/courses/talk.schemas.ts';
import type { MeetingActionStatus } from '../../../shared/meetings/meeting.schemas.ts';

/** An open action is overdue the day after its deadline (the deadline day itself is still in time). */
export function isActionOverdue(
  action: { status: MeetingActionStatus; dueOn: string },
  today: string,
): boolean {
  return action.status === 'open' && action.dueOn < today;
}

/**
 * The day an action counts as closed: kept when it stays closed, today when it is closed now, none while
 * open (a reopened action loses its closing day).
 */
export function closedOnAfter(
  current: { status: MeetingActionStatus; closedOn: string | null },
  next: MeetingActionStatus,
  today: string,
): string | null {
  if (next === 'open') return null;
  if (current.status === next && current.closedOn) return current.closedOn;
  return today;
}

/** The ids in `chosen` that are not among the people who may be chosen (deduplicated, in order). */
export function unknownPeople(chosen: readonly string[], people: readonly { id: string }[]): string[] {
  const known = new Set(people.map((p) => p.id));
  return [...new Set(chosen.filter((id) => !known.has(id)))];
}

/** Participants as chosen: each user once, external names trimmed, an empty organisation dropped. */
export function normaliseParticipants(input: {
  participantUserIds?: readonly string[] | undefined;
  externals?: readonly { name: string; organisation?: string | undefined }[] | undefined;
}): { userIds: string[]; externals: { name: string; organisation: string | null }[] } {
  return {
    userIds: [...new Set(input.participantUserIds ?? [])],
    externals: (input.externals ?? []).map((e) => ({
      name: e.name.trim(),
      organisation: e.organisation?.trim() ? e.organisation.trim() : null,
    })),
  };
}

/** A whole percent, rounded half up (2.5 % → 3 %) as the result tables round; null of nothing. */
export function percentOf(count: number, of: number): number | null {
  if (of <= 0) return null;
  return Math.floor((count * 100) / of + 0.5);
}

/**
 * The owner's task of an open action past its deadline (issue 14): due on the deadline, overdue from the
 * day after. The task list has no citizen for it.
 */
export function overdueActionTask(action: {
  id: string;
  meetingId: string;
  providerName: string;
  text: string;
  dueOn: string;
}): Task {
  return {
    key: `meeting_action:${action.id}`,
    kind: 'meeting_action',
    dueOn: action.dueOn,
    overdue: true,
    courseId: null,
    referralId: null,
    citizenName: '',
    detail: null,
    companyName: null,
    meetingId: action.meetingId,
    providerName: action.providerName,
    actionText: action.text,
  };
}
