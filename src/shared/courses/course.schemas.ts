// The course API (issue 4): the course list and page, mentor and caseworkers, stages, the end and
// aftercare, placements (virksomhedsplacering) and referrals to abuse treatment. Request and response
// schemas shared by the server (validation, OpenAPI) and the web app (types only: zod stays out of the
// browser bundle). Messages are keys of shared/messages.ts.
import { z } from 'zod';
import { nameText } from '../text-schemas.ts';
import { uuidParam } from '../ids.ts';
import { CITIZEN_RESPONSES, OFFER_TYPES } from './referral.schemas.ts';
import {
  COURSE_END_REASONS,
  COURSE_STAGES,
  COURSE_STATUSES,
  EXTENSION_BASES,
  MAX_WEEKLY_HOURS_TENTHS,
  PLACEMENT_KINDS,
  TREATMENT_OUTCOMES,
  parseWeeklyHours,
} from './course.constants.ts';
import { dateSchema } from '../date-schema.ts';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const courseParamsSchema = z.object({ id: uuidParam });

// ---- list ----------------------------------------------------------------------------------------

export const courseListQuerySchema = z.object({
  status: z.enum(COURSE_STATUSES).default('active'),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type CourseListQuery = z.output<typeof courseListQuerySchema>;

const personSchema = z.object({ id: z.string(), name: z.string() });

const courseDatesSchema = {
  startsOn: z.string(),
  plannedEndsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  endReason: z.enum(COURSE_END_REASONS).nullable(),
  aftercareStartsOn: z.string().nullable(),
  aftercarePlannedEndsOn: z.string().nullable(),
  aftercareEndsOn: z.string().nullable(),
};

export const courseSummarySchema = z.object({
  id: z.string(),
  citizen: personSchema,
  provider: personSchema,
  stage: z.enum(COURSE_STAGES).nullable(),
  mentor: personSchema.nullable(),
  ...courseDatesSchema,
});
export type CourseSummary = z.infer<typeof courseSummarySchema>;

export const courseListSchema = z.object({
  items: z.array(courseSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CourseList = z.infer<typeof courseListSchema>;

export const courseCountsSchema = z.object({ active: z.number().int(), aftercare: z.number().int() });
export type CourseCounts = z.infer<typeof courseCountsSchema>;

// ---- the course page -----------------------------------------------------------------------------

export const internshipCheckSchema = z.object({
  weeks: z.number().int(),
  maxWeeks: z.number().int(),
  ok: z.boolean(),
  /** The rule version's source (LAB § 61 …), in force when the internship started. */
  source: z.string(),
});
export type InternshipCheckResult = z.infer<typeof internshipCheckSchema>;

export const placementSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  company: z.object({ id: z.string(), name: z.string(), cvr: z.string() }),
  kind: z.enum(PLACEMENT_KINDS),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  /** Hours a week as a decimal (7.5). */
  weeklyHours: z.number().nullable(),
  extensionBasis: z.enum(EXTENSION_BASES),
  specialNeedExtensions: z.number().int(),
  assessmentNote: z.string().nullable(),
  /** Internships with an end date: the length against LAB § 61. */
  internshipCheck: internshipCheckSchema.nullable(),
});
export type Placement = z.infer<typeof placementSchema>;

export const treatmentReferralSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  referredOn: z.string(),
  outreachWorker: z.string().nullable(),
  outcome: z.enum(TREATMENT_OUTCOMES),
  outcomeOn: z.string().nullable(),
});
export type TreatmentReferral = z.infer<typeof treatmentReferralSchema>;

export const stageRowSchema = z.object({
  id: z.string(),
  stage: z.enum(COURSE_STAGES),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
});
export type StageRow = z.infer<typeof stageRowSchema>;

export const courseDetailSchema = z.object({
  id: z.string(),
  /** Whose side the user is on: the provider running the course or the citizen's job centre. */
  side: z.enum(['provider', 'job_centre']),
  /** active: the programme runs; aftercare: in aftercare; ended: all over. */
  status: z.enum(['active', 'aftercare', 'ended']),
  citizen: z.object({ id: z.string(), name: z.string(), cpr: z.string(), district: z.string().nullable() }),
  jobCentre: personSchema,
  provider: personSchema,
  agreement: z.object({ id: z.string(), tenderAreaName: z.string() }).nullable(),
  referral: z
    .object({
      id: z.string(),
      referredOn: z.string(),
      outsideDistrict: z.boolean(),
      outsideTargetGroup: z.boolean(),
      offerType: z.enum(OFFER_TYPES).nullable(),
      offerFrom: z.string().nullable(),
      offerTo: z.string().nullable(),
      informedOn: z.string().nullable(),
      citizenResponse: z.enum(CITIZEN_RESPONSES).nullable(),
    })
    .nullable(),
  mentor: personSchema.nullable(),
  caseworkers: z.array(personSchema),
  ...courseDatesSchema,
  currentStage: z.enum(COURSE_STAGES).nullable(),
  /** The stages the course may move to now (aftercare comes by ending the course). */
  nextStages: z.array(z.enum(COURSE_STAGES)),
  stages: z.array(stageRowSchema),
  placements: z.array(placementSchema),
  treatmentReferrals: z.array(treatmentReferralSchema),
});
export type CourseDetail = z.infer<typeof courseDetailSchema>;

// ---- mentor, planned end, caseworkers --------------------------------------------------------------

export const updateCourseSchema = z.object({
  mentorUserId: z.uuid({ message: 'course.mentor_invalid' }).nullable().optional(),
  plannedEndsOn: dateSchema.nullable().optional(),
});
export type UpdateCourseInput = z.input<typeof updateCourseSchema>;

export const caseworkersSchema = z.object({
  userIds: z
    .array(z.uuid({ message: 'course.caseworkers_invalid' }))
    .min(1, { message: 'course.caseworkers_count' })
    .max(2, { message: 'course.caseworkers_count' })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'course.caseworkers_count' }),
});
export type CaseworkersInput = z.input<typeof caseworkersSchema>;

