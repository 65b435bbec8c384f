// The outcome tables' API (seed 003's appendix, definition version "seed-2020"): the report of three
// tables (exit, placement, plan) per provider with a total row, saved reports and comparisons. Request
// and response schemas shared by the server (validation, OpenAPI) and the web app (types only).
import { z } from 'zod';
import { uuidParam } from '../ids.ts';

import {
  DEFAULT_PLACEMENT_KINDS,
  DEFINITION_VERSION,
  OUTCOME_EXPORT_FORMATS,
  OUTCOME_TABLES,
  PLACEMENT_KINDS,
  VERSUS_REST,
  type OutcomeExportFormat,
  type OutcomePlacementKind,
  type OutcomeTableKey,
  type VersusRest,
} from './outcome.constants.ts';
import { dateSchema } from '../date-schema.ts';

export {
  DEFAULT_PLACEMENT_KINDS,
  DEFINITION_VERSION,
  OUTCOME_EXPORT_FORMATS,
  OUTCOME_TABLES,
  PLACEMENT_KINDS,
  VERSUS_REST,
};
export type { OutcomeExportFormat, OutcomePlacementKind, OutcomeTableKey, VersusRest };

const parameterFields = {
  from: dateSchema,
  to: dateSchema,
  placementFrom: dateSchema.optional(),
  placementTo: dateSchema.optional(),
  planFrom: dateSchema.optional(),
  planTo: dateSchema.optional(),
};

type PeriodFields = { from: string; to: string } & Partial<
  Record<'placementFrom' | 'placementTo' | 'planFrom' | 'planTo', string>
>;

/** Each table's period must run forwards; the error sits on the period's end field. */
function checkPeriods(value: PeriodFields, ctx: z.RefinementCtx): void {
  const pairs: [string, string | undefined, string | undefined][] = [
    ['to', value.from, value.to],
    ['placementTo', value.placementFrom ?? value.from, value.placementTo ?? value.to],
    ['planTo', value.planFrom ?? value.from, value.planTo ?? value.to],
  ];
  for (const [field, from, to] of pairs) {
    if (from && to && from > to)
      ctx.addIssue({ code: 'custom', message: 'outcome.period_order', path: [field] });
  }
}

/** What a report is computed from: the default period and, optionally, a period per table. */
export const outcomeParametersSchema = z
  .object({
    ...parameterFields,
    placementKinds: z.array(z.enum(PLACEMENT_KINDS)).min(1).max(3).optional(),
  })
  .superRefine(checkPeriods);
export type OutcomeParametersInput = z.input<typeof outcomeParametersSchema>;
export type OutcomeParameters = z.output<typeof outcomeParametersSchema>;

const placementKindsQuery = z
  .string()
  .trim()
  .transform((text) => text.split(',').filter(Boolean))
  .pipe(
    z
      .array(z.enum(PLACEMENT_KINDS, { message: 'outcome.placement_kind' }))
      .min(1)
      .max(3),
  );

/** The periods and placement kinds of a query, for other reports over the same tables (fairness.schemas.ts). */
export { parameterFields as outcomePeriodFields, placementKindsQuery, checkPeriods as checkOutcomePeriods };

export const outcomeQuerySchema = z
  .object({
    ...parameterFields,
    placementKinds: placementKindsQuery.optional(),
    /** A saved report to compare with (percentage points). */
    compareTo: z.uuid({ message: 'outcome.report_not_found' }).optional(),
  })
  .superRefine(checkPeriods);
export type OutcomeQuery = z.input<typeof outcomeQuerySchema>;

export const outcomeExportQuerySchema = z
  .object({
    ...parameterFields,
    placementKinds: placementKindsQuery.optional(),
    compareTo: z.uuid({ message: 'outcome.report_not_found' }).optional(),
    format: z.enum(OUTCOME_EXPORT_FORMATS, { message: 'outcome.format' }),
  })
  .superRefine(checkPeriods);
export type OutcomeExportQuery = z.output<typeof outcomeExportQuerySchema>;

// Report

const ci95Schema = z.tuple([z.number(), z.number()]).nullable();

const rowBase = {
  /** Null on the total row. */
  providerCode: z.string().nullable(),
  providerName: z.string().nullable(),
  completed: z.number().int(),
  /** The exact share (0–1), or null when the denominator is 0. */
  rate: z.number().nullable(),
  /** Whole percent, rounded half up (2.5 % → 3 %). */
  ratePercent: z.number().int().nullable(),
  /** 95 % Wilson score interval of the rate. */
  ci95: ci95Schema,
  /** Against the other providers together; null on the total row or without data. */
  versusRest: z.enum(VERSUS_REST).nullable(),
};

export const exitRowSchema = z.object({
  ...rowBase,
  pending: z.number().int(),
  notInRegister: z.number().int(),
  job: z.number().int(),
  education: z.number().int(),
  jobOrEducation: z.number().int(),
  partTime: z.number().int(),
  publicBenefit: z.number().int(),
  otherSelfSupporting: z.number().int(),
  censored: z.number().int(),
});
export type ExitRow = z.infer<typeof exitRowSchema>;

export const placementRowSchema = z.object({ ...rowBase, placed: z.number().int() });
export type PlacementRow = z.infer<typeof placementRowSchema>;

