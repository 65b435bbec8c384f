// Authorisation-matrix cases of the courses module's talks routes: talks on a course (read by both
// sides, managed by the job centre), the follow-up statistics (aggregates, no other-organisation record)
// and the task list (the user's own). "Own" is a course of citizenAtA (the job centre) at provider A;
// "other" a course of the other job centre's citizen at provider B, which everyone scoped answers 404.
import { insertCourse, insertCourseAgreement } from '../../../src/server/modules/courses/course.fixtures.ts';
import type { MatrixModule } from './matrix-types.ts';

export const talksMatrix: MatrixModule = {
  async prepare(db, _keys, world) {
    const { providerA, providerB } = world.organisations;
    const { citizenAtA, citizenOtherJobCentre } = world.citizens;
    const agreementA = await insertCourseAgreement(db, providerA.id);
    const agreementB = await insertCourseAgreement(db, providerB.id);
    const courseA = await insertCourse(db, {
      citizenId: citizenAtA.id,
      providerId: providerA.id,
      agreementId: agreementA.agreementId,
      caseworkerIds: [world.users.caseworker.userId],
      startsOn: '2026-03-02',
    });
    const courseB = await insertCourse(db, {
      citizenId: citizenOtherJobCentre.id,
      providerId: providerB.id,
      agreementId: agreementB.agreementId,
      startsOn: '2026-03-02',
    });
    // talkA is held, so the POST below schedules a follow-up: a second call-in to a planned first talk
    // is refused (issue 12, talk-manage.ts).
    const talk = (courseId: string, citizenId: string, held = false) =>
      db
        .insertInto('jobTalk')
        .values({
          citizenId,
          courseId,
          obligation: 'first',
          deadline: '2026-03-09',
          ruleSource: 'matrix',
          scheduledOn: '2026-03-05',
          venue: 'job_centre',
          ...(held ? { outcome: 'held' as const, heldOn: '2026-03-05' } : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    return {
      talksCourseA: courseA,
      talksCourseB: courseB,
      talkA: (await talk(courseA, citizenAtA.id, true)).id,
      talkB: (await talk(courseB, citizenOtherJobCentre.id)).id,
    };
  },
  cases: {
    'GET /api/courses/:id/talks': {
      own: (_w, f) => ({ path: `/api/courses/${f.talksCourseA}/talks` }),
      other: (_w, f) => ({ path: `/api/courses/${f.talksCourseB}/talks` }),
    },
    'POST /api/courses/:id/talks': {
      own: (_w, f) => ({
        path: `/api/courses/${f.talksCourseA}/talks`,
        body: { scheduledOn: '2026-04-01', venue: 'provider' },
      }),
      other: (_w, f) => ({
        path: `/api/courses/${f.talksCourseB}/talks`,
        body: { scheduledOn: '2026-04-01', venue: 'provider' },
      }),
    },
    // citizenAtA has a course at provider A (its provider users read) and a held first talk, so the POST
    // schedules a follow-up without a course; the other job centre's citizen answers 404.
    'GET /api/citizens/:id/talks': {
      own: (w) => ({ path: `/api/citizens/${w.citizens.citizenAtA.id}/talks` }),
      other: (w) => ({ path: `/api/citizens/${w.citizens.citizenOtherJobCentre.id}/talks` }),
    },
    'POST /api/citizens/:id/talks': {
      own: (w) => ({
        path: `/api/citizens/${w.citizens.citizenAtA.id}/talks`,
        body: { scheduledOn: '2026-04-02', venue: 'phone' },
      }),
      other: (w) => ({
        path: `/api/citizens/${w.citizens.citizenOtherJobCentre.id}/talks`,
        body: { scheduledOn: '2026-04-02', venue: 'phone' },
      }),
    },
    'PATCH /api/talks/:id': {
      own: (_w, f) => ({ path: `/api/talks/${f.talkA}`, body: { outcome: 'held', heldOn: '2026-03-05' } }),
      other: (_w, f) => ({ path: `/api/talks/${f.talkB}`, body: { outcome: 'held', heldOn: '2026-03-05' } }),
    },
    // Aggregates: every role with followup.read gets counts; a provider lead only its own provider's rows
    // (talk.service.test.ts), so there is no other organisation's record to ask for.
    'GET /api/followup/talks': { own: () => ({ path: '/api/followup/talks?from=2026-01-01&to=2026-12-31' }) },
    'GET /api/followup/talks/export': {
      own: () => ({ path: '/api/followup/talks/export?from=2026-01-01&to=2026-12-31&format=csv' }),
    },
    // The seed 004 measures (activation timeliness, outreach): aggregates like the job-talk follow-up.
    'GET /api/followup/measures': {
      own: () => ({ path: '/api/followup/measures?from=2026-01-01&to=2026-12-31' }),
    },
    'GET /api/tasks': { own: () => ({ path: '/api/tasks' }) },
  },
};
