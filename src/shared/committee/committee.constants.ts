// The value lists of the committee's reports (issue 14), without zod, so the web app can import them.
export const REPORT_KINDS = ['results', 'budget_status', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
/** Due dates every 6 or 3 months from the first, or listed one by one. */
export const CADENCES = ['half_yearly', 'quarterly', 'dates'] as const;
export type Cadence = (typeof CADENCES)[number];
export const PACK_FORMATS = ['docx', 'pdf'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];
export const CONTENTS_MAX = 4000;
export const PRESENTATION_MAX = 20000;
export const DECISION_MAX = 10000;
