// Placements (virksomhedsplacering) on a course: internship (virksomhedspraktik), wage subsidy
// (løntilskud) and small job (småjob). Pure: what a placement must satisfy before it is saved, each
// problem as a field and a message key (shared/courses/course.messages.ts) with its parameters.
import type { ExtensionBasis, PlacementKind } from '../../../shared/courses/course.constants.ts';
import {
  checkInternshipLength,
  INTERNSHIP_RULES,
  type InternshipBasis,
  type InternshipCheck,
} from '../../../shared/courses/legal-rules.ts';

export interface PlacementDraft {
  kind: PlacementKind;
  startsOn: string;
  endsOn: string | null;
  weeklyHoursTenths: number | null;
  extensionBasis: ExtensionBasis;
  specialNeedExtensions: number;
  assessmentNote: string | null;
}

export interface Period {
  startsOn: string;
  endsOn: string | null;
}

export interface PlacementContext {
  /** The course's programme: a placement starts within it. */
  course: Period;
  /** The course's provider's partnerships with the placement's company (company_partnership). */
  partnerships: readonly Period[];
}

export interface PlacementProblem {
  field: 'companyId' | 'startsOn' | 'endsOn' | 'weeklyHours' | 'specialNeedExtensions' | 'assessmentNote';
  message: string;
  params?: Record<string, string | number>;
}

export interface PlacementVerdict {
  problems: PlacementProblem[];
  /** Internships with an end date: the length against the rule in force when they started. */
  internshipCheck: InternshipCheck | null;
}

/**
 * Only internships are extended under LAB § 61: other kinds carry no extension basis. An internship on
 * its base period has no special-need extensions.
 */
export function normalisePlacement(draft: PlacementDraft): PlacementDraft {
  if (draft.kind !== 'internship') {
    return { ...draft, extensionBasis: 'base', specialNeedExtensions: 0, assessmentNote: null };
  }
  if (draft.extensionBasis !== 'special_need') return { ...draft, specialNeedExtensions: 0 };
  return draft;
}

/** The company is in the provider's network on `onDate`: a partnership covers that day. */
export function isInNetwork(partnerships: readonly Period[], onDate: string): boolean {
  return partnerships.some((p) => p.startsOn <= onDate && (p.endsOn === null || onDate <= p.endsOn));
}

export function internshipBasis(draft: Pick<PlacementDraft, 'extensionBasis' | 'specialNeedExtensions'>) {
  const basis: InternshipBasis =
    draft.extensionBasis === 'special_need'
      ? { kind: 'special_need', extensions: draft.specialNeedExtensions }
      : { kind: draft.extensionBasis };
  return basis;
}

/** The LAB § 61 check of an internship with an end date; null for other placements. */
export function internshipCheckOf(draft: PlacementDraft): InternshipCheck | null {
  if (draft.kind !== 'internship' || draft.endsOn === null || draft.endsOn < draft.startsOn) return null;
  // Before lov nr. 548/2019 took effect (1 January 2020) no sourced version exists: no check, not a crash.
  if (!INTERNSHIP_RULES.some((v) => v.validFrom <= draft.startsOn)) return null;
  return checkInternshipLength(draft.startsOn, draft.endsOn, internshipBasis(draft));
}

/** Every problem of a (normalised) placement on a course; none means it may be saved. */
export function checkPlacement(draft: PlacementDraft, context: PlacementContext): PlacementVerdict {
  const problems: PlacementProblem[] = [];
  const { course } = context;
  if (draft.startsOn < course.startsOn) {
    problems.push({
      field: 'startsOn',
      message: 'course.placement_before_course',
      params: { date: course.startsOn },
    });
  } else if (course.endsOn !== null && draft.startsOn > course.endsOn) {
    problems.push({
      field: 'startsOn',
      message: 'course.placement_outside_course',
      params: { from: course.startsOn, to: course.endsOn },
    });
  }
  if (!isInNetwork(context.partnerships, draft.startsOn)) {
    problems.push({ field: 'companyId', message: 'course.placement_not_in_network' });
  }
  if (draft.endsOn !== null && draft.endsOn < draft.startsOn) {
    problems.push({ field: 'endsOn', message: 'course.period' });
  }
  if (draft.kind === 'small_job' && draft.weeklyHoursTenths === null) {
    problems.push({ field: 'weeklyHours', message: 'course.placement_hours_required' });
  }
  if (draft.kind !== 'internship') return { problems, internshipCheck: null };

  if (draft.endsOn === null) problems.push({ field: 'endsOn', message: 'course.placement_end_required' });
  if (draft.extensionBasis !== 'base' && !draft.assessmentNote?.trim()) {
    problems.push({ field: 'assessmentNote', message: 'course.placement_assessment_note_required' });
  }
  if (draft.extensionBasis === 'special_need' && draft.specialNeedExtensions < 1) {
    problems.push({ field: 'specialNeedExtensions', message: 'course.placement_extensions_required' });
  }
  const internshipCheck = internshipCheckOf(draft);
  if (internshipCheck && !internshipCheck.ok && !problems.some((p) => p.field === 'endsOn')) {
    problems.push({
      field: 'endsOn',
      message: 'course.placement_too_long',
      params: {
        weeks: internshipCheck.weeks,
        maxWeeks: internshipCheck.maxWeeks,
        source: internshipCheck.source,
      },
    });
  }
  return { problems, internshipCheck };
}

// ---- ending a course with placements still running (issue 12) -----------------------------------

export type RunningPlacementDecision = 'end' | 'continue_in_aftercare';

export interface EndProblem {
  field: string;
  message: string;
  params?: Record<string, string | number>;
}

/**
 * Ending a course must not leave a placement running past its end silently: each placement running after
 * the end day needs a decision — end it on the course's end day, or continue it as part of aftercare
 * (only when the course goes on in aftercare). A placement that starts after the end day cannot be ended
 * on it (delete or move it first).
 */
export function checkRunningPlacements(
  running: readonly { id: string; startsOn: string }[],
  decisions: readonly { id: string; decision: RunningPlacementDecision }[],
  course: { endsOn: string; hasAftercare: boolean },
): EndProblem[] {
  const problems: EndProblem[] = [];
  const undecided = running.filter((p) => !decisions.some((d) => d.id === p.id));
  if (undecided.length > 0) {
    problems.push({
      field: 'placements',
      message: 'course.placements_undecided',
      params: { count: undecided.length, date: course.endsOn },
    });
  }
  for (const placement of running) {
    const decision = decisions.find((d) => d.id === placement.id)?.decision;
    if (decision === 'continue_in_aftercare' && !course.hasAftercare) {
      problems.push({
        field: `placements.${placement.id}`,
        message: 'course.placement_continue_needs_aftercare',
      });
    } else if (decision === 'end' && placement.startsOn > course.endsOn) {
      problems.push({
        field: `placements.${placement.id}`,
        message: 'course.placement_starts_after_end',
        params: { date: placement.startsOn },
      });
    }
  }
  return problems;
}
