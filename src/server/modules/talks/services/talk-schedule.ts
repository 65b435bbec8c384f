// Scheduling a job talk, one way for the course page and the citizen page: the talk meets the obligation
// of the citizen's benefit period on the day it is for (with or without a course), a second call-in to a
// planned first talk is refused, and the first talk is held in person. Also the period's facts (the
// recorded first request, the register's weeks) and the errors both pages share.
import { formatDanishDate } from '../../../../shared/dates.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { CreateTalkInput, Talk } from '../../../../shared/courses/talk.schemas.ts';
import type { Ctx, Tx } from '../../../platform/context.ts';
import { loadRegisterRecord } from '../../imports/register-record.service.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import {
  checkTalkVenue,
  type JobTalkRules,
  type RuleVersion,
} from '../../../../shared/courses/legal-rules.ts';
import * as repo from '../talk.repository.ts';
import {
  checkTalk,
  requiredTalkInPeriod,
  talkTimely,
  type BenefitPeriod,
  type PeriodFacts,
  type RegisterWeeks,
} from '../talk.rules.ts';
import { refuse } from '../../courses/course.service.ts';

export function toTalk(row: repo.TalkRow): Talk {
  return { ...row, timely: talkTimely(row) };
}

/** dd-mm-yyyy, as the messages show a date. */
function shownDate(iso: string | null): string {
  return iso ? formatDanishDate(iso) : '';
}

export function fieldError(
  fields: Record<string, string>,
  course: { startsOn: string; endsOn: string | null } | null,
): AppError {
  return new AppError('VALIDATION_FAILED', 'validation.failed', {
    fields,
    params: course ? { startsOn: shownDate(course.startsOn), endsOn: shownDate(course.endsOn) } : {},
  });
}

/** LAB § 33, stk. 1 (lov nr. 295/2023): the first job talk is held in person. */
export function venueError(): AppError {
  return new AppError('VALIDATION_FAILED', 'validation.failed', {
    fields: { venue: 'talk.first_in_person' },
  });
}

/**
 * The person's weeks in the register (read through the imports module's register record, which decodes
 * the packed codes), with the codes the codebook counts as benefits; null when the person is not in it.
 */
export async function loadRegisterWeeks(tx: Tx, citizenId: string): Promise<RegisterWeeks | null> {
  const hash = await repo.findCitizenCprHash(tx, citizenId);
  const record = hash ? await loadRegisterRecord(tx, hash) : null;
  if (!record) return null;
  const codes = [...new Set(record.periods.flatMap((p) => (p.code === null ? [] : [p.code])))];
  return { runs: record.periods, benefitCodes: new Set(await repo.listBenefitCodes(tx, codes)) };
}

/** The facts a citizen's benefit period is told from; the register only when no first request is recorded. */
export async function loadPeriodFacts(
  tx: Tx,
  citizenId: string,
): Promise<Required<Pick<PeriodFacts, 'firstRequestOn' | 'register'>>> {
  const firstRequestOn = await repo.findFirstRequestOn(tx, citizenId);
  return { firstRequestOn, register: firstRequestOn ? null : await loadRegisterWeeks(tx, citizenId) };
}

export interface ScheduleTarget {
  citizenId: string;
  /** The course the talk belongs to; null for a talk without a course. */
  course: { id: string; startsOn: string; endsOn: string | null } | null;
  /** The benefit period on the day the talk is for; null when nothing tells its start. */
  period: BenefitPeriod | null;
  /** The citizen's talks (every course and none): the obligation is the citizen's. */
  talks: readonly repo.TalkRow[];
}

/** Schedules a talk (the caller has checked the job centre's access); audited in the caller's transaction. */
export async function scheduleTalk(
  ctx: Ctx,
  tx: Tx,
  target: ScheduleTarget,
  input: CreateTalkInput,
  versions: readonly RuleVersion<JobTalkRules>[],
  onDate: string,
): Promise<Talk> {
  const { course, period } = target;
  const fields = checkTalk(
    { scheduledOn: input.scheduledOn, outcome: 'planned', heldOn: null },
    course,
    onDate,
  );
  if (Object.keys(fields).length > 0) throw fieldError(fields, course);
  if (!period) throw fieldError({ scheduledOn: 'talk.period_unknown' }, course);
  // The obligation open on the day the talk is for (after the first period: "when needed").
  const required = requiredTalkInPeriod(period, target.talks, input.scheduledOn, versions);
  // Issue 12: a second call-in to the same required talk is refused. Only the first talk is one talk
  // (later talks are "at least", so more are lawful); a first talk already planned in the period — on any
  // course or none — is rescheduled or cancelled instead, so attendance and timeliness never count one
  // obligation twice.
  const plannedFirst = target.talks.find(
    (t) => t.outcome === 'planned' && t.obligation === 'first' && t.scheduledOn >= period.startsOn,
  );
  if (required.obligation === 'first' && plannedFirst) {
    throw refuse(
      'CONFLICT',
      [{ field: 'scheduledOn', message: 'talk.duplicate_first', params: { date: plannedFirst.scheduledOn } }],
      ctx.language,
      'talk.duplicate_first',
    );
  }
  if (!checkTalkVenue(required.obligation, input.venue, input.scheduledOn).ok) throw venueError();
  const row = await repo.insertTalk(tx, {
    citizenId: target.citizenId,
    courseId: course?.id ?? null,
    obligation: required.obligation,
    deadline: required.deadline,
    ruleSource: required.ruleSource,
    scheduledOn: input.scheduledOn,
    venue: input.venue,
    createdBy: ctx.actor.userId,
  });
  await auditAction(tx, ctx, {
    action: 'create',
    entityType: 'job_talk',
    entityId: row.id,
    citizenId: target.citizenId,
    criteria: {
      courseId: course?.id ?? null,
      obligation: row.obligation,
      venue: row.venue,
      periodSource: period.source,
    },
  });
  return toTalk(row);
}
