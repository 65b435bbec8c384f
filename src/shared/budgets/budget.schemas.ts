// The budgets API: budget frames, capacity (what a frame buys at the agreed prices, and what a price
// change does) and budget notes with their two tables (seed 004). Money is integer øre throughout.
// Refinement messages are keys of shared/messages.ts.
import { z } from 'zod';
import { nameText } from '../text-schemas.ts';
import { uuidParam } from '../ids.ts';
import { MAX_ORE } from '../money.ts';
import { EXPORT_FORMATS } from '../export-formats.ts';

const oreSchema = z
  .number({ message: 'money.format' })
  .int({ message: 'money.format' })
  .min(0, { message: 'money.negative' })
  .max(MAX_ORE, { message: 'money.too_large' });
/** A stated total may be negative (Tabel 2 with more income than expense). */
const signedOreSchema = z
  .number({ message: 'money.format' })
  .int({ message: 'money.format' })
  .min(-MAX_ORE, { message: 'money.too_large' })
  .max(MAX_ORE, { message: 'money.too_large' });
const yearSchema = z.number().int().min(2000).max(2100);
const idSchema = z.uuid({ message: 'validation.invalid' });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((value) => (value ? value : null));

export const idParamsSchema = z.object({ id: uuidParam });

export const exportFormatSchema = z.enum(EXPORT_FORMATS).default('xlsx');
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const exportFileSchema = z
  .unknown()
  .describe('A file: XLSX workbook or CSV (Danish ";" and decimal comma, or plain)');

// ---------------------------------------------------------------------------------------------------
// Capacity

export const capacityNumbersSchema = z.object({
  costPerCitizenOre: z.number().int().describe('C·P + W·A'),
  citizensPerYear: z.number().int().describe('floor(amount / cost per citizen)'),
  citizenWeeks: z
    .number()
    .int()
    .describe('floor(amount · C / cost per citizen) — floor(amount / P) without aftercare'),
  concurrentTenths: z
    .number()
    .int()
    .describe('Citizens in course at any time × 10, rounded down: citizens · C / 52'),
  leftoverOre: z.number().int().describe('amount − citizens · cost per citizen'),
});
export type CapacityNumbers = z.infer<typeof capacityNumbersSchema>;

export const capacityTotalSchema = z.object({
  shareOre: z.number().int(),
  citizensPerYear: z.number().int(),
  citizenWeeks: z.number().int(),
  concurrentTenths: z.number().int(),
  leftoverOre: z.number().int(),
});
export type CapacityTotal = z.infer<typeof capacityTotalSchema>;

const capacityQueryFields = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  frameId: idSchema.optional(),
  /** Only this provider's rows; a provider user may only ask for their own (else 404). */
  providerId: idSchema.optional(),
  /** What if every programme price were this (øre per week)? */
  programmePriceOre: z.coerce.number().int().min(1, { message: 'money.format' }).max(MAX_ORE).optional(),
  /** What if every programme price changed by this many percent (one decimal)? */
  programmePricePercent: z.coerce
    .number()
    .min(-99.9, { message: 'budget.percent_range' })
    .max(1000, { message: 'budget.percent_range' })
    .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-6, {
      message: 'budget.percent_decimals',
    })
    .optional(),
});

function oneWhatIf(
  query: { programmePriceOre?: number | undefined; programmePricePercent?: number | undefined },
  ctx: z.RefinementCtx,
) {
  if (query.programmePriceOre !== undefined && query.programmePricePercent !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['programmePricePercent'], message: 'budget.what_if_one_of' });
  }
}

export const capacityQuerySchema = capacityQueryFields.superRefine(oneWhatIf);
export type CapacityQuery = z.output<typeof capacityQuerySchema>;

export const capacityExportQuerySchema = capacityQueryFields
  .extend({ format: exportFormatSchema })
  .superRefine(oneWhatIf);

const frameRefSchema = z.object({ id: z.string(), programme: z.string(), year: z.number().int() });

export const capacityRowSchema = z.object({
  agreementId: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  tenderAreaId: z.string(),
  tenderAreaName: z.string(),
  programmeWeeklyOre: z
    .number()
    .int()
    .nullable()
    .describe('The year’s programme price in force, indexed (day-weighted if it changes)'),
  agreedProgrammeWeeklyOre: z
    .number()
    .int()
    .nullable()
    .describe('The same at the agreed prices, before the yearly indexation'),
  aftercareWeeklyOre: z.number().int().nullable(),
  shareOre: z.number().int().describe('The part of the frame this agreement spends'),
  capacity: capacityNumbersSchema.nullable(),
  whatIf: z
    .object({
      programmeWeeklyOre: z.number().int(),
      capacity: capacityNumbersSchema,
      difference: capacityNumbersSchema,
    })
    .nullable(),
});
export type CapacityRow = z.infer<typeof capacityRowSchema>;

