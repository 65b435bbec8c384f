// The fair comparison's API (definition "case-mix-2026", docs/fairness.md): per table, each provider's
// observed successes against those expected from its citizens' cells, with funnel limits and a label;
// and the cells' pooled rates. Values are exact (the UI and the text report round). Shared by the server
// (validation, OpenAPI) and the web app (types only).
import { z } from 'zod';
import {
  AGE_BANDS,
  FAIRNESS_CSV_PARTS,
  FAIRNESS_DEFINITION_VERSION,
  FAIRNESS_LABELS,
  HISTORY_BANDS,
} from './fairness.constants.ts';
import { OUTCOME_TABLES, PLACEMENT_KINDS } from './outcome.constants.ts';
import {
  checkOutcomePeriods,
  committeeNoteSchema,
  outcomePeriodFields,
  placementKindsQuery,
} from './outcome.schemas.ts';

export { AGE_BANDS, FAIRNESS_DEFINITION_VERSION, FAIRNESS_LABELS, HISTORY_BANDS };

/** The same periods and placement kinds as GET /api/outcomes (one table period each). */
export const fairnessQuerySchema = z
  .object({ ...outcomePeriodFields, placementKinds: placementKindsQuery.optional() })
  .superRefine(checkOutcomePeriods);
export type FairnessQuery = z.input<typeof fairnessQuerySchema>;

/** The fair comparison as a file: the same query and a format (JSON and text are for the CLI). */
export const FAIRNESS_EXPORT_FORMATS = ['xlsx', 'pdf', 'csv'] as const;
export const fairnessExportQuerySchema = z
  .object({
    ...outcomePeriodFields,
    placementKinds: placementKindsQuery.optional(),
    format: z.enum(FAIRNESS_EXPORT_FORMATS),
    /** CSV only: which rows (default the three tables'). */
    part: z.enum(FAIRNESS_CSV_PARTS).optional(),
  })
  .superRefine(checkOutcomePeriods);

const limitsSchema = z.tuple([z.number(), z.number()]).nullable();

export const fairnessRowSchema = z.object({
  /** Null on the total row. */
  providerCode: z.string().nullable(),
  providerName: z.string().nullable(),
  /** Courses in the table's rate denominator (as the seed-2020 table counts them). */
  courses: z.number().int(),
  /** O: successes. */
  observed: z.number().int(),
  /** E = Σ n_c · r_c over the cells. */
  expected: z.number(),
  /** V = Σ n_c · r_c · (1 − r_c). */
  variance: z.number(),
  /** O / E; null when E = 0. */
  oe: z.number().nullable(),
  /** (O − E) / √V; null when V = 0. */
  z: z.number().nullable(),
  /** (O / E) × the table's overall rate; null when E = 0. */
  adjustedRate: z.number().nullable(),
  /** 1 ± 1.96 · √V / E, the lower not below 0; null when E = 0. */
  limits95: limitsSchema,
  /** 1 ± 3.09 · √V / E, the lower not below 0; null when E = 0. */
  limits998: limitsSchema,
  label: z.enum(FAIRNESS_LABELS),
});
export type FairnessRow = z.infer<typeof fairnessRowSchema>;

export const fairnessTableSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** All providers' successes / courses (exact), or null without courses. */
  rate: z.number().nullable(),
  /** Courses whose benefit history is unknown (the register lacks a week or the person). */
  unknownHistory: z.number().int(),
  rows: z.array(fairnessRowSchema),
  total: fairnessRowSchema,
});
export type FairnessTable = z.infer<typeof fairnessTableSchema>;

export const fairnessCellSchema = z.object({
  table: z.enum(OUTCOME_TABLES),
  ageBand: z.enum([...AGE_BANDS, 'unknown']),
  historyBand: z.enum(HISTORY_BANDS),
  courses: z.number().int(),
  successes: z.number().int(),
  /** r_c, pooled over all providers; null without courses. */
  rate: z.number().nullable(),
});
export type FairnessCell = z.infer<typeof fairnessCellSchema>;

