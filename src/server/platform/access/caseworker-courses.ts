// Which courses a caseworker answers for on their task list (talks, absences): those where they are a
// course caseworker, and those without any caseworker, which every caseworker of the job centre sees.
// One rule for every task query (talks and courses modules); used inside a query on `course`.
import { sql } from 'kysely';

export function answeredByCaseworker(userId: string) {
  return sql<boolean>`(
    EXISTS (SELECT 1 FROM course_caseworker cw WHERE cw.course_id = course.id AND cw.user_id = ${userId})
    OR NOT EXISTS (SELECT 1 FROM course_caseworker cw WHERE cw.course_id = course.id)
  )`;
}
