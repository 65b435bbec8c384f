// The SQL of job talks, their follow-up statistics and the task list. Functions take a transaction and
// return plain rows; who may see what is decided by the service (and row-level security).
import type { Kysely } from 'kysely';
import { answeredByCaseworker } from '../../platform/access/caseworker-courses.ts';
import type { DatabaseSchema, TalkOutcomeStatus, TalkVenue } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

const talkColumns = [
  'jobTalk.id',
  'jobTalk.courseId',
  'jobTalk.citizenId',
  'jobTalk.obligation',
  'jobTalk.deadline',
  'jobTalk.ruleSource',
  'jobTalk.scheduledOn',
  'jobTalk.venue',
  'jobTalk.outcome',
  'jobTalk.heldOn',
] as const;

export async function listTalksOfCourse(db: Runner, courseId: string) {
  return db
    .selectFrom('jobTalk')
    .select(talkColumns)
    .where('jobTalk.courseId', '=', courseId)
    .orderBy('jobTalk.scheduledOn')
    .orderBy('jobTalk.createdAt')
    .execute();
}

export type TalkRow = Awaited<ReturnType<typeof listTalksOfCourse>>[number];

/** Every talk of a citizen, with or without a course (row-level security hides other providers' courses). */
export async function listTalksOfCitizen(db: Runner, citizenId: string) {
  return db
    .selectFrom('jobTalk')
    .select(talkColumns)
    .where('jobTalk.citizenId', '=', citizenId)
    .orderBy('jobTalk.scheduledOn')
    .orderBy('jobTalk.createdAt')
    .execute();
}

/** A citizen's courses (those the user may see), oldest first, with the provider's name. */
export async function listCoursesOfCitizen(db: Runner, citizenId: string) {
  return db
    .selectFrom('course')
    .innerJoin('organisation as provider', 'provider.id', 'course.providerId')
    .select([
      'course.id',
      'course.providerId',
      'course.startsOn',
      'course.endsOn',
      'provider.name as providerName',
    ])
    .where('course.citizenId', '=', citizenId)
    .orderBy('course.startsOn')
    .execute();
}

/** The look-up hash of the citizen's CPR number: the register's key. */
export async function findCitizenCprHash(db: Runner, citizenId: string): Promise<Buffer | null> {
  const row = await db.selectFrom('citizen').select('cprHash').where('id', '=', citizenId).executeTakeFirst();
  return row?.cprHash ?? null;
}

/** Which of the codes the codebook counts as a benefit. */
export async function listBenefitCodes(db: Runner, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('registerCode')
    .select('code')
    .where('code', 'in', codes)
    .where('category', '=', 'benefit')
    .execute();
  return rows.map((r) => r.code);
}

/** The citizen's first request for help (the job-talk period's start, LAB § 9), if recorded. */
export async function findFirstRequestOn(db: Runner, citizenId: string): Promise<string | null> {
  const row = await db
    .selectFrom('citizenCircumstance')
    .select('firstRequestOn')
    .where('citizenId', '=', citizenId)
    .executeTakeFirst();
  return row?.firstRequestOn ?? null;
}

export async function findTalk(db: Runner, id: string) {
  return db.selectFrom('jobTalk').select(talkColumns).where('jobTalk.id', '=', id).executeTakeFirst();
}

export async function insertTalk(
  db: Runner,
  values: {
    citizenId: string;
    courseId: string | null;
    obligation: 'first' | 'follow_up';
    deadline: string | null;
    ruleSource: string;
    scheduledOn: string;
    venue: TalkVenue;
    createdBy: string;
  },
) {
  return db.insertInto('jobTalk').values(values).returning(talkColumns).executeTakeFirstOrThrow();
}

export async function updateTalk(
  db: Runner,
  id: string,
  values: { scheduledOn: string; venue: TalkVenue; outcome: TalkOutcomeStatus; heldOn: string | null },
) {
  return db
    .updateTable('jobTalk')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .returning(talkColumns)
    .executeTakeFirstOrThrow();
}

// ---- follow-up statistics (run without the row scope: the service returns counts only) ---------------

/** Talks on courses scheduled in the period, with the course's provider and programme. */
export async function listCourseTalksInPeriod(db: Runner, from: string, to: string) {
  return db
    .selectFrom('jobTalk')
    .innerJoin('course', 'course.id', 'jobTalk.courseId')
    .innerJoin('organisation as provider', 'provider.id', 'course.providerId')
    .leftJoin('frameworkAgreement', 'frameworkAgreement.id', 'course.agreementId')
    .leftJoin('tenderArea', 'tenderArea.id', 'frameworkAgreement.tenderAreaId')
    .leftJoin('tender', 'tender.id', 'tenderArea.tenderId')
    .select([
      'jobTalk.outcome',
      'jobTalk.heldOn',
      'jobTalk.deadline',
      'course.providerId',
      'provider.name as providerName',
      'tenderArea.id as tenderAreaId',
      'tenderArea.name as programmeName',
      'tender.name as tenderName',
    ])
    .where('jobTalk.scheduledOn', '>=', from)
    .where('jobTalk.scheduledOn', '<=', to)
    .execute();
}

