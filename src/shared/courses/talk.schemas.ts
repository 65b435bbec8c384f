// Job talks (jobsamtaler), their follow-up statistics (timeliness and attendance per provider and
// programme) and the user's task list. Request and response schemas shared by the server (validation,
// OpenAPI) and the web app (types). Messages are keys of shared/messages.ts ("talk.…").
import { z } from 'zod';
import { uuidParam } from '../ids.ts';
import { EXPORT_FORMATS } from '../export-formats.ts';

import {
  PERIOD_SOURCES,
  TALK_OBLIGATIONS,
  TALK_OUTCOMES,
  TALK_VENUES,
  TASK_KINDS,
  type PeriodSource,
  type TalkObligation,
  type TalkOutcomeStatus,
  type TalkVenue,
  type TaskKind,
} from './talk.constants.ts';
import { dateSchema } from '../date-schema.ts';

export { PERIOD_SOURCES, TALK_OBLIGATIONS, TALK_OUTCOMES, TALK_VENUES, TASK_KINDS };
export type { PeriodSource, TalkObligation, TalkOutcomeStatus, TalkVenue, TaskKind };

export const courseParamsSchema = z.object({ id: uuidParam });
export const talkParamsSchema = z.object({ id: uuidParam });

// Talks

export const createTalkSchema = z.object({
  scheduledOn: dateSchema,
  venue: z.enum(TALK_VENUES, { message: 'talk.venue' }),
});
export type CreateTalkInput = z.input<typeof createTalkSchema>;

/** A talk on the citizen page: with or without a course (the course must be the citizen's). */
export const createCitizenTalkSchema = createTalkSchema.extend({
  courseId: z.uuid({ message: 'talk.course_not_citizen' }).toLowerCase().nullable().optional(),
});
export type CreateCitizenTalkInput = z.input<typeof createCitizenTalkSchema>;

/** heldOn is required when the outcome is "held" (and not in the future), and cleared otherwise. */
export const updateTalkSchema = z.object({
  scheduledOn: dateSchema.optional(),
  venue: z.enum(TALK_VENUES, { message: 'talk.venue' }).optional(),
  outcome: z.enum(TALK_OUTCOMES, { message: 'talk.outcome' }).optional(),
  heldOn: dateSchema.nullable().optional(),
});
export type UpdateTalkInput = z.input<typeof updateTalkSchema>;

export const talkSchema = z.object({
  id: z.string(),
  courseId: z.string().nullable(),
  citizenId: z.string(),
  obligation: z.enum(TALK_OBLIGATIONS),
  /** The deadline of the obligation the talk meets; null when the rule sets none ("when needed"). */
  deadline: z.string().nullable(),
  ruleSource: z.string().nullable(),
  scheduledOn: z.string(),
  venue: z.enum(TALK_VENUES),
  outcome: z.enum(TALK_OUTCOMES),
  heldOn: z.string().nullable(),
  /** Held on or before the deadline; null while not held. */
  timely: z.boolean().nullable(),
});
export type Talk = z.infer<typeof talkSchema>;

export const nextTalkSchema = z.object({
  obligation: z.enum(TALK_OBLIGATIONS),
  /** The day the obligation arose: the period's start (first talk), the last held talk, or the first period's end. */
  arose: z.string(),
  deadline: z.string().nullable(),
  ruleSource: z.string(),
  /** The benefit period's first day (LAB § 9): the first request for help, or derived (register, course start). */
  periodStartsOn: z.string(),
  /** Where the start comes from: recorded by the caseworker, the register's first benefit week, the course start. */
  periodSource: z.enum(PERIOD_SOURCES),
  /** True when the first request for help is not recorded (periodSource is not "recorded"). */
  periodDerived: z.boolean(),
  overdue: z.boolean(),
  /** The first planned talk that meets the obligation, if one is scheduled. */
  planned: z.object({ id: z.string(), scheduledOn: z.string() }).nullable(),
});
export type NextTalk = z.infer<typeof nextTalkSchema>;

