// Job talks on the citizen page: the obligation belongs to the citizen's benefit period, not to a course
// (LAB § 9), so talks are read and scheduled for the citizen, before, during or after a course, with or
// without one. Reading follows the citizen's row scope (course.read: the job centre, and providers with
// the citizen, who see talks without a course and on their own courses only); scheduling is the citizen's
// job centre's (casework.manage).
import { AppError } from '../../../../shared/errors.ts';
import type { CitizenTalks, CreateCitizenTalkInput, Talk } from '../../../../shared/courses/talk.schemas.ts';
import { requireCitizenInScope } from '../../../platform/access/citizen-scope.ts';
import { withActorTransaction, type Actor, type Ctx, type Tx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import * as repo from '../talk.repository.ts';
import { benefitPeriodStart, latestCourseStart, nextTalkInPeriod } from '../talk.rules.ts';
import { loadJobTalkRules, withRuleIn } from './talk-manage.ts';
import { fieldError, loadPeriodFacts, scheduleTalk, toTalk } from './talk-schedule.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { mayAccessProvider, ownProviderId } from '../../../platform/access/provider-scope.ts';

/** The citizen's courses and talks as the actor may see them (a provider: its own courses, and none). */
async function visibleTalkFacts(tx: Tx, actor: Actor, citizenId: string) {
  const ownProvider = ownProviderId(actor);
  const courses = (await repo.listCoursesOfCitizen(tx, citizenId)).filter((c) =>
    mayAccessProvider(actor, c.providerId),
  );
  const courseIds = new Set(courses.map((c) => c.id));
  const talks = (await repo.listTalksOfCitizen(tx, citizenId)).filter(
    (t) => ownProvider === undefined || t.courseId === null || courseIds.has(t.courseId),
  );
  return { courses, talks };
}

/** The citizen's talks, the benefit period as of today and the next required talk (course.read). */
export async function getCitizenTalks(ctx: Ctx, citizenId: string): Promise<CitizenTalks> {
  const versions = await loadJobTalkRules(ctx);
  const onDate = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    await requireCitizenInScope(tx, ctx.actor, citizenId);
    const { courses, talks } = await visibleTalkFacts(tx, ctx.actor, citizenId);
    const facts = await loadPeriodFacts(tx, citizenId);
    const period = benefitPeriodStart(
      { ...facts, courseStartsOn: latestCourseStart(courses, onDate) },
      onDate,
    );
    await auditAction(tx, ctx, { action: 'read', entityType: 'job_talk', entityId: citizenId, citizenId });
    return {
      citizenId,
      today: onDate,
      period,
      next: period
        ? withRuleIn(nextTalkInPeriod(period, talks, onDate, versions), versions, ctx.language)
        : null,
      talks: talks.map((talk) => withRuleIn(toTalk(talk), versions, ctx.language)),
      courses: courses.map(({ id, providerName, startsOn, endsOn }) => ({
        id,
        providerName,
        startsOn,
        endsOn,
      })),
      canManage: ctx.actor.organisationKind === 'job_centre',
    };
  });
}

/**
 * Schedules a talk for the citizen (casework.manage, the citizen's job centre), on one of the citizen's
 * courses or none; the same rules as on the course page (talk-schedule.ts).
 */
export async function createCitizenTalk(
  ctx: Ctx,
  citizenId: string,
  input: CreateCitizenTalkInput,
): Promise<Talk> {
  const versions = await loadJobTalkRules(ctx);
  const onDate = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    await requireCitizenInScope(tx, ctx.actor, citizenId);
    if (ctx.actor.organisationKind !== 'job_centre') throw new AppError('FORBIDDEN', 'access.forbidden');
    const courses = await repo.listCoursesOfCitizen(tx, citizenId);
    const course = input.courseId ? courses.find((c) => c.id === input.courseId) : null;
    if (input.courseId && !course) throw fieldError({ courseId: 'talk.course_not_citizen' }, null);
    const facts = await loadPeriodFacts(tx, citizenId);
    const courseStartsOn = course ? course.startsOn : latestCourseStart(courses, input.scheduledOn);
    const period = benefitPeriodStart({ ...facts, courseStartsOn }, input.scheduledOn);
    const talks = await repo.listTalksOfCitizen(tx, citizenId);
    const { scheduledOn, venue } = input;
    return scheduleTalk(
      ctx,
      tx,
      { citizenId, course: course ?? null, period, talks },
      { scheduledOn, venue },
      versions,
      onDate,
    );
  });
}