/** Every talk in the period of an activity-ready citizen (with or without a course), with the CPR number. */
export async function listActivityReadyTalksInPeriod(db: Runner, from: string, to: string) {
  return db
    .selectFrom('jobTalk')
    .innerJoin('citizenCircumstance', 'citizenCircumstance.citizenId', 'jobTalk.citizenId')
    .innerJoin('citizen', 'citizen.id', 'jobTalk.citizenId')
    .select([
      'jobTalk.citizenId',
      'jobTalk.outcome',
      'jobTalk.heldOn',
      'jobTalk.deadline',
      'jobTalk.scheduledOn',
      'citizen.cprEncrypted',
    ])
    .where('citizenCircumstance.activityReady', '=', true)
    .where('jobTalk.scheduledOn', '>=', from)
    .where('jobTalk.scheduledOn', '<=', to)
    .execute();
}

// ---- the task list ----------------------------------------------------------------------------------

/**
 * Active courses of a caseworker's job centre whose talks the caseworker answers for: those where
 * they are a course caseworker, and those without any caseworker.
 */
export async function listCaseworkerCourses(db: Runner, jobCentreId: string, userId: string) {
  return db
    .selectFrom('course')
    .innerJoin('citizen', 'citizen.id', 'course.citizenId')
    .leftJoin('citizenCircumstance', 'citizenCircumstance.citizenId', 'course.citizenId')
    .select([
      'course.id as courseId',
      'course.citizenId',
      'citizen.name as citizenName',
      'course.startsOn',
      'course.endsOn',
      'citizenCircumstance.firstRequestOn',
    ])
    .where('citizen.jobCentreId', '=', jobCentreId)
    .where('course.endsOn', 'is', null)
    .where(answeredByCaseworker(userId))
    .execute();
}

/** The talks of citizens, with or without a course: the obligation is the citizen's, not the course's. */
export async function listTalkFactsOfCitizens(db: Runner, citizenIds: readonly string[]) {
  if (citizenIds.length === 0) return [];
  return db
    .selectFrom('jobTalk')
    .select(['id', 'citizenId', 'courseId', 'outcome', 'scheduledOn', 'heldOn', 'deadline'])
    .where('citizenId', 'in', citizenIds)
    .execute();
}

/** Pending referrals: made by the caseworker, or sent to the provider. */
export async function listPendingReferrals(
  db: Runner,
  filter: { referredBy: string } | { providerId: string },
) {
  return db
    .selectFrom('referral')
    .innerJoin('citizen', 'citizen.id', 'referral.citizenId')
    .select([
      'referral.id as referralId',
      'referral.citizenId',
      'citizen.name as citizenName',
      'referral.referredOn',
    ])
    .where('referral.status', '=', 'pending')
    .$if('referredBy' in filter, (qb) =>
      qb.where('referral.referredBy', '=', (filter as { referredBy: string }).referredBy),
    )
    .$if('providerId' in filter, (qb) =>
      qb.where('referral.providerId', '=', (filter as { providerId: string }).providerId),
    )
    .execute();
}

/**
 * A provider user's courses: those they mentor and the provider's courses without a mentor, limited to
 * the ones that can give a task (active, in aftercare, or ended without a completed final report).
 */
export async function listProviderCourses(db: Runner, providerId: string, userId: string) {
  return db
    .selectFrom('course')
    .innerJoin('citizen', 'citizen.id', 'course.citizenId')
    .leftJoin('courseDocument as report', (join) =>
      join.onRef('report.courseId', '=', 'course.id').on('report.kind', '=', 'final_report'),
    )
    .select((eb) => [
      'course.id as courseId',
      'course.citizenId',
      'citizen.name as citizenName',
      'course.startsOn',
      'course.endsOn',
      'course.aftercareStartsOn',
      'course.aftercarePlannedEndsOn',
      'course.aftercareEndsOn',
      'report.completedOn as finalReportCompletedOn',
      eb
        .selectFrom('courseEntry')
        .select((e) => e.fn.max('courseEntry.entryOn').as('lastEntryOn'))
        .whereRef('courseEntry.courseId', '=', 'course.id')
        .as('lastEntryOn'),
    ])
    .where('course.providerId', '=', providerId)
    .where((eb) => eb.or([eb('course.mentorUserId', '=', userId), eb('course.mentorUserId', 'is', null)]))
    .where((eb) =>
      eb.or([
        eb('course.endsOn', 'is', null),
        eb.and([eb('course.aftercareStartsOn', 'is not', null), eb('course.aftercareEndsOn', 'is', null)]),
        eb('report.completedOn', 'is', null),
      ]),
    )
    .execute();
}

/** Internships on a provider user's courses (mentored by them, or without a mentor) ending in the window. */
export async function listEndingInternships(
  db: Runner,
  providerId: string,
  userId: string,
  window: { from: string; to: string },
) {
  return db
    .selectFrom('placement')
    .innerJoin('course', 'course.id', 'placement.courseId')
    .innerJoin('citizen', 'citizen.id', 'placement.citizenId')
    .innerJoin('company', 'company.id', 'placement.companyId')
    .select([
      'placement.id as placementId',
      'course.id as courseId',
      'placement.citizenId',
      'citizen.name as citizenName',
      'placement.endsOn',
      'company.name as companyName',
    ])
    .where('placement.kind', '=', 'internship')
    .where('course.providerId', '=', providerId)
    .where((eb) => eb.or([eb('course.mentorUserId', '=', userId), eb('course.mentorUserId', 'is', null)]))
    .where('placement.endsOn', '>=', window.from)
    .where('placement.endsOn', '<=', window.to)
    .execute();
}
