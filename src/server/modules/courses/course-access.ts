// Who may do what with a course, in one place for every part of the courses module (referrals,
// stages, placements, documentation, talks, billing):
//   the job centre responsible for the citizen reads the course and manages the job-centre side
//   (talks, plans, eligibility facts, caseworkers); the provider running the course reads it and
//   manages the provider side (stages, placements, documentation, treatment referrals);
//   anyone else (another provider, the administration) gets 404, so existence does not leak.
// Row-level security (migration 0006) says the same for reads; these checks add the write rules.
import { copenhagenDate } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor, Tx } from '../../platform/context.ts';
import type { CourseTable } from '../../platform/db/schema.ts';
import type { Selectable } from 'kysely';

export type CourseRow = Selectable<CourseTable> & { jobCentreId: string };

export type CourseSide = 'read' | 'provider' | 'job_centre';

/** May the actor act on this course on `side`? */
export function mayActOnCourse(
  actor: Actor,
  course: { providerId: string; jobCentreId: string },
  side: CourseSide,
): boolean {
  const isProvider = actor.organisationKind === 'provider' && course.providerId === actor.organisationId;
  const isJobCentre = actor.organisationKind === 'job_centre' && course.jobCentreId === actor.organisationId;
  if (side === 'provider') return isProvider;
  if (side === 'job_centre') return isJobCentre;
  return isProvider || isJobCentre;
}

/**
 * Loads a course the actor may see (404 otherwise) and checks the side they act on: reading
 * (both), the provider side, or the job-centre side (403 when the course is visible but the side is
 * the other organisation's).
 */
export async function requireCourse(
  tx: Tx,
  actor: Actor,
  courseId: string,
  side: CourseSide,
): Promise<CourseRow> {
  const row = await tx
    .selectFrom('course')
    .innerJoin('citizen', 'citizen.id', 'course.citizenId')
    .selectAll('course')
    .select('citizen.jobCentreId')
    .where('course.id', '=', courseId)
    .executeTakeFirst();
  if (!row || !mayActOnCourse(actor, row, 'read')) throw new AppError('NOT_FOUND', 'access.not_found');
  if (!mayActOnCourse(actor, row, side)) throw new AppError('FORBIDDEN', 'access.forbidden');
  return row;
}

/** Today in Copenhagen, as YYYY-MM-DD. */
export function today(): string {
  return copenhagenDate(new Date());
}
