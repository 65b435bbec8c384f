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
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import { audit, mayActOnCourse, requireCourse, today } from '../course-access.ts';
import {
  checkTalkVenue,
  JOB_TALK_FOLLOW_UP_SETTING,
  jobTalkRulesWithFollowUp,
  parseFollowUpSetting,
  type JobTalkRules,
  type RuleVersion,
} from '../legal-rules.ts';
import { readLocalSetting } from '../../../platform/settings/local-settings.ts';
import * as repo from '../talk.repository.ts';
import { refuse } from './course-shared.ts';
import { checkTalk, nextRequiredTalk, requiredTalk, talkTimely } from '../talk.rules.ts';

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

export function toTalk(row: repo.TalkRow): Talk {
  return { ...row, timely: talkTimely(row) };
}

/** dd-mm-yyyy, as the messages show a date. */
function shownDate(iso: string | null): string {
  return iso ? iso.split('-').reverse().join('-') : '';
}

function fieldError(
  fields: Record<string, string>,
  course: { startsOn: string; endsOn: string | null },
): AppError {
  return new AppError('VALIDATION_FAILED', 'validation.failed', {
    fields,
    params: { startsOn: shownDate(course.startsOn), endsOn: shownDate(course.endsOn) },
  });
}

/** LAB § 33, stk. 1 (lov nr. 295/2023): the first job talk is held in person. */
function venueError(): AppError {
  return new AppError('VALIDATION_FAILED', 'validation.failed', {
    fields: { venue: 'talk.first_in_person' },
  });
}

/** The course's talks and the next required talk (course.read, both sides). */
export async function getCourseTalks(ctx: Ctx, courseId: string): Promise<CourseTalks> {
  const versions = await loadJobTalkRules(ctx);
  const onDate = today();
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const rows = await repo.listTalksOfCourse(tx, courseId);
    const firstRequestOn = await repo.findFirstRequestOn(tx, course.citizenId);
    await audit(tx, ctx, {
      action: 'read',
      entityType: 'job_talk',
      entityId: courseId,
      citizenId: course.citizenId,
    });
    return {
      courseId,
      today: onDate,
      next: nextRequiredTalk({ ...course, firstRequestOn }, rows, onDate, versions),
      talks: rows.map(toTalk),
      canManage: mayActOnCourse(ctx.actor, course, 'job_centre'),
    };
  });
}

/** Schedules a talk; it meets the obligation the course has now, with that obligation's deadline. */
export async function createTalk(ctx: Ctx, courseId: string, input: CreateTalkInput): Promise<Talk> {
  const versions = await loadJobTalkRules(ctx);
  const onDate = today();
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'job_centre');
    const fields = checkTalk(
      { scheduledOn: input.scheduledOn, outcome: 'planned', heldOn: null },
      course,
      onDate,
    );
    if (Object.keys(fields).length > 0) {
      throw fieldError(fields, course);
    }
    // The obligation open on the day the talk is for (after the first period: "when needed").
    const existing = await repo.listTalksOfCourse(tx, courseId);
    const required = requiredTalk(
      { ...course, firstRequestOn: await repo.findFirstRequestOn(tx, course.citizenId) },
      existing,
      input.scheduledOn,
      versions,
    );
    // Issue 12: a second call-in to the same required talk is refused. Only the first talk is one talk
    // (later talks are "at least", so more are lawful); a first talk already planned is rescheduled or
    // cancelled instead, so attendance and timeliness never count one obligation twice.
    const plannedFirst = existing.find((t) => t.outcome === 'planned' && t.obligation === 'first');
    if (required.obligation === 'first' && plannedFirst) {
      throw refuse(
        'CONFLICT',
        [
          {
            field: 'scheduledOn',
            message: 'talk.duplicate_first',
            params: { date: plannedFirst.scheduledOn },
          },
        ],
        ctx.language,
        'talk.duplicate_first',
      );
    }
    const venue = checkTalkVenue(required.obligation, input.venue, input.scheduledOn);
    if (!venue.ok) throw venueError();
    const row = await repo.insertTalk(tx, {
      citizenId: course.citizenId,
      courseId,
      obligation: required.obligation,
      deadline: required.deadline,
      ruleSource: required.ruleSource,
      scheduledOn: input.scheduledOn,
      venue: input.venue,
      createdBy: ctx.actor.userId,
    });
    await audit(tx, ctx, {
      action: 'create',
      entityType: 'job_talk',
      entityId: row.id,
      citizenId: course.citizenId,
      criteria: { courseId, obligation: row.obligation, venue: row.venue },
    });
    return toTalk(row);
  });
}

/** Reschedules a talk or records its outcome (held with the date, not attended, cancelled). */
export async function updateTalk(ctx: Ctx, talkId: string, input: UpdateTalkInput): Promise<Talk> {
  const onDate = today();
  return withActorTransaction(ctx, async (tx) => {
    const current = await repo.findTalk(tx, talkId);
    if (!current?.courseId) throw new AppError('NOT_FOUND', 'access.not_found');
    const course = await requireCourse(tx, ctx.actor, current.courseId, 'job_centre');
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
    await audit(tx, ctx, {
      action: 'update',
      entityType: 'job_talk',
      entityId: talkId,
      citizenId: course.citizenId,
      criteria: { courseId: course.id, changed: Object.keys(input), outcome },
    });
    return toTalk(row);
  });
}
