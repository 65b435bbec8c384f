// The documentation part's fixed lists and limits, without zod, so the web bundle can use them.

/** Dated entries on a course (issue 4): tasks solved, attendance, accommodations (skånehensyn), progression. */
export const ENTRY_KINDS = ['task', 'attendance', 'accommodation', 'progression', 'note'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** Where an accommodation or attendance applies: the provider's internal training or an internship. */
export const ENTRY_SETTINGS = ['training', 'internship'] as const;
export type EntrySetting = (typeof ENTRY_SETTINGS)[number];

/** The areas of the preparatory part of the rehabilitation plan: resources and challenges in each. */
export const WORK_CAPACITY_AREAS = ['work', 'social', 'health'] as const;
export type WorkCapacityArea = (typeof WORK_CAPACITY_AREAS)[number];

/** The work-capacity description's fields besides the areas, in the order the plan lists them. */
export const WORK_CAPACITY_FIELDS = [
  'effortsTried',
  'experience',
  'network',
  'ownWishes',
  'accommodations',
] as const;
export type WorkCapacityField = (typeof WORK_CAPACITY_FIELDS)[number];

/** Before 1 Feb 2026 the rehabilitation plan's preparatory part; from then the "samlet beskrivelse". */
export const PLAN_TYPES = ['forberedende_plan', 'samlet_beskrivelse'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** Free text of entries and documents. */
export const DOCUMENT_TEXT_MAX = 5000;

/** Entries may still be written this many days after the course (or its aftercare) ended: the final notes. */
export const ENTRY_DAYS_AFTER_END = 30;

/** An entry's author may delete it within this many hours of writing it; after that it stays. */
export const ENTRY_DELETE_HOURS = 24;

/** A plan document rule as the API sends it, so the web can show the type a date gives. */
export interface PlanRuleView {
  validFrom: string;
  planType: PlanType;
  source: string;
}

/** The rule in force on `date` (YYYY-MM-DD) among `rules`: the newest that started on or before it. */
export function planRuleOn<R extends { validFrom: string }>(
  rules: readonly R[],
  date: string,
): R | undefined {
  return [...rules]
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
    .filter((rule) => rule.validFrom <= date)
    .pop();
}
