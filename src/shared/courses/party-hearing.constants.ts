// Party hearing (partshøring, issue 12): what can be sent to the citizen for comments, how, and what came
// back. Shared by the database types, the API schemas and the web app.

/** The documentation sent: the work-capacity description, the final report, or a plan start's input. */
export const PARTY_HEARING_SUBJECTS = ['work_capacity', 'final_report', 'plan'] as const;
export type PartyHearingSubject = (typeof PARTY_HEARING_SUBJECTS)[number];

/** How it was sent: Digital Post, a letter, or handed over at a meeting. */
export const PARTY_HEARING_METHODS = ['digital_post', 'letter', 'in_person'] as const;
export type PartyHearingMethod = (typeof PARTY_HEARING_METHODS)[number];

/** What came back: comments (received on a date), or none by the deadline. */
export const PARTY_HEARING_OUTCOMES = ['comments', 'no_comments'] as const;
export type PartyHearingOutcome = (typeof PARTY_HEARING_OUTCOMES)[number];

/** The citizen's comments as recorded: long enough for a letter's text. */
export const PARTY_HEARING_COMMENTS_MAX = 20_000;

/** The web form's suggested deadline: 14 days after sending (a product default, not a rule of law). */
export const PARTY_HEARING_DEFAULT_DAYS = 14;
