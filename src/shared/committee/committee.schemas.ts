// The committee's reports (issue 14): the report schedule, committee packs built from saved outcome reports
// with a frozen budget status, and the committee's decision. Request and response schemas shared by the
// server (validation, OpenAPI) and the web app (types only). Messages are keys "committee.…".
import { z } from 'zod';
import { dateSchema } from '../date-schema.ts';
import { uuidParam } from '../ids.ts';
import { budgetStatusViewSchema } from '../payments/payment.schemas.ts';
import {
  CADENCES,
  CONTENTS_MAX,
  DECISION_MAX,
  PACK_FORMATS,
  PRESENTATION_MAX,
  REPORT_KINDS,
  type Cadence,
  type PackFormat,
  type ReportKind,
} from './committee.constants.ts';

export { CADENCES, PACK_FORMATS, REPORT_KINDS };
export type { Cadence, PackFormat, ReportKind };

export const committeeIdParamsSchema = z.object({ id: uuidParam });

const title = z
  .string()
  .trim()
  .min(1, { message: 'committee.title' })
  .max(300, { message: 'committee.title' });
const text = (max: number) =>
  z.string().trim().min(1, { message: 'committee.text' }).max(max, { message: 'committee.text' });

const scheduleFields = {
  title,
  kind: z.enum(REPORT_KINDS, { message: 'committee.kind' }),
  cadence: z.enum(CADENCES, { message: 'committee.cadence' }),
  firstDueOn: dateSchema,
  /** The due dates when the cadence is 'dates'. */
  dueDates: z.array(dateSchema).max(50).default([]),
  contents: z
    .string()
    .trim()
    .min(1, { message: 'committee.contents' })
    .max(CONTENTS_MAX, { message: 'committee.contents' }),
  ownerId: z.uuid({ message: 'committee.owner' }).toLowerCase(),
};

function checkDueDates(value: { cadence?: Cadence; dueDates?: string[] }, ctx: z.RefinementCtx): void {
  if (value.cadence === 'dates' && (value.dueDates ?? []).length === 0) {
    ctx.addIssue({ code: 'custom', message: 'committee.due_dates', path: ['dueDates'] });
  }
}

export const createScheduleSchema = z.object(scheduleFields).superRefine(checkDueDates);
export type CreateScheduleInput = z.input<typeof createScheduleSchema>;

export const updateScheduleSchema = z
  .object({
    ...scheduleFields,
    dueDates: z.array(dateSchema).max(50),
    isActive: z.boolean(),
  })
  .partial()
  .superRefine(checkDueDates);
export type UpdateScheduleInput = z.input<typeof updateScheduleSchema>;

const personSchema = z.object({ id: z.string(), name: z.string() });

export const scheduleEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(REPORT_KINDS),
  cadence: z.enum(CADENCES),
  firstDueOn: z.string(),
  dueDates: z.array(z.string()),
  contents: z.string(),
  owner: personSchema,
  isActive: z.boolean(),
  /** The first due date no pack has delivered yet; null when none is left. */
  nextDueOn: z.string().nullable(),
  overdue: z.boolean(),
});
export type ScheduleEntry = z.infer<typeof scheduleEntrySchema>;

export const createPackSchema = z
  .object({
    title,
    caseNumber: z.string().trim().max(50, { message: 'committee.case_number' }).optional(),
    meetingOn: dateSchema,
    /** The saved outcome report the pack presents. */
    reportId: z.uuid({ message: 'committee.report' }).toLowerCase(),
    /** The earlier saved report it is compared with (the committee's "4 % → 7 %"). */
    previousReportId: z.uuid({ message: 'committee.report' }).toLowerCase().nullable().optional(),
    /** The year of the budget status frozen into the pack. */
    budgetYear: z.coerce
      .number({ message: 'validation.invalid' })
      .int({ message: 'validation.invalid' })
      .min(2000)
      .max(2100),
    summary: text(CONTENTS_MAX),
    recommendation: text(CONTENTS_MAX),
    presentation: text(PRESENTATION_MAX),
    /** The schedule lines the pack delivers. */
    scheduleIds: z
      .array(z.uuid({ message: 'committee.schedule_unknown' }).toLowerCase())
      .max(20)
      .default([]),
  })
  .superRefine((value, ctx) => {
    if (value.previousReportId && value.previousReportId === value.reportId) {
      ctx.addIssue({ code: 'custom', message: 'committee.same_report', path: ['previousReportId'] });
    }
  });
export type CreatePackInput = z.input<typeof createPackSchema>;

export const decisionInputSchema = z.object({
  decidedOn: dateSchema,
  decision: z
    .string()
    .trim()
    .min(1, { message: 'committee.decision' })
    .max(DECISION_MAX, { message: 'committee.decision' }),
});
export type DecisionInput = z.input<typeof decisionInputSchema>;

export const packFileQuerySchema = z.object({
  format: z.enum(PACK_FORMATS, { message: 'committee.format' }),
});

export const packSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  caseNumber: z.string().nullable(),
  meetingOn: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  hasDecision: z.boolean(),
});
export type PackSummary = z.infer<typeof packSummarySchema>;

/** A key figure of the case presentation: a table's total now and in the previous report. */
export const keyFigureSchema = z.object({
  table: z.enum(['exit', 'placement', 'plan']),
  ratePercent: z.number().int().nullable(),
  previousRatePercent: z.number().int().nullable(),
  points: z.number().int().nullable(),
});

export const decisionSchema = z.object({
  decidedOn: z.string(),
  decision: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const packSchema = packSummarySchema.extend({
  reportId: z.string(),
  reportTitle: z.string(),
  previousReportId: z.string().nullable(),
  previousReportTitle: z.string().nullable(),
  budgetYear: z.number().int(),
  budgetStatus: budgetStatusViewSchema,
  summary: z.string(),
  recommendation: z.string(),
  presentation: z.string(),
  scheduleIds: z.array(z.string()),
  keyFigures: z.array(keyFigureSchema),
  decision: decisionSchema.nullable(),
});
export type Pack = z.infer<typeof packSchema>;

export const reportOptionSchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: z.string(),
  /** Each table's total rate in the saved report (whole percent), for the case presentation's standard text. */
  totals: z.object({
    exit: z.number().nullable(),
    placement: z.number().nullable(),
    plan: z.number().nullable(),
  }),
});

export const committeeOverviewSchema = z.object({
  today: z.string(),
  schedule: z.array(scheduleEntrySchema),
  packs: z.array(packSummarySchema),
  /** Saved outcome reports a pack can be built from, newest first. */
  reports: z.array(reportOptionSchema),
  /** Who may own a schedule line: active users with the analyst or admin role. */
  owners: z.array(personSchema),
  canManage: z.boolean(),
});
export type CommitteeOverview = z.infer<typeof committeeOverviewSchema>;

export const committeeTaskSchema = z.object({
  scheduleId: z.string(),
  title: z.string(),
  kind: z.enum(REPORT_KINDS),
  dueOn: z.string(),
  overdue: z.boolean(),
});
export const committeeTaskListSchema = z.object({
  today: z.string(),
  items: z.array(committeeTaskSchema),
});
export type CommitteeTaskList = z.infer<typeof committeeTaskListSchema>;

export const packCreatedSchema = z.object({ id: z.string() });
