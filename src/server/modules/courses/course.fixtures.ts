// Test fixtures of the courses module (service tests, route tests and the authorisation matrix): an
// agreement with prices for a provider, and a course with its first stage and caseworker, written
// straight to the database as the module stores them.
import type { Db } from '../../platform/db/client.ts';
import type { CourseStageKind } from '../../platform/db/schema.ts';
import { insertAgreementWithPrices, insertTenderWithArea } from '../budgets/budget.fixtures.ts';

/** 2.000 kr. a week for the programme and 600 kr. for aftercare, 2024–2027. */
export const FIXTURE_PROGRAMME_ORE = 200_000;
export const FIXTURE_AFTERCARE_ORE = 60_000;

export async function insertCourseAgreement(db: Db, providerId: string, tenderAreaId?: string) {
  const areaId = tenderAreaId ?? (await insertTenderWithArea(db)).tenderAreaId;
  const agreementId = await insertAgreementWithPrices(db, {
    tenderAreaId: areaId,
    providerId,
    startsOn: '2024-01-01',
    endsOn: '2027-12-31',
    programme: [{ validFrom: '2024-01-01', weeklyOre: FIXTURE_PROGRAMME_ORE }],
    aftercare: [{ validFrom: '2024-01-01', weeklyOre: FIXTURE_AFTERCARE_ORE }],
  });
  return { tenderAreaId: areaId, agreementId };
}

export async function insertCourse(
  db: Db,
  values: {
    citizenId: string;
    providerId: string;
    agreementId?: string | null;
    mentorUserId?: string | null;
    caseworkerIds?: string[];
    startsOn?: string;
    stage?: CourseStageKind;
    endsOn?: string | null;
    endReason?: 'job' | 'dropped_out' | null;
  },
) {
  const startsOn = values.startsOn ?? '2026-09-07';
  const course = await db
    .insertInto('course')
    .values({
      citizenId: values.citizenId,
      providerId: values.providerId,
      agreementId: values.agreementId ?? null,
      mentorUserId: values.mentorUserId ?? null,
      startsOn,
      plannedEndsOn: null,
      endsOn: values.endsOn ?? null,
      endReason: values.endReason ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('courseStage')
    .values({
      courseId: course.id,
      citizenId: values.citizenId,
      stage: values.stage ?? 'internal_training',
      startsOn,
      endsOn: values.endsOn ?? null,
    })
    .execute();
  for (const userId of values.caseworkerIds ?? []) {
    await db
      .insertInto('courseCaseworker')
      .values({ courseId: course.id, userId, citizenId: values.citizenId })
      .execute();
  }
  return course.id;
}