export const capacitySchema = z.object({
  year: z.number().int(),
  frame: z
    .object({
      id: z.string(),
      programme: z.string(),
      year: z.number().int(),
      /** Null for provider users: they see their own share, not the whole budget. */
      amountOre: z.number().int().nullable(),
      expectedCourseWeeks: z.number().int(),
      expectedAftercareWeeks: z.number().int(),
    })
    .nullable(),
  /** The frames to choose between. */
  frames: z.array(frameRefSchema),
  rows: z.array(capacityRowSchema),
  total: capacityTotalSchema,
  whatIf: z
    .object({
      programmePriceOre: z.number().int().nullable(),
      programmePricePercent: z.number().nullable(),
      total: capacityTotalSchema,
      difference: capacityTotalSchema,
    })
    .nullable(),
  /** True when the rows are only the signed-in provider's own. */
  isOwnProviderOnly: z.boolean(),
});
export type CapacityView = z.infer<typeof capacitySchema>;

// ---------------------------------------------------------------------------------------------------
// Budget frames

const frameFields = {
  programme: nameText().trim().min(1).max(300),
  year: yearSchema,
  amountOre: oreSchema,
  tenderId: idSchema.nullable(),
  tenderAreaId: idSchema.nullable(),
  expectedCourseWeeks: z
    .number()
    .int()
    .min(1, { message: 'budget.weeks_range' })
    .max(260, { message: 'budget.weeks_range' }),
  expectedAftercareWeeks: z
    .number()
    .int()
    .min(0, { message: 'budget.weeks_range' })
    .max(260, { message: 'budget.weeks_range' }),
  note: optionalText(2000),
};

export const createBudgetFrameSchema = z.object({
  ...frameFields,
  tenderId: frameFields.tenderId.default(null),
  tenderAreaId: frameFields.tenderAreaId.default(null),
  expectedCourseWeeks: frameFields.expectedCourseWeeks.default(52),
  expectedAftercareWeeks: frameFields.expectedAftercareWeeks.default(0),
  note: frameFields.note.default(null),
});
export type CreateBudgetFrameInput = z.input<typeof createBudgetFrameSchema>;

export const updateBudgetFrameSchema = z.object(frameFields).partial();
export type UpdateBudgetFrameInput = z.input<typeof updateBudgetFrameSchema>;

export const budgetFrameListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const budgetFrameExportQuerySchema = budgetFrameListQuerySchema.extend({ format: exportFormatSchema });

export const budgetFrameSchema = z.object({
  id: z.string(),
  programme: z.string(),
  year: z.number().int(),
  amountOre: z.number().int(),
  tender: z.object({ id: z.string(), name: z.string() }).nullable(),
  tenderArea: z.object({ id: z.string(), name: z.string(), number: z.number().int() }).nullable(),
  expectedCourseWeeks: z.number().int(),
  expectedAftercareWeeks: z.number().int(),
  note: z.string().nullable(),
  /** What the frame buys at the agreed prices of its year (all its agreements). */
  capacity: capacityTotalSchema,
  agreementCount: z.number().int(),
  updatedAt: z.string(),
});
export type BudgetFrame = z.infer<typeof budgetFrameSchema>;

export const tenderOptionSchema = z.object({
  id: z.string(),
  name: z.string(),
  areas: z.array(z.object({ id: z.string(), number: z.number().int(), name: z.string() })),
});
export type TenderOption = z.infer<typeof tenderOptionSchema>;

export const budgetFrameListSchema = z.object({
  items: z.array(budgetFrameSchema),
  /** Tenders and their areas a frame can be tied to (for the form). */
  tenders: z.array(tenderOptionSchema),
});
export type BudgetFrameList = z.infer<typeof budgetFrameListSchema>;

// ---------------------------------------------------------------------------------------------------
// Budget notes (seed 004)

export const createBudgetSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    caseNumber: optionalText(50).default(null),
    priceLevelYear: yearSchema,
    firstYear: yearSchema,
    lastYear: yearSchema,
    note: optionalText(4000).default(null),
  })
  .superRefine((value, ctx) => {
    if (value.lastYear < value.firstYear || value.lastYear - value.firstYear >= 20) {
      ctx.addIssue({ code: 'custom', path: ['lastYear'], message: 'budget.years_range' });
    }
  });
export type CreateBudgetInput = z.input<typeof createBudgetSchema>;

