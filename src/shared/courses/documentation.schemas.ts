// The documentation API of a course: dated entries, the work-capacity description, the final report,
// preparatory-plan starts and the PDF "input to the preparatory plan". Request and response schemas
// shared by the server (validation, OpenAPI) and the web app (types). Messages are keys of
// shared/messages.ts ("documentation.…").
import { z } from 'zod';
import { uuidParam } from '../ids.ts';
import {
  DOCUMENT_TEXT_MAX,
  ENTRY_KINDS,
  ENTRY_SETTINGS,
  PLAN_TYPES,
  type EntryKind,
  type EntrySetting,
  type PlanType,
} from './documentation.constants.ts';
import { dateSchema } from '../date-schema.ts';

export { DOCUMENT_TEXT_MAX, ENTRY_KINDS, ENTRY_SETTINGS, PLAN_TYPES };
export type { EntryKind, EntrySetting, PlanType };

/** Optional free text: empty or missing becomes null in the service. */
const documentText = z.string().trim().max(DOCUMENT_TEXT_MAX).nullable().optional();
const userRefSchema = z.object({ id: z.string(), name: z.string() }).nullable();

export const courseParamsSchema = z.object({ id: uuidParam });
export const idParamsSchema = z.object({ id: uuidParam });
export const deletedSchema = z.object({ ok: z.literal(true) });

// ---- dated entries ---------------------------------------------------------------------------------

export const entriesQuerySchema = z.object({
  kind: z.enum(ENTRY_KINDS, { message: 'documentation.kind' }).optional(),
});
export type EntriesQuery = z.input<typeof entriesQuerySchema>;

export const createEntrySchema = z.object({
  entryOn: dateSchema,
  kind: z.enum(ENTRY_KINDS, { message: 'documentation.kind' }),
  /** Required for accommodations, optional for attendance, not used by other kinds. */
  setting: z.enum(ENTRY_SETTINGS, { message: 'documentation.setting' }).nullable().optional(),
  /** Required for attendance, not used by other kinds. */
  attended: z.boolean().nullable().optional(),
  text: z.string().trim().min(1).max(DOCUMENT_TEXT_MAX),
  isSensitive: z.boolean().optional(),
});
export type CreateEntryInput = z.input<typeof createEntrySchema>;

export const entrySchema = z.object({
  id: z.string(),
  courseId: z.string(),
  entryOn: z.string(),
  kind: z.enum(ENTRY_KINDS),
  setting: z.enum(ENTRY_SETTINGS).nullable(),
  attended: z.boolean().nullable(),
  /** Null when the entry is sensitive and the user is not among those who may read it. */
  text: z.string().nullable(),
  hidden: z.boolean(),
  isSensitive: z.boolean(),
  author: userRefSchema,
  createdAt: z.string(),
  /** The user wrote it and the delete window is still open. */
  canDelete: z.boolean(),
});
export type Entry = z.output<typeof entrySchema>;

export const entryListSchema = z.object({ entries: z.array(entrySchema) });
export type EntryList = z.output<typeof entryListSchema>;

// ---- work-capacity description (arbejdsevnebeskrivelse) ----------------------------------------------

const areaInputSchema = z.object({ resources: documentText, challenges: documentText });

export const workCapacityInputSchema = z.object({
  work: areaInputSchema.optional(),
  social: areaInputSchema.optional(),
  health: areaInputSchema.optional(),
  /** Documentation of efforts tried. */
  effortsTried: documentText,
  /** Work and education experience. */
  experience: documentText,
  network: documentText,
  /** The citizen's own wishes and goals. */
  ownWishes: documentText,
  /** Accommodations needed (skånehensyn), summarised. */
  accommodations: documentText,
});
export type WorkCapacityInput = z.input<typeof workCapacityInputSchema>;

const areaSchema = z.object({ resources: z.string().nullable(), challenges: z.string().nullable() });

export const workCapacityContentSchema = z.object({
  work: areaSchema,
  social: areaSchema,
  health: areaSchema,
  effortsTried: z.string().nullable(),
  experience: z.string().nullable(),
  network: z.string().nullable(),
  ownWishes: z.string().nullable(),
  accommodations: z.string().nullable(),
});
export type WorkCapacityContent = z.output<typeof workCapacityContentSchema>;

export const workCapacitySchema = z.object({
  courseId: z.string(),
  content: workCapacityContentSchema,
  /** Null until first saved. */
  updatedAt: z.string().nullable(),
  updatedBy: userRefSchema,
});
export type WorkCapacity = z.output<typeof workCapacitySchema>;

// ---- final report (afsluttende rapport) ----------------------------------------------------------

export const finalReportInputSchema = z.object({
  summary: documentText,
  outcome: documentText,
  /** Recommended next steps. */
  recommendation: documentText,
  /** Marks the report complete; only when the course has ended. Null reopens it. */
  completedOn: dateSchema.nullable().optional(),
});
export type FinalReportInput = z.input<typeof finalReportInputSchema>;

export const finalReportSchema = z.object({
  courseId: z.string(),
  summary: z.string().nullable(),
  outcome: z.string().nullable(),
  recommendation: z.string().nullable(),
  completedOn: z.string().nullable(),
  /** The course's last day, null while it runs: the report is completed only after. */
  courseEndsOn: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: userRefSchema,
});
export type FinalReport = z.output<typeof finalReportSchema>;

// ---- preparatory-plan starts ---------------------------------------------------------------------

export const createPlanStartSchema = z.object({
  startedOn: dateSchema,
  /** Optional: the type follows the date; a type that contradicts the date is refused. */
  planType: z.enum(PLAN_TYPES, { message: 'documentation.plan_type' }).nullable().optional(),
});
export type CreatePlanStartInput = z.input<typeof createPlanStartSchema>;

export const planRuleSchema = z.object({
  validFrom: z.string(),
  planType: z.enum(PLAN_TYPES),
  source: z.string(),
});

export const planStartSchema = z.object({
  id: z.string(),
  courseId: z.string().nullable(),
  startedOn: z.string(),
  planType: z.enum(PLAN_TYPES),
  /** The rule that gives the type on startedOn. */
  ruleSource: z.string(),
  recordedBy: userRefSchema,
  createdAt: z.string(),
});
export type PlanStart = z.output<typeof planStartSchema>;

export const planStartListSchema = z.object({
  plans: z.array(planStartSchema),
  /** The date-versioned rules, oldest first, so a form can show the type a date gives. */
  rules: z.array(planRuleSchema),
});
export type PlanStartList = z.output<typeof planStartListSchema>;

// ---- the PDF "input to the preparatory plan" --------------------------------------------------------

export const planInputQuerySchema = z.object({
  /** The date that chooses the document type (default today). */
  date: dateSchema.optional(),
});
