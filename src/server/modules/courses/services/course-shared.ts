// Small pieces the course part's services share: refusing with field errors whose dates read in the
// user's language, and a course's status.
import { AppError, type ErrorCode } from '../../../../shared/errors.ts';
import { formatDate } from '../../../../shared/dates.ts';
import type { Language } from '../../../../shared/messages.ts';

export interface Problem {
  field: string;
  message: string;
  params?: Record<string, string | number> | undefined;
}

/** An AppError with one message per field; ISO dates among the parameters are shown as dates. */
export function refuse(
  code: ErrorCode,
  problems: readonly Problem[],
  language: Language,
  message = 'validation.failed',
): AppError {
  const fields: Record<string, string> = {};
  const params: Record<string, string | number> = {};
  for (const problem of problems) {
    fields[problem.field] ??= problem.message;
    for (const [key, value] of Object.entries(problem.params ?? {})) {
      params[key] = typeof value === 'string' ? formatDate(value, language) : value;
    }
  }
  return new AppError(code, message, { fields, params });
}

export type CourseStatusNow = 'active' | 'aftercare' | 'ended';

export function courseStatusOf(course: {
  endsOn: string | null;
  aftercareStartsOn: string | null;
  aftercareEndsOn: string | null;
}): CourseStatusNow {
  if (course.endsOn === null) return 'active';
  if (course.aftercareStartsOn !== null && course.aftercareEndsOn === null) return 'aftercare';
  return 'ended';
}

/** Optional text as typed: missing stays missing, empty becomes null. */
export function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
