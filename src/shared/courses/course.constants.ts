// The course's fixed lists and the weekly-hours format, without zod, so the web bundle can use them.
// The server's rules (course.rules.ts) take their lists from here.

/** Stages of a course (DOMAIN.md "The citizen's course"), in the order they usually come. */
export const COURSE_STAGES = [
  'internal_training',
  'external_internship',
  'small_job',
  'job',
  'education',
  'flexjob_clarification',
  'disability_pension_clarification',
  'aftercare',
] as const;
export type CourseStage = (typeof COURSE_STAGES)[number];

export const COURSE_END_REASONS = [
  'job',
  'small_job',
  'education',
  'flexjob',
  'disability_pension',
  'dropped_out',
  'moved',
  'illness',
  'other',
] as const;
export type CourseEndReason = (typeof COURSE_END_REASONS)[number];

/** Seed 002: aftercare (efterværn) follows a job, education or a flexjob. */
export const AFTERCARE_END_REASONS: readonly CourseEndReason[] = ['job', 'education', 'flexjob'];

/** List filter: active = the programme runs; aftercare = in aftercare; ended = programme and aftercare over. */
export const COURSE_STATUSES = ['active', 'aftercare', 'ended', 'all'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const PLACEMENT_KINDS = ['internship', 'wage_subsidy', 'small_job'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

/** LAB § 61: the basis of an internship's length beyond the base period. */
export const EXTENSION_BASES = ['base', 'concrete_assessment', 'special_need'] as const;
export type ExtensionBasis = (typeof EXTENSION_BASES)[number];

export const TREATMENT_OUTCOMES = ['pending', 'started', 'not_started'] as const;
export type TreatmentOutcome = (typeof TREATMENT_OUTCOMES)[number];

/** Hours a week are stored in tenths (placement.weekly_hours_tenths, 0.1–37 hours). */
export const MAX_WEEKLY_HOURS_TENTHS = 370;

/**
 * Hours a week as typed: "7,5", "7.5", "12" or a number; at most one decimal. The tenths, or null
 * when the text is not such a number (empty text is not a number either: the caller decides whether
 * hours are needed).
 */
export function parseWeeklyHours(value: string | number): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const tenths = Math.round(value * 10);
    return Math.abs(tenths - value * 10) < 1e-6 ? tenths : null;
  }
  const match = /^(\d{1,3})(?:[.,](\d))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 10 + Number(match[2] ?? 0);
}

/** Tenths of an hour as a decimal number of hours (75 → 7.5). */
export function hoursFromTenths(tenths: number): number {
  return tenths / 10;
}
