// Rules of a course's documentation, pure (no I/O): who reads a sensitive entry, which entries may be
// written and deleted, when the final report may be completed, and which plan document a date gives.
import { formatDanishDate, addDays } from '../../../shared/dates.ts';
import {
  ENTRY_DAYS_AFTER_END,
  ENTRY_DELETE_HOURS,
  type EntryKind,
  type EntrySetting,
  type PlanType,
} from '../../../shared/courses/documentation.constants.ts';
import { PLAN_DOCUMENT_RULES, ruleInForce } from '../../../shared/courses/legal-rules.ts';

/** A refusal as the service throws it (AppError's code, message key, field keys and parameters). */
export interface RuleProblem {
  code: 'VALIDATION_FAILED' | 'INVALID_STATE';
  message: string;
  fields?: Record<string, string>;
  params?: Record<string, string | number>;
}

export interface CourseDates {
  startsOn: string;
  endsOn: string | null;
  aftercareStartsOn: string | null;
  aftercareEndsOn: string | null;
}

// ---- who reads a sensitive entry --------------------------------------------------------------------

export interface EntryViewer {
  userId: string;
  /** The course's fixed mentor at the provider. */
  isMentor: boolean;
  /** One of the course's fixed caseworkers at the job centre. */
  isCaseworker: boolean;
}

/** Sensitive entries are for those who need them: the course's mentor and caseworkers, and the author. */
export function mayReadEntry(
  entry: { isSensitive: boolean; authorUserId: string | null },
  viewer: EntryViewer,
): boolean {
  if (!entry.isSensitive) return true;
  return viewer.isMentor || viewer.isCaseworker || entry.authorUserId === viewer.userId;
}

// ---- writing and deleting entries --------------------------------------------------------------------

/**
 * The last day documentation may be written: ENTRY_DAYS_AFTER_END days after the course ended (or,
 * with aftercare, after the aftercare ended), for the final notes. Null while the course or its
 * aftercare runs.
 */
export function documentationClosesOn(course: CourseDates): string | null {
  if (course.endsOn === null) return null;
  if (course.aftercareStartsOn !== null) {
    return course.aftercareEndsOn === null ? null : addDays(course.aftercareEndsOn, ENTRY_DAYS_AFTER_END);
  }
  return addDays(course.endsOn, ENTRY_DAYS_AFTER_END);
}

export interface EntryFacts {
  entryOn: string;
  kind: EntryKind;
  setting: EntrySetting | null;
  attended: boolean | null;
}

/** Why an entry cannot be written on `today`, or null when it can. */
export function checkEntry(entry: EntryFacts, course: CourseDates, today: string): RuleProblem | null {
  const closesOn = documentationClosesOn(course);
  if (closesOn !== null && today > closesOn) {
    return {
      code: 'INVALID_STATE',
      message: 'documentation.course_closed',
      params: {
        endsOn: formatDanishDate(course.aftercareEndsOn ?? course.endsOn ?? closesOn),
        closesOn: formatDanishDate(closesOn),
        days: ENTRY_DAYS_AFTER_END,
      },
    };
  }
  const fields: Record<string, string> = {};
  if (entry.entryOn > today) fields.entryOn = 'documentation.date_future';
  else if (entry.entryOn < course.startsOn) fields.entryOn = 'documentation.date_before_course';
  if (entry.kind === 'accommodation' && entry.setting === null) {
    fields.setting = 'documentation.setting_required';
  }
  if (entry.kind !== 'accommodation' && entry.kind !== 'attendance' && entry.setting !== null) {
    fields.setting = 'documentation.setting_not_used';
  }
  if (entry.kind === 'attendance' && entry.attended === null) {
    fields.attended = 'documentation.attended_required';
  }
  if (entry.kind !== 'attendance' && entry.attended !== null) {
    fields.attended = 'documentation.attended_not_used';
  }
  if (Object.keys(fields).length === 0) return null;
  return {
    code: 'VALIDATION_FAILED',
    message: 'validation.failed',
    fields,
    params: { startsOn: formatDanishDate(course.startsOn) },
  };
}

export type DeleteVerdict = 'ok' | 'not_author' | 'too_late';

/** Only the author deletes an entry, and only within ENTRY_DELETE_HOURS: after that it is part of the record. */
export function mayDeleteEntry(
  entry: { authorUserId: string | null; createdAt: Date | string },
  userId: string,
  now: Date,
): DeleteVerdict {
  if (entry.authorUserId === null || entry.authorUserId !== userId) return 'not_author';
  const ageMs = now.getTime() - new Date(entry.createdAt).getTime();
  return ageMs < ENTRY_DELETE_HOURS * 3_600_000 ? 'ok' : 'too_late';
}

// ---- the final report -------------------------------------------------------------------------------

/** Why the final report cannot be marked complete on `completedOn`, or null when it can. */
export function checkFinalReportCompletion(
  course: { endsOn: string | null },
  report: { completedOn: string; summary: string | null },
  today: string,
): RuleProblem | null {
  if (course.endsOn === null) {
    return {
      code: 'INVALID_STATE',
      message: 'documentation.final_report_not_ended',
      fields: { completedOn: 'documentation.final_report_not_ended' },
    };
  }
  const fields: Record<string, string> = {};
  if (report.completedOn > today) fields.completedOn = 'documentation.date_future';
  else if (report.completedOn < course.endsOn) fields.completedOn = 'documentation.final_report_before_end';
  if (!report.summary) fields.summary = 'documentation.final_report_summary';
  if (Object.keys(fields).length === 0) return null;
  return {
    code: 'VALIDATION_FAILED',
    message: 'validation.failed',
    fields,
    params: { endsOn: formatDanishDate(course.endsOn) },
  };
}

// ---- preparatory-plan starts -------------------------------------------------------------------------

/** The plan document type a date gives, with the rule's source and first day. */
export function planRuleOn(date: string): { planType: PlanType; source: string; validFrom: string } {
  const version = ruleInForce(PLAN_DOCUMENT_RULES, date);
  return { planType: version.rules.type, source: version.source, validFrom: version.validFrom };
}

/**
 * The type of a plan started on `startedOn`: the one the rule in force gives. A type given by the
 * caseworker that contradicts the date is refused with the rule (from 1 Feb 2026 the rehabilitation
 * team is gone and the document is the "samlet beskrivelse af borgerens forudsætninger").
 */
export function checkPlanType(
  startedOn: string,
  given: PlanType | null | undefined,
  today: string,
): { ok: true; planType: PlanType; source: string } | { ok: false; problem: RuleProblem } {
  if (startedOn > today) {
    return {
      ok: false,
      problem: {
        code: 'VALIDATION_FAILED',
        message: 'validation.failed',
        fields: { startedOn: 'documentation.date_future' },
      },
    };
  }
  const rule = planRuleOn(startedOn);
  if (!given || given === rule.planType) return { ok: true, planType: rule.planType, source: rule.source };
  const next = [...PLAN_DOCUMENT_RULES]
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
    .find((version) => version.validFrom > startedOn);
  const message = `documentation.plan_type_${rule.planType}`;
  return {
    ok: false,
    problem: {
      code: 'VALIDATION_FAILED',
      message,
      fields: { planType: message },
      params: {
        date: formatDanishDate(startedOn),
        validFrom: formatDanishDate(rule.validFrom),
        changeOn: next ? formatDanishDate(next.validFrom) : '',
        // The law that makes the difference: the change itself when the date is before it.
        source: next ? next.source : rule.source,
      },
    },
  };
}
