// Job talks on a course: the next required talk and the list (both sides read), scheduling and
// recording outcomes (the job centre's side, casework.manage). The obligation, deadline and rule source
// of a new talk are computed when it is scheduled, by the rule version in force when the obligation arose.
import { AppError } from '../../../../shared/errors.ts';
import type {
  CourseTalks,
  CreateTalkInput,
  Talk,
  UpdateTalkInput,
} from '../../../../shared/courses/talk.schemas.ts';
import { requireCitizenInScope } from '../../../platform/access/citizen-scope.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse } from '../../../platform/access/course-access.ts';
import {
  checkTalkVenue,
  JOB_TALK_FOLLOW_UP_SETTING,
  jobTalkRulesWithFollowUp,
  parseFollowUpSetting,
  type JobTalkRules,
  type RuleVersion,
} from '../../../../shared/courses/legal-rules.ts';
import { readLocalSetting } from '../../../platform/settings/local-settings.ts';
import * as repo from '../talk.repository.ts';
import { benefitPeriodStart, checkTalk, nextRequiredTalk } from '../talk.rules.ts';
import { fieldError, loadPeriodFacts, scheduleTalk, toTalk, venueError } from './talk-schedule.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { mayActOnCourse } from '../../../platform/access/course-scope.ts';
import { ruleSourceIn } from '../../../../shared/legal-rule-version.ts';

export { toTalk };

/** A talk's (or the next talk's) rule text in the reader's language: it is stored in Danish. */
export function withRuleIn<R extends { ruleSource: string | null }>(
  item: R,
  versions: readonly RuleVersion<JobTalkRules>[],
  language: Ctx['language'],
): R {
  if (item.ruleSource === null) return item;
  return { ...item, ruleSource: ruleSourceIn(versions, item.ruleSource, language) };
}

/**
 * The job-talk rule set in force here: the law's versions, with a local standard after the first period
 * from the reform (JOB_TALK_FOLLOW_UP_SETTING) when one is set. Read with the owner connection (the setting is no
 * personal data, and the app role has no grant on system_setting), so call it before opening the
 * actor's transaction.
 */
export async function loadJobTalkRules(ctx: Pick<Ctx, 'db'>): Promise<readonly RuleVersion<JobTalkRules>[]> {
  const value = await readLocalSetting(ctx.db, JOB_TALK_FOLLOW_UP_SETTING);
  return jobTalkRulesWithFollowUp(parseFollowUpSetting(value));
}

/**
 * The course's talks and the next required talk (course.read, both sides). The obligation is the
 * citizen's: talks held on other courses or without a course meet it too (those the user may see).
 */
export async function getCourseTalks(ctx: Ctx, courseId: string): Promise<CourseTalks> {
  const versions = await loadJobTalkRules(ctx);
  const onDate = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const citizenTalks = await repo.listTalksOfCitizen(tx, course.citizenId);
    const rows = citizenTalks.filter((t) => t.courseId === courseId);
    const facts = await loadPeriodFacts(tx, course.citizenId);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'job_talk',
      entityId: courseId,
      citizenId: course.citizenId,
    });
    const nextOrNone = nextRequiredTalk({ ...course, ...facts }, citizenTalks, onDate, versions);
    return {
      courseId,
      today: onDate,
      next: nextOrNone && withRuleIn(nextOrNone, versions, ctx.language),
      talks: rows.map((row) => withRuleIn(toTalk(row), versions, ctx.language)),
      canManage: mayActOnCourse(ctx.actor, course, 'job_centre'),
    };
  });
}

/** Schedules a talk on a course; it meets the obligation of the citizen's period on the day it is for. */
export async function createTalk(ctx: Ctx, courseId: string, input: CreateTalkInput): Promise<Talk> {
  const versions = await loadJobTalkRules(ctx);
  const onDate = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'job_centre');
    const facts = await loadPeriodFacts(tx, course.citizenId);
    const period = benefitPeriodStart({ ...facts, courseStartsOn: course.startsOn }, input.scheduledOn);
    const talks = await repo.listTalksOfCitizen(tx, course.citizenId);
    return scheduleTalk(
      ctx,
      tx,
      { citizenId: course.citizenId, course, period, talks },
      input,
      versions,
      onDate,
    );
  });
}

/** Reschedules a talk or records its outcome (held with the date, not attended, cancelled). */
export async function updateTalk(ctx: Ctx, talkId: string, input: UpdateTalkInput): Promise<Talk> {
  const onDate = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const current = await repo.findTalk(tx, talkId);
    if (!current) throw new AppError('NOT_FOUND', 'access.not_found');
    // A talk on a course is the course's job-centre side; one without a course, the citizen's job centre.
    const course = current.courseId
      ? await requireCourse(tx, ctx.actor, current.courseId, 'job_centre')
      : null;
    if (!course) {
      await requireCitizenInScope(tx, ctx.actor, current.citizenId);
      if (ctx.actor.organisationKind !== 'job_centre') throw new AppError('FORBIDDEN', 'access.forbidden');
    }
    const outcome = input.outcome ?? current.outcome;
    // The date held stays when the talk stays held and no new date is given; other outcomes have none.
    const heldOn =
      input.heldOn !== undefined
        ? input.heldOn
        : outcome === 'held' && current.outcome === 'held'
          ? current.heldOn
          : null;
    const next = {
      scheduledOn: input.scheduledOn ?? current.scheduledOn,
      venue: input.venue ?? current.venue,
      outcome,
      heldOn,
    };
    const fields = checkTalk(next, course, onDate);
    if (Object.keys(fields).length > 0) {
      throw fieldError(fields, course);
    }
    if (!checkTalkVenue(current.obligation, next.venue, next.heldOn ?? next.scheduledOn).ok)
      throw venueError();
    const row = await repo.updateTalk(tx, talkId, next);
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'job_talk',
      entityId: talkId,
      citizenId: current.citizenId,
      criteria: { courseId: course?.id ?? null, changed: Object.keys(input), outcome },
    });
    return toTalk(row);
  });
}
