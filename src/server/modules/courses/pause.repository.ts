// The SQL of pauses in a course (migration 0027, issue 14). Takes a transaction, returns plain rows; who
// may see what is decided by the service (and row-level security through the course).
import type { Kysely } from 'kysely';
import type { PauseKind } from '../../../shared/courses/pause.constants.ts';
import type { DatabaseSchema } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

export async function listPausesOfCourse(db: Runner, courseId: string) {
  return db
    .selectFrom('coursePause as p')
    .leftJoin('appUser as u', 'u.id', 'p.recordedBy')
    .select([
      'p.id',
      'p.courseId',
      'p.kind',
      'p.fromDate',
      'p.toDate',
      'p.note',
      'p.createdAt',
      'u.displayName as recordedByName',
    ])
    .where('p.courseId', '=', courseId)
    .orderBy('p.fromDate')
    .execute();
}

export async function insertPause(
  db: Runner,
  values: {
    courseId: string;
    kind: PauseKind;
    fromDate: string;
    toDate: string;
    note: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const row = await db.insertInto('coursePause').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}
