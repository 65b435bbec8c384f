// The kinds of promise a provider makes in its bid or agreement (issue 14), and where a promise stands.
// Three kinds indsats records and compares; 'other' is free text with a number and a unit.
export const PROMISE_KINDS = ['binding_partnerships', 'local_partners', 'mentor_ratio', 'other'] as const;
export type PromiseKind = (typeof PROMISE_KINDS)[number];

export const PROMISE_SOURCES = ['bid', 'agreement'] as const;
export type PromiseSource = (typeof PROMISE_SOURCES)[number];

/**
 * met / not_met: compared with what indsats records; not_recorded: a kind indsats does not record;
 * not_measurable: a mentor ratio while no running course has a mentor.
 */
export const PROMISE_STATUSES = ['met', 'not_met', 'not_recorded', 'not_measurable'] as const;
export type PromiseStatus = (typeof PROMISE_STATUSES)[number];

/** The largest promised value (in whole units) the form and the database take. */
export const MAX_PROMISED = 1_000_000;
