// The course part's SQL: courses with their stages, caseworkers, placements and referrals to abuse
// treatment. Functions take a transaction and return plain rows; scope and rules are the services'.
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { CourseStatus } from '../../../shared/courses/course.constants.ts';
import type { Actor, Tx } from '../../platform/context.ts';
import type {
  CourseEndReason,
  CourseStageKind,
  DatabaseSchema,
  TreatmentOutcome,
} from '../../platform/db/schema.ts';

export const PAGE_SIZE = 25;

type CourseEb = ExpressionBuilder<DatabaseSchema, 'course' | 'citizen'>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The courses an actor works with: a job centre's citizens' courses, or a provider's own courses (not
 * the citizen's courses at other providers, which row-level security alone would show).
 */
export function courseScope(actor: Actor) {
  return (eb: CourseEb): Expression<SqlBool> => {
    switch (actor.organisationKind) {
      case 'job_centre':
        return eb('citizen.jobCentreId', '=', actor.organisationId);
      case 'provider':
        return eb('course.providerId', '=', actor.organisationId);
      case 'administration':
        return sql<SqlBool>`false`;
    }
  };
}

/** active: the programme runs; aftercare: in aftercare; ended: programme and aftercare over. */
export function statusFilter(status: CourseStatus) {
  return (eb: CourseEb): Expression<SqlBool> => {
    switch (status) {
      case 'active':
        return eb('course.endsOn', 'is', null);
      case 'aftercare':
        return eb.and([
          eb('course.aftercareStartsOn', 'is not', null),
          eb('course.aftercareEndsOn', 'is', null),
        ]);
      case 'ended':
        return eb.and([
          eb('course.endsOn', 'is not', null),
          eb.or([eb('course.aftercareStartsOn', 'is', null), eb('course.aftercareEndsOn', 'is not', null)]),
        ]);
      case 'all':
        return sql<SqlBool>`true`;
    }
  };
}

export type CitizenFilter =
  { kind: 'all' } | { kind: 'none' } | { kind: 'name'; text: string } | { kind: 'cpr'; cprHash: Buffer };

function baseCourseQuery(tx: Tx) {
  return tx.selectFrom('course').innerJoin('citizen', 'citizen.id', 'course.citizenId');
}

/** The newest stage of a course: the current one, or the last one of an ended course. */
function currentStageOf(eb: ExpressionBuilder<DatabaseSchema, 'course'>) {
  return eb
    .selectFrom('courseStage as s')
    .select('s.stage')
    .whereRef('s.courseId', '=', 'course.id')
    .orderBy('s.startsOn', 'desc')
    .orderBy('s.createdAt', 'desc')
    .limit(1);
}