export const staffOptionsSchema = z.object({
  /** Active users of the provider (only when the user works there). */
  mentors: z.array(personSchema),
  /** Active caseworkers of the citizen's job centre (only when the user works there). */
  caseworkers: z.array(personSchema),
});
export type StaffOptions = z.infer<typeof staffOptionsSchema>;

// ---- stages, end, aftercare ----------------------------------------------------------------------

export const changeStageSchema = z.object({
  stage: z.enum(COURSE_STAGES, { message: 'course.stage_required' }),
  startsOn: dateSchema,
});
export type ChangeStageInput = z.input<typeof changeStageSchema>;

export const endCourseSchema = z.object({
  endsOn: dateSchema,
  endReason: z.enum(COURSE_END_REASONS, { message: 'course.end_reason_required' }),
  /** Aftercare after a job, education or flexjob; the planned end defaults to 3 months. */
  aftercare: z.object({ plannedEndsOn: dateSchema.nullable().optional() }).nullable().optional(),
  /**
   * Issue 12: what happens to each placement running after the end day — ended on the course's end day,
   * or continued as part of aftercare. The end is refused while one is undecided.
   */
  placements: z
    .array(
      z.object({
        id: z.uuid({ message: 'course.placement_decision' }),
        decision: z.enum(['end', 'continue_in_aftercare'], { message: 'course.placement_decision' }),
      }),
    )
    .optional(),
});
export type EndCourseInput = z.input<typeof endCourseSchema>;

export const endAftercareSchema = z.object({ endsOn: dateSchema });
export type EndAftercareInput = z.input<typeof endAftercareSchema>;

// ---- placements ----------------------------------------------------------------------------------

/** Hours a week: a number or text with a Danish decimal comma ("7,5"), in tenths after parsing. */
const weeklyHoursSchema = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    if (typeof value === 'string' && value.trim() === '') return null;
    const tenths = parseWeeklyHours(value);
    if (tenths === null || tenths < 1 || tenths > MAX_WEEKLY_HOURS_TENTHS) {
      ctx.addIssue({ code: 'custom', message: 'course.placement_hours_invalid' });
      return z.NEVER;
    }
    return tenths;
  })
  .nullable();

const placementFields = {
  companyId: z.uuid({ message: 'course.placement_company_required' }),
  kind: z.enum(PLACEMENT_KINDS, { message: 'course.placement_kind_required' }),
  startsOn: dateSchema,
  endsOn: dateSchema.nullable(),
  weeklyHours: weeklyHoursSchema,
  extensionBasis: z.enum(EXTENSION_BASES),
  specialNeedExtensions: z.number().int().min(0).max(20),
  assessmentNote: optionalText(2000),
};

export const createPlacementSchema = z.object({
  ...placementFields,
  endsOn: placementFields.endsOn.optional(),
  weeklyHours: placementFields.weeklyHours.optional(),
  extensionBasis: placementFields.extensionBasis.default('base'),
  specialNeedExtensions: placementFields.specialNeedExtensions.default(0),
});
export type CreatePlacementInput = z.input<typeof createPlacementSchema>;
/** As the service gets it: weeklyHours in tenths of an hour. */
export type CreatePlacementData = z.output<typeof createPlacementSchema>;

export const updatePlacementSchema = z.object({
  companyId: placementFields.companyId.optional(),
  kind: placementFields.kind.optional(),
  startsOn: placementFields.startsOn.optional(),
  endsOn: placementFields.endsOn.optional(),
  weeklyHours: placementFields.weeklyHours.optional(),
  extensionBasis: placementFields.extensionBasis.optional(),
  specialNeedExtensions: placementFields.specialNeedExtensions.optional(),
  assessmentNote: placementFields.assessmentNote,
});
export type UpdatePlacementInput = z.input<typeof updatePlacementSchema>;
/** As the service gets it: weeklyHours in tenths of an hour. */
export type UpdatePlacementData = z.output<typeof updatePlacementSchema>;

export const placementParamsSchema = courseParamsSchema;
export const deletedSchema = z.object({ ok: z.literal(true) });

// ---- referrals to abuse treatment ----------------------------------------------------------------

export const createTreatmentReferralSchema = z.object({
  referredOn: dateSchema,
  outreachWorker: nameText().trim().max(200).nullable().optional(),
});
export type CreateTreatmentReferralInput = z.input<typeof createTreatmentReferralSchema>;

export const updateTreatmentReferralSchema = z.object({
  outcome: z.enum(TREATMENT_OUTCOMES, { message: 'course.treatment_outcome_required' }),
  outcomeOn: dateSchema.nullable().optional(),
  outreachWorker: nameText().trim().max(200).nullable().optional(),
});
export type UpdateTreatmentReferralInput = z.input<typeof updateTreatmentReferralSchema>;

export const treatmentSummaryQuerySchema = z
  .object({ from: dateSchema.optional(), to: dateSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'course.period', path: ['to'] });

export const treatmentSummarySchema = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({
      provider: personSchema,
      referred: z.number().int(),
      started: z.number().int(),
      notStarted: z.number().int(),
      pending: z.number().int(),
    }),
  ),
});
export type TreatmentSummary = z.infer<typeof treatmentSummarySchema>;