export const courseTalksSchema = z.object({
  courseId: z.string(),
  today: z.string(),
  /** The next required talk; null when the course has ended. */
  next: nextTalkSchema.nullable(),
  talks: z.array(talkSchema),
  /** The user may schedule talks and record outcomes (the job centre's side). */
  canManage: z.boolean(),
});
export type CourseTalks = z.infer<typeof courseTalksSchema>;

export const citizenTalksSchema = z.object({
  citizenId: z.string(),
  today: z.string(),
  /** The benefit period as of today; null when nothing tells its start. */
  period: z.object({ startsOn: z.string(), source: z.enum(PERIOD_SOURCES) }).nullable(),
  /** The next required talk of the period; null when the period is not known. */
  next: nextTalkSchema.nullable(),
  /** Every talk of the citizen the user may see, with or without a course, oldest first. */
  talks: z.array(talkSchema),
  /** The citizen's courses a talk may be linked to. */
  courses: z.array(
    z.object({
      id: z.string(),
      providerName: z.string(),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
    }),
  ),
  /** The user may schedule talks and record outcomes (the citizen's job centre). */
  canManage: z.boolean(),
});
export type CitizenTalks = z.infer<typeof citizenTalksSchema>;

// Follow-up statistics

export const followUpQuerySchema = z
  .object({
    from: dateSchema.optional(),
    to: dateSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'talk.period', path: ['to'] });
export type FollowUpQuery = z.input<typeof followUpQuerySchema>;

export const followUpExportQuerySchema = z
  .object({
    from: dateSchema.optional(),
    to: dateSchema.optional(),
    format: z.enum(EXPORT_FORMATS).default('xlsx'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'talk.period', path: ['to'] });

/** An exact fraction and its whole percent (null when the denominator is 0). */
export const rateSchema = z.object({
  numerator: z.number().int(),
  denominator: z.number().int(),
  percent: z.number().int().nullable(),
});
export type Rate = z.infer<typeof rateSchema>;

export const talkCountsSchema = z.object({
  /** Called (indkaldt) = held + not attended; cancelled and still planned talks are not counted. */
  called: z.number().int(),
  held: z.number().int(),
  notAttended: z.number().int(),
  timely: z.number().int(),
  /** timely / held */
  timeliness: rateSchema,
  /** held / called */
  attendance: rateSchema,
});
export type TalkCounts = z.infer<typeof talkCountsSchema>;

export const followUpRowSchema = talkCountsSchema.extend({
  providerId: z.string(),
  providerName: z.string(),
  /** The programme: the tender area of the course's agreement; null for courses without one. */
  tenderAreaId: z.string().nullable(),
  programmeName: z.string().nullable(),
  tenderName: z.string().nullable(),
});
export type FollowUpRow = z.infer<typeof followUpRowSchema>;

export const followUpSchema = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(followUpRowSchema),
  /** The rows shown, added up. */
  total: talkCountsSchema,
  /** All activity-ready citizens aged 30 or over, whatever their provider (seed 004). */
  comparison: talkCountsSchema,
});
export type FollowUp = z.infer<typeof followUpSchema>;

// Tasks

export const taskSchema = z.object({
  /** Unique in the list: kind and record. */
  key: z.string(),
  kind: z.enum(TASK_KINDS),
  dueOn: z.string(),
  overdue: z.boolean(),
  courseId: z.string().nullable(),
  referralId: z.string().nullable(),
  citizenName: z.string(),
  /** What the title needs: the talk's obligation, the company of an internship, the missing document. */
  detail: z.enum(['first', 'follow_up', 'entries', 'final_report', 'answer', 'waiting']).nullable(),
  companyName: z.string().nullable(),
  /** A meeting action's task (issue 14): its meeting, the provider and what was agreed. */
  meetingId: z.string().nullable().optional(),
  providerName: z.string().nullable().optional(),
  actionText: z.string().nullable().optional(),
  /** A committee report's task (issue 14): the schedule line's title. */
  reportTitle: z.string().nullable().optional(),
});
export type Task = z.infer<typeof taskSchema>;

export const taskListSchema = z.object({
  today: z.string(),
  items: z.array(taskSchema),
});
export type TaskList = z.infer<typeof taskListSchema>;
