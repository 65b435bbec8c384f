// Constants of the outcome tables, without zod, so the web app can import them.

/** The version of the definitions in outcome.rules.ts; stored with every saved report. */
export const DEFINITION_VERSION = 'seed-2020';

export const OUTCOME_TABLES = ['exit', 'placement', 'plan'] as const;
export type OutcomeTableKey = (typeof OUTCOME_TABLES)[number];

/** Seed 003: "virksomhedsplaceringer, der påbegyndes senest 21 dage efter afsluttet forløb". */
export const PLACEMENT_WINDOW_DAYS = 21;
/** Seed 003: "under eller indenfor 6 måneder efter endt forløb". */
export const PLAN_WINDOW_MONTHS = 6;
/** The two windows as the values of the texts' placeholders `days` and `months` (server and web). */
export const OUTCOME_WINDOWS = { days: PLACEMENT_WINDOW_DAYS, months: PLAN_WINDOW_MONTHS } as const;

export const PLACEMENT_KINDS = ['internship', 'wage_subsidy', 'small_job'] as const;
export type OutcomePlacementKind = (typeof PLACEMENT_KINDS)[number];
/** Seed 003: company placements are internships and wage-subsidy jobs. */
export const DEFAULT_PLACEMENT_KINDS: readonly OutcomePlacementKind[] = ['internship', 'wage_subsidy'];

export const OUTCOME_EXPORT_FORMATS = ['xlsx', 'csv', 'csv-en', 'pdf'] as const;
export type OutcomeExportFormat = (typeof OUTCOME_EXPORT_FORMATS)[number];

/** Whether a provider's interval lies above or below the other providers' together, or overlaps. */
export const VERSUS_REST = ['higher', 'lower', 'indistinguishable'] as const;
export type VersusRest = (typeof VERSUS_REST)[number];
