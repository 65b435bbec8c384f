// Constants of the fair comparison (definition "case-mix-2026", docs/fairness.md), without zod, so the
// web app can import them.

/** The version of the definitions in outcomes/fairness.rules.ts and fairness-tables.ts. */
export const FAIRNESS_DEFINITION_VERSION = 'case-mix-2026';

/** Age at the course start, from the CPR number's birth date; `unknown` only for an unreadable number. */
export const AGE_BANDS = ['18-29', '30-39', '40-49', '50+'] as const;
export type DefinedAgeBand = (typeof AGE_BANDS)[number];
export type AgeBand = DefinedAgeBand | 'unknown';

/** ISO weeks with a benefit code in the 156 weeks before the start's week; `unknown` = register lacks one. */
export const HISTORY_BANDS = ['0-51', '52-103', '104-155', '156', 'unknown'] as const;
export type HistoryBand = (typeof HISTORY_BANDS)[number];

/** too_few: under 20 courses; above / below: z beyond ±1.96; otherwise as_expected. */
export const FAIRNESS_LABELS = ['too_few', 'above', 'below', 'as_expected'] as const;
export type FairnessLabel = (typeof FAIRNESS_LABELS)[number];

export const FAIRNESS_FORMATS = ['json', 'csv', 'text', 'xlsx', 'pdf'] as const;
export type FairnessFormat = (typeof FAIRNESS_FORMATS)[number];

/** What a CSV holds (one table a file): the three tables' rows, the cost rows, or the selection rows. */
export const FAIRNESS_CSV_PARTS = ['tables', 'cost', 'selection'] as const;
export type FairnessCsvPart = (typeof FAIRNESS_CSV_PARTS)[number];
