// SQL of a provider's mentor load: its courses running on a day and the active mentors of those courses.
// Counts only; the caller runs it without the row scope (withAggregateTransaction).
import { sql } from 'kysely';
import type { Tx } from '../../platform/context.ts';

export async function countMentorLoad(
  tx: Tx,
  providerId: string,
  onDate: string,
): Promise<{ runningCourses: number; mentors: number }> {
  const row = await tx
    .selectFrom('course')
    .leftJoin('appUser as mentor', (join) =>
      join.onRef('mentor.id', '=', 'course.mentorUserId').on('mentor.isActive', '=', true),
    )
    .where('course.providerId', '=', providerId)
    .where('course.startsOn', '<=', onDate)
    .where((eb) => eb.or([eb('course.endsOn', 'is', null), eb('course.endsOn', '>=', onDate)]))
    .select([
      sql<string>`count(*)`.as('runningCourses'),
      sql<string>`count(DISTINCT mentor.id)`.as('mentors'),
    ])
    .executeTakeFirstOrThrow();
  return { runningCourses: Number(row.runningCourses), mentors: Number(row.mentors) };
}