const yearAmountSchema = z.object({ year: yearSchema, amountOre: oreSchema });
const statedYearSchema = z.object({ year: yearSchema, amountOre: signedOreSchema });
const statedTotalsInputSchema = z.object({
  /** The total row ("Udgifter i alt"), per year; a year left out is not stated. */
  byYear: z.array(statedYearSchema).max(20).default([]),
  /** The bottom-right cell. */
  totalOre: signedOreSchema.nullable().default(null),
});

export const budgetTablesInputSchema = z.object({
  activities: z
    .array(
      z.object({
        activity: z.string().trim().min(1).max(300),
        steeringArea: z.string().trim().min(1).max(100).default('Service'),
        amounts: z
          .array(
            z.object({
              year: yearSchema,
              grossOre: oreSchema,
              cofinancingOre: oreSchema.default(0),
              cofinancingSource: optionalText(300).default(null),
            }),
          )
          .max(20),
        statedTotalOre: signedOreSchema.nullable().default(null),
      }),
    )
    .max(50),
  activityTotals: statedTotalsInputSchema.default({ byYear: [], totalOre: null }),
  appropriations: z
    .array(
      z.object({
        steeringArea: z.string().trim().min(1).max(100).default('Service'),
        committee: z.string().trim().min(1).max(50),
        appropriationNumber: z.string().trim().min(1).max(50),
        direction: z.enum(['I', 'U'], { message: 'budget.direction' }),
        amounts: z.array(yearAmountSchema).max(20),
        statedTotalOre: signedOreSchema.nullable().default(null),
      }),
    )
    .max(50),
  appropriationTotals: statedTotalsInputSchema.default({ byYear: [], totalOre: null }),
});
export type BudgetTablesInput = z.input<typeof budgetTablesInputSchema>;
export type BudgetTablesValues = z.output<typeof budgetTablesInputSchema>;

export const differenceSchema = z.object({
  kind: z.enum(['row_total', 'column_total', 'grand_total', 'between_tables']),
  table: z.enum(['activities', 'appropriations']).nullable(),
  rowPosition: z.number().int().nullable(),
  year: z.number().int().nullable(),
  computedOre: z.number().int(),
  statedOre: z.number().int(),
  differenceOre: z.number().int().describe('computed − stated (between tables: Tabel 1 − Tabel 2)'),
});
export type BudgetDifference = z.infer<typeof differenceSchema>;

export const reconciliationSchema = z.object({
  isReconciled: z.boolean(),
  differences: z.array(differenceSchema),
});

const totalsSchema = z.object({
  byYear: z.array(
    z.object({
      year: z.number().int(),
      computedOre: z.number().int(),
      statedOre: z.number().int().nullable(),
    }),
  ),
  computedOre: z.number().int(),
  statedOre: z.number().int().nullable(),
});

export const budgetSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  caseNumber: z.string().nullable(),
  priceLevelYear: z.number().int(),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  isReconciled: z.boolean(),
  differenceCount: z.number().int(),
  updatedAt: z.string(),
});
export type BudgetSummary = z.infer<typeof budgetSummarySchema>;

export const budgetListSchema = z.object({ items: z.array(budgetSummarySchema) });
export type BudgetList = z.infer<typeof budgetListSchema>;

export const budgetDetailSchema = budgetSummarySchema.extend({
  note: z.string().nullable(),
  years: z.array(z.number().int()),
  activities: z.array(
    z.object({
      position: z.number().int(),
      activity: z.string(),
      steeringArea: z.string(),
      amounts: z.array(
        z.object({
          year: z.number().int(),
          grossOre: z.number().int(),
          cofinancingOre: z.number().int(),
          cofinancingSource: z.string().nullable(),
          netOre: z.number().int(),
        }),
      ),
      totalOre: z.number().int().describe('Computed: the sum of the net amounts'),
      statedTotalOre: z.number().int().nullable(),
    }),
  ),
  activityTotals: totalsSchema,
  appropriations: z.array(
    z.object({
      position: z.number().int(),
      steeringArea: z.string(),
      committee: z.string(),
      appropriationNumber: z.string(),
      direction: z.enum(['I', 'U']),
      amounts: z.array(z.object({ year: z.number().int(), amountOre: z.number().int() })),
      totalOre: z.number().int(),
      statedTotalOre: z.number().int().nullable(),
    }),
  ),
  appropriationTotals: totalsSchema.describe('Signed: expenses (U) positive, income (I) negative'),
  reconciliation: reconciliationSchema,
});
export type BudgetDetail = z.infer<typeof budgetDetailSchema>;

export const budgetExportQuerySchema = z.object({
  format: exportFormatSchema,
  /** CSV holds one table: which one (XLSX holds all three). */
  table: z.enum(['activities', 'appropriations', 'reconciliation']).default('activities'),
});
