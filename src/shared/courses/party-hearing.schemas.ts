// Party hearing (partshøring, issue 12): the job centre sends the provider's documentation to the citizen
// for comments before a decision on flexjob or disability pension, and records the comments or that none
// came. Request and response schemas shared by the server (validation, OpenAPI) and the web app (types).
// Messages are keys of shared/messages.ts ("party_hearing.…").
import { z } from 'zod';
import { uuidParam } from '../ids.ts';
import {
  PARTY_HEARING_COMMENTS_MAX,
  PARTY_HEARING_METHODS,
  PARTY_HEARING_OUTCOMES,
  PARTY_HEARING_SUBJECTS,
  type PartyHearingMethod,
  type PartyHearingOutcome,
  type PartyHearingSubject,
} from './party-hearing.constants.ts';
import { dateSchema } from '../date-schema.ts';

export { PARTY_HEARING_METHODS, PARTY_HEARING_OUTCOMES, PARTY_HEARING_SUBJECTS };
export type { PartyHearingMethod, PartyHearingOutcome, PartyHearingSubject };

export const partyHearingParamsSchema = z.object({ id: uuidParam });

export const sendPartyHearingSchema = z
  .object({
    subject: z.enum(PARTY_HEARING_SUBJECTS, { message: 'party_hearing.subject' }),
    /** Required when the subject is a plan: the plan start whose input was sent. */
    planStartId: z.uuid({ message: 'party_hearing.plan_required' }).toLowerCase().nullable().optional(),
    sentOn: dateSchema,
    deadlineOn: dateSchema,
    method: z.enum(PARTY_HEARING_METHODS, { message: 'party_hearing.method' }),
  })
  .refine((v) => v.subject !== 'plan' || !!v.planStartId, {
    message: 'party_hearing.plan_required',
    path: ['planStartId'],
  });
export type SendPartyHearingInput = z.input<typeof sendPartyHearingSchema>;

export const partyHearingOutcomeSchema = z
  .object({
    outcome: z.enum(PARTY_HEARING_OUTCOMES, { message: 'party_hearing.outcome' }),
    /** Comments: the day they were received; no comments: the day it was noted (after the deadline). */
    outcomeOn: dateSchema,
    /** Required for comments: the citizen's comments as received (sealed in the database). */
    comments: z
      .string()
      .trim()
      .max(PARTY_HEARING_COMMENTS_MAX, { message: 'party_hearing.comments_too_long' })
      .nullable()
      .optional(),
  })
  .refine((v) => v.outcome !== 'comments' || !!v.comments, {
    message: 'party_hearing.comments_required',
    path: ['comments'],
  });
export type PartyHearingOutcomeInput = z.input<typeof partyHearingOutcomeSchema>;

const userRefSchema = z.object({ id: z.string(), name: z.string() }).nullable();

export const partyHearingSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  subject: z.enum(PARTY_HEARING_SUBJECTS),
  planStartId: z.string().nullable(),
  /** The plan start's date, for a plan's input. */
  planStartedOn: z.string().nullable(),
  sentOn: z.string(),
  deadlineOn: z.string(),
  method: z.enum(PARTY_HEARING_METHODS),
  sentBy: userRefSchema,
  outcome: z.enum(PARTY_HEARING_OUTCOMES).nullable(),
  outcomeOn: z.string().nullable(),
  /** The citizen's comments: only for the job centre; null for the provider and when none. */
  comments: z.string().nullable(),
  /** Comments were recorded but this user may not read them (the provider). */
  commentsHidden: z.boolean(),
  /** Comments arrived after the deadline (they are still part of the case). */
  receivedAfterDeadline: z.boolean(),
  /** The document was changed after it was sent: the citizen has not seen the current version. */
  changedSinceSent: z.boolean(),
  outcomeBy: userRefSchema,
});
export type PartyHearing = z.infer<typeof partyHearingSchema>;

export const coursePartyHearingsSchema = z.object({
  courseId: z.string(),
  hearings: z.array(partyHearingSchema),
  /** The citizen's job centre sends documentation and records comments (forvaltningsloven § 19). */
  canManage: z.boolean(),
});
export type CoursePartyHearings = z.infer<typeof coursePartyHearingsSchema>;