export async function listCourses(
  tx: Tx,
  actor: Actor,
  filter: { status: CourseStatus; citizen: CitizenFilter },
  page: number,
) {
  let query = baseCourseQuery(tx).where(courseScope(actor)).where(statusFilter(filter.status));
  const citizen = filter.citizen;
  if (citizen.kind === 'name') query = query.where('citizen.name', 'ilike', `%${escapeLike(citizen.text)}%`);
  if (citizen.kind === 'cpr') query = query.where('citizen.cprHash', '=', citizen.cprHash);
  if (citizen.kind === 'none') query = query.where(sql<SqlBool>`false`);
  const [rows, count] = await Promise.all([
    query
      .innerJoin('organisation as provider', 'provider.id', 'course.providerId')
      .leftJoin('appUser as mentor', 'mentor.id', 'course.mentorUserId')
      .select([
        'course.id',
        'course.citizenId',
        'citizen.name as citizenName',
        'course.providerId',
        'provider.name as providerName',
        'course.mentorUserId',
        'mentor.displayName as mentorName',
        'course.startsOn',
        'course.plannedEndsOn',
        'course.endsOn',
        'course.endReason',
        'course.aftercareStartsOn',
        'course.aftercarePlannedEndsOn',
        'course.aftercareEndsOn',
      ])
      .select((eb) => currentStageOf(eb).as('stage'))
      .orderBy('course.startsOn', 'desc')
      .orderBy('citizen.name')
      .orderBy('course.id')
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function countCourses(tx: Tx, actor: Actor, status: CourseStatus): Promise<number> {
  const row = await baseCourseQuery(tx)
    .where(courseScope(actor))
    .where(statusFilter(status))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export async function findCourseDetail(tx: Tx, courseId: string) {
  return baseCourseQuery(tx)
    .innerJoin('organisation as provider', 'provider.id', 'course.providerId')
    .innerJoin('organisation as jobCentre', 'jobCentre.id', 'citizen.jobCentreId')
    .leftJoin('appUser as mentor', 'mentor.id', 'course.mentorUserId')
    .leftJoin('frameworkAgreement as agreement', 'agreement.id', 'course.agreementId')
    .leftJoin('tenderArea as area', 'area.id', 'agreement.tenderAreaId')
    .leftJoin('referral', 'referral.id', 'course.referralId')
    .selectAll('course')
    .select([
      'citizen.name as citizenName',
      'citizen.cprEncrypted',
      'citizen.district',
      'citizen.jobCentreId',
      'jobCentre.name as jobCentreName',
      'provider.name as providerName',
      'mentor.displayName as mentorName',
      'area.name as tenderAreaName',
      'referral.referredOn',
      'referral.outsideDistrict',
      'referral.outsideTargetGroup',
      'referral.offerType',
      'referral.offerFrom',
      'referral.offerTo',
      'referral.informedOn',
      'referral.citizenResponse',
    ])
    .where('course.id', '=', courseId)
    .executeTakeFirst();
}

export async function listCaseworkers(tx: Tx, courseId: string) {
  return tx
    .selectFrom('courseCaseworker as cc')
    .innerJoin('appUser as u', 'u.id', 'cc.userId')
    .select(['u.id', 'u.displayName as name'])
    .where('cc.courseId', '=', courseId)
    .orderBy('u.displayName')
    .execute();
}

export async function replaceCaseworkers(
  tx: Tx,
  course: { id: string; citizenId: string },
  userIds: string[],
) {
  await tx.deleteFrom('courseCaseworker').where('courseId', '=', course.id).execute();
  await tx
    .insertInto('courseCaseworker')
    .values(userIds.map((userId) => ({ courseId: course.id, userId, citizenId: course.citizenId })))
    .execute();
}

/** Active users of an organisation (who may be a mentor or a caseworker), with their roles. */
export async function listActiveUsers(tx: Tx, organisationId: string) {
  return tx
    .selectFrom('appUser')
    .select(['id', 'displayName as name', 'roles'])
    .where('organisationId', '=', organisationId)
    .where('isActive', '=', true)
    .orderBy('displayName')
    .orderBy('id')
    .execute();
}

export async function findUser(tx: Tx, userId: string) {
  return tx
    .selectFrom('appUser')
    .select(['id', 'organisationId', 'roles', 'isActive'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function updateCourse(
  tx: Tx,
  courseId: string,
  values: Partial<{
    mentorUserId: string | null;
    plannedEndsOn: string | null;
    endsOn: string;
    endReason: CourseEndReason;
    aftercareStartsOn: string | null;
    aftercarePlannedEndsOn: string | null;
    aftercareEndsOn: string;
  }>,
) {
  await tx
    .updateTable('course')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', courseId)
    .execute();
}

// ---- stages --------------------------------------------------------------------------------------

export async function listStages(tx: Tx, courseId: string) {
  return tx
    .selectFrom('courseStage')
    .select(['id', 'stage', 'startsOn', 'endsOn'])
    .where('courseId', '=', courseId)
    .orderBy('startsOn')
    .orderBy('createdAt')
    .execute();
}

/** The stage without an end date (null when the course has none open). */
export async function findOpenStage(tx: Tx, courseId: string) {
  return tx
    .selectFrom('courseStage')
    .select(['id', 'stage', 'startsOn'])
    .where('courseId', '=', courseId)
    .where('endsOn', 'is', null)
    .orderBy('startsOn', 'desc')
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
}

export async function closeStage(tx: Tx, stageId: string, endsOn: string) {
  await tx.updateTable('courseStage').set({ endsOn }).where('id', '=', stageId).execute();
}

export async function insertStage(
  tx: Tx,
  values: {
    courseId: string;
    citizenId: string;
    stage: CourseStageKind;
    startsOn: string;
    createdBy: string;
  },
) {
  return tx.insertInto('courseStage').values(values).returning('id').executeTakeFirstOrThrow();
}

// ---- referrals to abuse treatment ----------------------------------------------------------------

const treatmentColumns = [
  'id',
  'courseId',
  'citizenId',
  'referredOn',
  'outreachWorker',
  'outcome',
  'outcomeOn',
] as const;

export async function listTreatmentReferrals(tx: Tx, courseId: string) {
  return tx
    .selectFrom('treatmentReferral')
    .select(treatmentColumns)
    .where('courseId', '=', courseId)
    .orderBy('referredOn')
    .orderBy('createdAt')
    .execute();
}

export async function findTreatmentReferral(tx: Tx, id: string) {
  return tx.selectFrom('treatmentReferral').select(treatmentColumns).where('id', '=', id).executeTakeFirst();
}

export async function insertTreatmentReferral(
  tx: Tx,
  values: {
    courseId: string;
    citizenId: string;
    referredOn: string;
    outreachWorker: string | null;
    createdBy: string;
  },
) {
  return tx.insertInto('treatmentReferral').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateTreatmentReferral(
  tx: Tx,
  id: string,
  values: { outcome: TreatmentOutcome; outcomeOn: string | null; outreachWorker: string | null },
) {
  await tx
    .updateTable('treatmentReferral')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

/**
 * Referrals to treatment per provider, referred within [from, to] (aggregate: runs without the row
 * scope, returns counts only). `providerId` limits it to one provider.
 */
export async function summariseTreatmentReferrals(
  tx: Tx,
  period: { from: string; to: string },
  providerId: string | null,
) {
  let query = tx
    .selectFrom('organisation as provider')
    .leftJoin('course', 'course.providerId', 'provider.id')
    .leftJoin('treatmentReferral as tr', (join) =>
      join
        .onRef('tr.courseId', '=', 'course.id')
        .on('tr.referredOn', '>=', period.from)
        .on('tr.referredOn', '<=', period.to),
    )
    .select([
      'provider.id',
      'provider.name',
      (eb) => eb.fn.count<number>('tr.id').as('referred'),
      sql<number>`count(tr.id) FILTER (WHERE tr.outcome = 'started')`.as('started'),
      sql<number>`count(tr.id) FILTER (WHERE tr.outcome = 'not_started')`.as('notStarted'),
      sql<number>`count(tr.id) FILTER (WHERE tr.outcome = 'pending')`.as('pending'),
    ])
    .where('provider.kind', '=', 'provider')
    .groupBy(['provider.id', 'provider.name'])
    .orderBy('provider.name');
  if (providerId) query = query.where('provider.id', '=', providerId);
  return query.execute();
}

// ---- the course an accepted referral creates (the referrals module, through course.service.ts) ---

export async function insertCourseFromReferral(
  tx: Tx,
  values: {
    referralId: string;
    citizenId: string;
    providerId: string;
    agreementId: string;
    mentorUserId: string | null;
    startsOn: string;
    firstStage: CourseStageKind;
    createdBy: string;
    caseworkerId: string | null;
  },
): Promise<string> {
  const course = await tx
    .insertInto('course')
    .values({
      referralId: values.referralId,
      citizenId: values.citizenId,
      providerId: values.providerId,
      agreementId: values.agreementId,
      mentorUserId: values.mentorUserId,
      startsOn: values.startsOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('courseStage')
    .values({
      courseId: course.id,
      citizenId: values.citizenId,
      stage: values.firstStage,
      startsOn: values.startsOn,
      createdBy: values.createdBy,
    })
    .execute();
  if (values.caseworkerId) {
    await tx
      .insertInto('courseCaseworker')
      .values({ courseId: course.id, userId: values.caseworkerId, citizenId: values.citizenId })
      .execute();
  }
  return course.id;
}
