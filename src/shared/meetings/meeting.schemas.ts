// Follow-up with providers (opfølgningsmøder, issue 14): meetings, participants, minutes, agreed actions and
// comments. Request and response schemas shared by the server (validation, OpenAPI) and the web app (types).
// Messages are keys of shared/meetings/meeting.messages.ts ("meeting.…").
import { z } from 'zod';
import { dateSchema } from '../date-schema.ts';
import { uuidParam } from '../ids.ts';
import { agendaSchema } from './agenda.schemas.ts';

export const MEETING_ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type MeetingActionStatus = (typeof MEETING_ACTION_STATUSES)[number];
export const MINUTES_MAX = 20000;
export const ACTION_TEXT_MAX = 2000;
export const COMMENT_MAX = 4000;
export const EXTERNAL_NAME_MAX = 200;

export const providerMeetingParamsSchema = z.object({ providerId: uuidParam });
export const meetingParamsSchema = z.object({ id: uuidParam });

const externalSchema = z.object({
  name: z.string().trim().min(1, { message: 'meeting.external_name' }).max(EXTERNAL_NAME_MAX, {
    message: 'meeting.external_name',
  }),
  organisation: z.string().trim().max(EXTERNAL_NAME_MAX, { message: 'meeting.external_name' }).optional(),
});

const minutesSchema = z.string().trim().max(MINUTES_MAX, { message: 'meeting.minutes_too_long' });

export const createMeetingSchema = z.object({
  heldOn: dateSchema,
  /** Users of indsats who took part (the administration's, the job centre's or the provider's). */
  participantUserIds: z
    .array(z.uuid({ message: 'meeting.participant' }).toLowerCase())
    .max(50)
    .default([]),
  /** Named people from outside indsats, e.g. a local partner's contact. */
  externals: z.array(externalSchema).max(50).default([]),
  minutes: minutesSchema.optional(),
});
export type CreateMeetingInput = z.input<typeof createMeetingSchema>;

export const updateMeetingSchema = createMeetingSchema.partial();
export type UpdateMeetingInput = z.input<typeof updateMeetingSchema>;

const actionText = z
  .string()
  .trim()
  .min(1, { message: 'meeting.action_text' })
  .max(ACTION_TEXT_MAX, { message: 'meeting.action_text' });

export const createActionSchema = z.object({
  text: actionText,
  ownerId: z.uuid({ message: 'meeting.owner' }).toLowerCase(),
  dueOn: dateSchema,
});
export type CreateActionInput = z.input<typeof createActionSchema>;

export const updateActionSchema = z.object({
  text: actionText.optional(),
  ownerId: z.uuid({ message: 'meeting.owner' }).toLowerCase().optional(),
  dueOn: dateSchema.optional(),
  status: z.enum(MEETING_ACTION_STATUSES, { message: 'meeting.status' }).optional(),
});
export type UpdateActionInput = z.input<typeof updateActionSchema>;

export const createCommentSchema = z.object({
  body: z
    .string()
    .trim()
    .min(1, { message: 'meeting.comment_required' })
    .max(COMMENT_MAX, { message: 'meeting.comment_too_long' }),
  /** The action the comment is about, if any (an action of the same meeting). */
  actionId: z.uuid({ message: 'meeting.action_unknown' }).toLowerCase().nullable().optional(),
});
export type CreateCommentInput = z.input<typeof createCommentSchema>;

const personSchema = z.object({ id: z.string(), name: z.string(), organisationName: z.string() });
export type MeetingPerson = z.infer<typeof personSchema>;

export const participantSchema = z.object({
  /** The user, or null for an external participant. */
  userId: z.string().nullable(),
  name: z.string(),
  organisationName: z.string(),
});
export type MeetingParticipant = z.infer<typeof participantSchema>;

export const meetingActionSchema = z.object({
  id: z.string(),
  meetingId: z.string(),
  meetingHeldOn: z.string(),
  text: z.string(),
  owner: personSchema,
  dueOn: z.string(),
  status: z.enum(MEETING_ACTION_STATUSES),
  closedOn: z.string().nullable(),
  /** Open and past its deadline (as of `today`). */
  overdue: z.boolean(),
});
export type MeetingAction = z.infer<typeof meetingActionSchema>;

export const meetingCommentSchema = z.object({
  id: z.string(),
  actionId: z.string().nullable(),
  author: personSchema,
  body: z.string(),
  createdAt: z.string(),
});
export type MeetingComment = z.infer<typeof meetingCommentSchema>;

export const meetingSummarySchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  participants: z.number().int(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  comments: z.number().int(),
  hasAgenda: z.boolean(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const providerMeetingsSchema = z.object({
  providerId: z.string(),
  providerName: z.string(),
  today: z.string(),
  meetings: z.array(meetingSummarySchema),
  /** Every open action of the provider, the earliest deadline first. */
  openActions: z.array(meetingActionSchema),
  /** Who may take part in a meeting or own an action: the administration, job centres and this provider. */
  people: z.array(personSchema),
  canManage: z.boolean(),
  canComment: z.boolean(),
});
export type ProviderMeetings = z.infer<typeof providerMeetingsSchema>;

export const meetingSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  today: z.string(),
  heldOn: z.string(),
  minutes: z.string(),
  participants: z.array(participantSchema),
  actions: z.array(meetingActionSchema),
  comments: z.array(meetingCommentSchema),
  /** The agenda as generated from the provider's figures, kept as it was (null until generated). */
  agenda: agendaSchema.nullable(),
  agendaGeneratedOn: z.string().nullable(),
  people: z.array(personSchema),
  canManage: z.boolean(),
  canComment: z.boolean(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingCreatedSchema = z.object({ id: z.string() });
