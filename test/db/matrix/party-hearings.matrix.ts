// Authorisation-matrix cases of party hearing (partshøring, issue 12): read by both sides of a course,
// recorded by the citizen's job centre only. "Own" is a course of citizenAtA at provider A with a
// work-capacity description; "other" a course of the other job centre's citizen at provider B.
import { encrypt } from '../../../src/server/platform/crypto/keys.ts';
import { insertCourse } from '../../../src/server/modules/courses/course.fixtures.ts';
import type { MatrixModule } from './matrix-types.ts';

export const partyHearingsMatrix: MatrixModule = {
  async prepare(db, keys, world) {
    const { providerA, providerB } = world.organisations;
    const { citizenAtA, citizenOtherJobCentre } = world.citizens;
    const course = async (citizenId: string, providerId: string) => {
      const courseId = await insertCourse(db, { citizenId, providerId, startsOn: '2026-03-02' });
      await db
        .insertInto('courseDocument')
        .values({ courseId, citizenId, kind: 'work_capacity', contentEncrypted: encrypt(keys, '{}') })
        .execute();
      return courseId;
    };
    const hearing = (courseId: string, citizenId: string) =>
      db
        .insertInto('partyHearing')
        .values({
          courseId,
          citizenId,
          subject: 'final_report',
          sentOn: '2026-03-09',
          deadlineOn: '2026-03-23',
          method: 'letter',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const courseA = await course(citizenAtA.id, providerA.id);
    const courseB = await course(citizenOtherJobCentre.id, providerB.id);
    return {
      hearingCourseA: courseA,
      hearingCourseB: courseB,
      hearingA: (await hearing(courseA, citizenAtA.id)).id,
      hearingB: (await hearing(courseB, citizenOtherJobCentre.id)).id,
    };
  },
  cases: {
    'GET /api/courses/:id/party-hearings': {
      own: (_w, f) => ({ path: `/api/courses/${f.hearingCourseA}/party-hearings` }),
      other: (_w, f) => ({ path: `/api/courses/${f.hearingCourseB}/party-hearings` }),
    },
    'POST /api/courses/:id/party-hearings': {
      own: (_w, f) => ({
        path: `/api/courses/${f.hearingCourseA}/party-hearings`,
        body: {
          subject: 'work_capacity',
          sentOn: '2026-03-09',
          deadlineOn: '2026-03-23',
          method: 'digital_post',
        },
      }),
      other: (_w, f) => ({
        path: `/api/courses/${f.hearingCourseB}/party-hearings`,
        body: {
          subject: 'work_capacity',
          sentOn: '2026-03-09',
          deadlineOn: '2026-03-23',
          method: 'digital_post',
        },
      }),
    },
    'PUT /api/party-hearings/:id/outcome': {
      own: (_w, f) => ({
        path: `/api/party-hearings/${f.hearingA}/outcome`,
        body: { outcome: 'no_comments', outcomeOn: '2026-03-24' },
      }),
      other: (_w, f) => ({
        path: `/api/party-hearings/${f.hearingB}/outcome`,
        body: { outcome: 'no_comments', outcomeOn: '2026-03-24' },
      }),
    },
  },
};
