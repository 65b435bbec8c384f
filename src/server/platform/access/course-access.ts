// Loading a course for every module that acts on one (courses, documentation, talks, and the billing and
// pause parts of courses): who may act on which side is course-scope.ts; a course the actor may not read
// answers 404, so existence does not leak.
import { AppError } from '../../../shared/errors.ts';
import { mayActOnCourse, type CourseSide } from './course-scope.ts';
import type { Actor, Tx } from '../context.ts';
import type { CourseTable } from '../db/schema.ts';
import type { Selectable } from 'kysely';

export type CourseRow = Selectable<CourseTable> & { jobCentreId: string };

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
