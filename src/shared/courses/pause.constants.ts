// The kinds of pause in a course (issue 14), without zod, so the web app can import them. An agreement may
// exclude some kinds from payment (none by default); billing then leaves those weeks out.
export const PAUSE_KINDS = ['illness', 'hospital_stay', 'other'] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];
