// What the provider promised against what indsats records (issue 14). Pure: the service gathers the
// recorded figures from the companies and courses modules; these rules decide what each promise is
// compared with and whether it is kept. What is counted:
//   binding partnerships — the provider's company partnerships marked binding (forpligtende) and active on
//     the day (companies: company.rules.ts countActiveBinding, the same count as the tender's indicator);
//   local partners — the local partners recorded in the provider's network (local_partner has no period, so
//     every recorded partner counts);
//   mentor ratio — the provider's courses running on the day (started, not ended; aftercare not counted)
//     per active mentor (an active user named mentor of at least one of those courses).
// A promise of another kind is "not recorded in indsats": shown, never given a number.
import type {
  PromiseKind,
  PromiseSource,
  PromiseStatus,
} from '../../../shared/agreements/promise.constants.ts';

export interface RecordedFigures {
  bindingPartnerships: number;
  localPartners: number;
  runningCourses: number;
  mentors: number;
}

/** Whether the recorded value must reach the promise (a number of partners) or stay within it (a ratio). */
export function directionOf(kind: PromiseKind): 'at_least' | 'at_most' | null {
  switch (kind) {
    case 'binding_partnerships':
    case 'local_partners':
      return 'at_least';
    case 'mentor_ratio':
      return 'at_most';
    case 'other':
      return null;
  }
}

/** Courses per mentor in tenths, rounded half up; null without a mentor (the ratio is not defined). */
export function mentorRatioTenths(runningCourses: number, mentors: number): number | null {
  if (mentors === 0) return null;
  return Math.round((runningCourses * 10) / mentors);
}

/** What indsats records for a kind, in tenths; null when it records nothing comparable. */
export function recordedTenths(kind: PromiseKind, figures: RecordedFigures): number | null {
  switch (kind) {
    case 'binding_partnerships':
      return figures.bindingPartnerships * 10;
    case 'local_partners':
      return figures.localPartners * 10;
    case 'mentor_ratio':
      return mentorRatioTenths(figures.runningCourses, figures.mentors);
    case 'other':
      return null;
  }
}

export interface PromiseComparison {
  status: PromiseStatus;
  recordedTenths: number | null;
  differenceTenths: number | null;
}

export function comparePromise(
  promise: { kind: PromiseKind; promisedTenths: number },
  figures: RecordedFigures,
): PromiseComparison {
  const direction = directionOf(promise.kind);
  if (direction === null) return { status: 'not_recorded', recordedTenths: null, differenceTenths: null };
  const recorded = recordedTenths(promise.kind, figures);
  if (recorded === null) return { status: 'not_measurable', recordedTenths: null, differenceTenths: null };
  const kept =
    direction === 'at_least' ? recorded >= promise.promisedTenths : recorded <= promise.promisedTenths;
  return {
    status: kept ? 'met' : 'not_met',
    recordedTenths: recorded,
    differenceTenths: recorded - promise.promisedTenths,
  };
}

export interface PromiseDraft {
  kind: PromiseKind;
  label: string | null;
  unit: string | null;
  source: PromiseSource;
  criterionId: string | null;
  sourceText: string | null;
}

export interface PromiseProblem {
  field: 'label' | 'unit' | 'criterionId' | 'sourceText';
  key:
    | 'promise.label_required'
    | 'promise.unit_required'
    | 'promise.label_only_other'
    | 'promise.clause_required'
    | 'promise.criterion_only_bid';
}

/**
 * What a promise must hold: another kind names itself and its unit (the three recorded kinds do not); a
 * promise in the agreement quotes its clause and refers to no sub-criterion.
 */
export function checkPromise(draft: PromiseDraft): PromiseProblem[] {
  const problems: PromiseProblem[] = [];
  if (draft.kind === 'other') {
    if (!draft.label) problems.push({ field: 'label', key: 'promise.label_required' });
    if (!draft.unit) problems.push({ field: 'unit', key: 'promise.unit_required' });
  } else if (draft.label || draft.unit) {
    problems.push({ field: draft.label ? 'label' : 'unit', key: 'promise.label_only_other' });
  }
  if (draft.source === 'agreement') {
    if (!draft.sourceText) problems.push({ field: 'sourceText', key: 'promise.clause_required' });
    if (draft.criterionId) problems.push({ field: 'criterionId', key: 'promise.criterion_only_bid' });
  }
  return problems;
}
