// The value lists of job talks and tasks, without zod, so the web app can import them.
export const TALK_VENUES = ['provider', 'job_centre', 'phone', 'video'] as const;
export type TalkVenue = (typeof TALK_VENUES)[number];
export const TALK_OUTCOMES = ['planned', 'held', 'not_attended', 'cancelled'] as const;
export type TalkOutcomeStatus = (typeof TALK_OUTCOMES)[number];
export const TALK_OBLIGATIONS = ['first', 'follow_up'] as const;
export type TalkObligation = (typeof TALK_OBLIGATIONS)[number];
/** Where a benefit period's start comes from (talk.rules.ts benefitPeriodStart), best first. */
export const PERIOD_SOURCES = ['recorded', 'register', 'course_start'] as const;
export type PeriodSource = (typeof PERIOD_SOURCES)[number];
export const TASK_KINDS = [
  'talk_due',
  'referral_waiting',
  'internship_ending',
  'aftercare_ending',
  'documentation_missing',
  'absence_follow_up',
  // An action agreed at a follow-up meeting with a provider, past its deadline (issue 14).
  'meeting_action',
  // The next due report of a committee report schedule line, for its owner (issue 14).
  'committee_report',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
