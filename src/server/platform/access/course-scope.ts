// Who may act on a course or a referral, which has two sides: the provider running it and the job centre
// responsible for the citizen.
//   the job centre reads it and manages the job-centre side (talks, plans, eligibility facts, caseworkers,
//   deciding a referral it sent);
//   the provider reads it and manages the provider side (stages, placements, documentation, treatment
//   referrals, accepting a referral to it);
//   anyone else (another provider, the administration) may not even read it (callers answer NOT_FOUND).
// Row-level security (migration 0006) says the same for reads; these checks add the write rules.
import type { ScopeOwner } from './citizen-scope.ts';
import { isUserOfProvider } from './provider-scope.ts';

export type CourseSide = 'read' | 'provider' | 'job_centre';

/** May the actor act on this course (or referral) on `side`? */
export function mayActOnCourse(
  actor: ScopeOwner,
  course: { providerId: string; jobCentreId: string },
  side: CourseSide,
): boolean {
  const isProvider = isUserOfProvider(actor, course.providerId);
  const isJobCentre = actor.organisationKind === 'job_centre' && course.jobCentreId === actor.organisationId;
  if (side === 'provider') return isProvider;
  if (side === 'job_centre') return isJobCentre;
  return isProvider || isJobCentre;
}
