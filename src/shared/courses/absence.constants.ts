// The value lists of absence from the programme (issue 12), without zod, so the web app can import them.
export const ABSENCE_REASONS = ['illness', 'personal', 'no_show', 'other'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];
/** What the caseworker did: contact made, a reasonable reason, or a sanction decision (aktivloven) on a date. */
export const ABSENCE_FOLLOW_UPS = ['contact_made', 'reasonable_reason', 'sanction_decision'] as const;
export type AbsenceFollowUp = (typeof ABSENCE_FOLLOW_UPS)[number];
