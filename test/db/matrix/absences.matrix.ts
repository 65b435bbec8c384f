// Authorisation-matrix cases of absence from the programme (issue 12): read by both sides of a course,
// reported by the provider running it, the follow-up recorded by the citizen's job centre. "Own" is a
// course of citizenAtA at provider A; "other" a course of the other job centre's citizen at provider B.
import { addDays } from '../../../src/shared/dates.ts';
import { insertCourse } from '../../../src/server/modules/courses/course.fixtures.ts';
import type { MatrixModule } from './matrix-types.ts';

// One report per day: each request that may succeed reports a day of its own.
let reportDay = 0;
const nextDay = () => addDays('2026-03-02', reportDay++);

export const absencesMatrix: MatrixModule = {
  async prepare(db, _keys, world) {
    const { providerA, providerB } = world.organisations;
    const { citizenAtA, citizenOtherJobCentre } = world.citizens;
    const courseA = await insertCourse(db, {
      citizenId: citizenAtA.id,
      providerId: providerA.id,
      caseworkerIds: [world.users.caseworker.userId],
      startsOn: '2026-03-02',
    });
    const courseB = await insertCourse(db, {
      citizenId: citizenOtherJobCentre.id,
      providerId: providerB.id,
      startsOn: '2026-03-02',
    });
    const absence = (courseId: string, citizenId: string) =>
      db
        .insertInto('courseAbsence')
        .values({ courseId, citizenId, absentOn: '2026-02-27', hoursTenths: 75, reason: null })
        .returning('id')
        .executeTakeFirstOrThrow();
    // The absence day is before the start on purpose: no report in the matrix can collide with it.
    return {
      absenceCourseA: courseA,
      absenceCourseB: courseB,
      absenceA: (await absence(courseA, citizenAtA.id)).id,
      absenceB: (await absence(courseB, citizenOtherJobCentre.id)).id,
    };
  },
  cases: {
    'GET /api/courses/:id/absences': {
      own: (_w, f) => ({ path: `/api/courses/${f.absenceCourseA}/absences` }),
      other: (_w, f) => ({ path: `/api/courses/${f.absenceCourseB}/absences` }),
    },
    'POST /api/courses/:id/absences': {
      own: (_w, f) => ({
        path: `/api/courses/${f.absenceCourseA}/absences`,
        body: { absentOn: nextDay(), hoursTenths: 30 },
      }),
      other: (_w, f) => ({
        path: `/api/courses/${f.absenceCourseB}/absences`,
        body: { absentOn: nextDay(), hoursTenths: 30 },
      }),
    },
    'PUT /api/absences/:id/follow-up': {
      own: (_w, f) => ({
        path: `/api/absences/${f.absenceA}/follow-up`,
        body: { followUp: 'contact_made', followedUpOn: '2026-03-03' },
      }),
      other: (_w, f) => ({
        path: `/api/absences/${f.absenceB}/follow-up`,
        body: { followUp: 'contact_made', followedUpOn: '2026-03-03' },
      }),
    },
  },
};
