// The SQL of absence from the programme (migration 0021). Takes a transaction, returns plain rows; who may
// see what is decided by the service (and row-level security).
import type { Kysely } from 'kysely';
import { answeredByCaseworker } from '../../platform/access/caseworker-courses.ts';
import type { AbsenceFollowUp, AbsenceReason, DatabaseSchema } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

const columns = [
  'courseAbsence.id',
  'courseAbsence.courseId',
  'courseAbsence.citizenId',
  'courseAbsence.absentOn',
  'courseAbsence.hoursTenths',
  'courseAbsence.reason',
  'courseAbsence.followUp',
  'courseAbsence.followedUpOn',
  'courseAbsence.sanctionDecisionOn',
] as const;

export async function listAbsencesOfCourse(db: Runner, courseId: string) {
  return db
    .selectFrom('courseAbsence')
    .select(columns)
    .where('courseId', '=', courseId)
    .orderBy('absentOn', 'desc')
    .orderBy('createdAt', 'desc')
    .execute();
}

export type AbsenceRow = Awaited<ReturnType<typeof listAbsencesOfCourse>>[number];

export async function findAbsence(db: Runner, id: string) {
  return db.selectFrom('courseAbsence').select(columns).where('id', '=', id).executeTakeFirst();
}

export async function findAbsenceOn(db: Runner, courseId: string, absentOn: string) {
  return db
    .selectFrom('courseAbsence')
    .select('id')
    .where('courseId', '=', courseId)
    .where('absentOn', '=', absentOn)
    .executeTakeFirst();
}

export async function insertAbsence(
  db: Runner,
  values: {
    courseId: string;
    citizenId: string;
    absentOn: string;
    hoursTenths: number;
    reason: AbsenceReason | null;
    reportedBy: string;
  },
) {
  return db.insertInto('courseAbsence').values(values).returning(columns).executeTakeFirstOrThrow();
}

export async function updateFollowUp(
  db: Runner,
  id: string,
  values: {
    followUp: AbsenceFollowUp;
    followedUpOn: string;
    sanctionDecisionOn: string | null;
    followedUpBy: string;
  },
) {
  return db
    .updateTable('courseAbsence')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .returning(columns)
    .executeTakeFirstOrThrow();
}

/**
 * Absences without a follow-up on the courses of a caseworker's job centre that the caseworker answers
 * for: those where they are a course caseworker, and those without any caseworker (as job talks).
 */
export async function listOpenAbsencesForCaseworker(db: Runner, jobCentreId: string, userId: string) {
  return db
    .selectFrom('courseAbsence')
    .innerJoin('course', 'course.id', 'courseAbsence.courseId')
    .innerJoin('citizen', 'citizen.id', 'courseAbsence.citizenId')
    .select([
      'courseAbsence.id as absenceId',
      'courseAbsence.courseId',
      'courseAbsence.citizenId',
      'citizen.name as citizenName',
      'courseAbsence.absentOn',
    ])
    .where('citizen.jobCentreId', '=', jobCentreId)
    .where('courseAbsence.followUp', 'is', null)
    .where(answeredByCaseworker(userId))
    .execute();
}