/** Kroner are exact (øre / 100); null when there is nothing to divide by. */
export const costRowSchema = z.object({
  /** Null on the total row. */
  providerCode: z.string().nullable(),
  providerName: z.string().nullable(),
  /** Billed for the exit table's courses (ended in its period), programme and aftercare, as of `asOf`. */
  billedKroner: z.number(),
  /** The exit table's successes (job, education, part-time). */
  successes: z.number().int(),
  kronerPerSuccess: z.number().nullable(),
  /** The exit table's completed courses. */
  completed: z.number().int(),
  kronerPerCompleted: z.number().nullable(),
});
export type CostRow = z.infer<typeof costRowSchema>;

export const burnDownMonthSchema = z.object({
  month: z.string(),
  billedKroner: z.number(),
  /** The courses running on `asOf`, had they run on: the further weeks billed in the month. */
  forecastKroner: z.number(),
  /** Billed and forecast from 1 January to the month's end. */
  cumulativeKroner: z.number(),
});

export const burnDownSchema = z.object({
  year: z.number().int(),
  /** The year's budget frames together (all programmes); 0 without a frame. */
  frameKroner: z.number(),
  billedKroner: z.number(),
  forecastKroner: z.number(),
  /** frame − billed − forecast: what is left at the year's end on the forecast. */
  remainingKroner: z.number(),
  months: z.array(burnDownMonthSchema),
});
export type BurnDown = z.infer<typeof burnDownSchema>;

export const fairnessCostSchema = z.object({
  /** The day billing counts to (weeks of running courses up to it; the forecast from it). */
  asOf: z.string(),
  rows: z.array(costRowSchema),
  total: costRowSchema,
  /** One per calendar year of the exit table's period; empty for a provider user. */
  burnDown: z.array(burnDownSchema),
});
export type FairnessCost = z.infer<typeof fairnessCostSchema>;

/** The expected-chance band of a cell: its third of the exit cells by pooled rate. */
export const CHANCE_BANDS = ['low', 'middle', 'high'] as const;

export const selectionRowSchema = z.object({
  providerCode: z.string(),
  providerName: z.string(),
  band: z.enum(CHANCE_BANDS),
  /** Referrals to the provider made in the exit table's period, with the citizen in a cell of the band. */
  referred: z.number().int(),
  accepted: z.number().int(),
  rejected: z.number().int(),
  withdrawn: z.number().int(),
  /** The referral's course ended within 28 days of its start. */
  earlyEnds: z.number().int(),
  /** The provider's one-sided Fisher p (low band rejected more than high); null without decisions in either. */
  creamingP: z.number().nullable(),
  /** creamingP < 0.05. */
  flagged: z.boolean(),
});
export type SelectionRow = z.infer<typeof selectionRowSchema>;

export const fairnessSelectionSchema = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(selectionRowSchema),
  /** Referrals whose cell has no course in the exit table, so no band. */
  unbanded: z.number().int(),
});
export type FairnessSelection = z.infer<typeof fairnessSelectionSchema>;

export const fairnessReportSchema = z.object({
  definitionVersion: z.literal(FAIRNESS_DEFINITION_VERSION),
  /** The definition of the tables' denominators and successes (outcome.rules.ts). */
  outcomeDefinitionVersion: z.string(),
  exit: fairnessTableSchema,
  placement: fairnessTableSchema.extend({ kinds: z.array(z.enum(PLACEMENT_KINDS)) }),
  plan: fairnessTableSchema,
  cells: z.array(fairnessCellSchema),
  cost: fairnessCostSchema,
  selection: fairnessSelectionSchema,
  /** The committee notes that apply to its seed-2020 tables (a printed total, pending courses). */
  notes: z.array(committeeNoteSchema).optional(),
});
export type FairnessReport = z.infer<typeof fairnessReportSchema>;