export const planRowSchema = z.object({ ...rowBase, withPlan: z.number().int() });
export type PlanRow = z.infer<typeof planRowSchema>;

const tableOf = <R extends z.ZodType>(row: R) =>
  z.object({ from: z.string(), to: z.string(), rows: z.array(row), total: row });

export const outcomeReportSchema = z.object({
  definitionVersion: z.string(),
  exit: tableOf(exitRowSchema),
  placement: tableOf(placementRowSchema).extend({ kinds: z.array(z.enum(PLACEMENT_KINDS)) }),
  plan: tableOf(planRowSchema),
});
export type OutcomeReport = z.infer<typeof outcomeReportSchema>;
export type OutcomeTable<R> = { from: string; to: string; rows: R[]; total: R };

// Comparison (with a saved report, or a saved report with the figures recomputed now)

export const comparisonRowSchema = z.object({
  providerCode: z.string().nullable(),
  providerName: z.string().nullable(),
  /** The earlier figures (the saved report); null when the provider was not in it. */
  previousCompleted: z.number().int().nullable(),
  previousCount: z.number().int().nullable(),
  previousRatePercent: z.number().int().nullable(),
  /** The figures now; null when the provider is not in the current report. */
  completed: z.number().int().nullable(),
  count: z.number().int().nullable(),
  ratePercent: z.number().int().nullable(),
  /** Percentage points between the whole percents shown (7 % − 4 % = 3). */
  points: z.number().int().nullable(),
  /** Percentage points between the exact rates. */
  exactPoints: z.number().nullable(),
});
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;

const comparisonTableSchema = z.object({ rows: z.array(comparisonRowSchema), total: comparisonRowSchema });
export type ComparisonTable = z.infer<typeof comparisonTableSchema>;

export const comparisonSchema = z.object({
  reportId: z.string(),
  title: z.string(),
  createdAt: z.string(),
  definitionVersion: z.string(),
  /** The saved report used other definitions: the differences are not like for like. */
  definitionChanged: z.boolean(),
  /** Any count or percentage differs. */
  changed: z.boolean(),
  exit: comparisonTableSchema,
  placement: comparisonTableSchema,
  plan: comparisonTableSchema,
});
export type Comparison = z.infer<typeof comparisonSchema>;

// Committee notes: what the committee outputs (page, PDF, XLSX) say where it applies (issue 13)

export const committeeNoteSchema = z.discriminatedUnion('kind', [
  /** A printed source's total differs from the sum of its rows; the table shows the sum. */
  z.object({
    kind: z.literal('printedTotal'),
    table: z.enum(OUTCOME_TABLES),
    /** The printed source, named as it names itself. */
    source: z.string(),
    printed: z.number().int(),
    rowsSum: z.number().int(),
  }),
  /** Courses left out of the exit share because the register does not yet cover their M2. */
  z.object({
    kind: z.literal('pending'),
    table: z.literal('exit'),
    courses: z.number().int(),
    /** The first day of the last M2 month of the period: with data to its end, every course is covered. */
    coveredWith: z.string(),
  }),
]);
export type CommitteeNote = z.infer<typeof committeeNoteSchema>;

export const outcomeResponseSchema = outcomeReportSchema.extend({
  comparison: comparisonSchema.nullable(),
  /** Absent on a response built before the notes existed (a saved report's stored figures). */
  notes: z.array(committeeNoteSchema).optional(),
});
export type OutcomeResponse = z.infer<typeof outcomeResponseSchema>;

// Saved reports

export const createOutcomeReportSchema = z.object({
  title: z.string().trim().min(1, { message: 'outcome.title' }).max(300, { message: 'outcome.title' }),
  parameters: outcomeParametersSchema,
});
export type CreateOutcomeReportInput = z.input<typeof createOutcomeReportSchema>;

export const reportIdParamsSchema = z.object({ id: uuidParam });

const storedParametersSchema = z.object({
  from: z.string(),
  to: z.string(),
  placementFrom: z.string(),
  placementTo: z.string(),
  planFrom: z.string(),
  planTo: z.string(),
  placementKinds: z.array(z.enum(PLACEMENT_KINDS)),
});
/** The parameters as stored: every table's period spelt out. */
export type ResolvedParameters = z.infer<typeof storedParametersSchema>;

export const savedReportSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  definitionVersion: z.string(),
  parameters: storedParametersSchema,
  importBatchIds: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
  /** The total row's whole percent per table. */
  totals: z.object({
    exit: z.number().int().nullable(),
    placement: z.number().int().nullable(),
    plan: z.number().int().nullable(),
  }),
});
export type SavedReportSummary = z.infer<typeof savedReportSummarySchema>;

export const savedReportListSchema = z.object({ items: z.array(savedReportSummarySchema) });
export type SavedReportList = z.infer<typeof savedReportListSchema>;

export const savedReportSchema = savedReportSummarySchema.extend({
  results: outcomeReportSchema,
  /** The same parameters computed now, over the data as it is today (late register data shows here). */
  recomputed: outcomeReportSchema,
  /** recomputed − results, in percentage points. */
  differences: comparisonSchema,
});
export type SavedReport = z.infer<typeof savedReportSchema>;
