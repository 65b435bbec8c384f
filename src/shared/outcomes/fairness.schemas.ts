// The fair comparison's API (definition "case-mix-2026", docs/fairness.md): per table, each provider's
// observed successes against those expected from its citizens' cells, with funnel limits and a label;
// and the cells' pooled rates. Values are exact (the UI and the text report round). Shared by the server
// (validation, OpenAPI) and the web app (types only).
import { z } from 'zod';
import {
  AGE_BANDS,
  FAIRNESS_DEFINITION_VERSION,
  FAIRNESS_LABELS,
  HISTORY_BANDS,
} from './fairness.constants.ts';
import { OUTCOME_TABLES, PLACEMENT_KINDS } from './outcome.constants.ts';
import { checkOutcomePeriods, outcomePeriodFields, placementKindsQuery } from './outcome.schemas.ts';

export { AGE_BANDS, FAIRNESS_DEFINITION_VERSION, FAIRNESS_LABELS, HISTORY_BANDS };

/** The same periods and placement kinds as GET /api/outcomes (one table period each). */
export const fairnessQuerySchema = z
  .object({ ...outcomePeriodFields, placementKinds: placementKindsQuery.optional() })
  .superRefine(checkOutcomePeriods);
export type FairnessQuery = z.input<typeof fairnessQuerySchema>;

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

export const fairnessReportSchema = z.object({
  definitionVersion: z.literal(FAIRNESS_DEFINITION_VERSION),
  /** The definition of the tables' denominators and successes (outcome.rules.ts). */
  outcomeDefinitionVersion: z.string(),
  exit: fairnessTableSchema,
  placement: fairnessTableSchema.extend({ kinds: z.array(z.enum(PLACEMENT_KINDS)) }),
  plan: fairnessTableSchema,
  cells: z.array(fairnessCellSchema),
});
export type FairnessReport = z.infer<typeof fairnessReportSchema>;
