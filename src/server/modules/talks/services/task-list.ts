// The signed-in user's task list (task.read; the course tasks only with course.read), derived from dates every time it is asked for:
//   caseworkers: talks due of the citizens on their courses (those where they are a course caseworker, or
//   every course of their job centre without one; the citizen's talks with or without a course count, and
//   the period follows benefitPeriodStart) and their referrals waiting for an answer;
//   provider users: referrals to their provider waiting for their answer, and on the courses they mentor
//   (or the provider's courses without a mentor) internships and aftercare ending and missing
//   documentation; everyone: their follow-up meeting actions past the deadline (meetings module) and the next
//   due reports of the committee report schedule lines they own (committee module).
import { addDays, todayInCopenhagen } from '../../../../shared/dates.ts';
import { hasPermission } from '../../../../shared/permissions.ts';
import type { TaskList } from '../../../../shared/courses/talk.schemas.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { listOpenAbsencesForCaseworker } from '../../courses/absence.service.ts';
import { listOverdueActionTasks } from '../../meetings/meeting.service.ts';
import { listCommitteeReportTasks } from '../../committee/committee.service.ts';
import * as repo from '../talk.repository.ts';
import { deriveTasks, TASK_HORIZON_DAYS, type TaskFacts } from '../task.rules.ts';
import { loadJobTalkRules } from './talk-manage.ts';
import { loadRegisterWeeks } from './talk-schedule.ts';

/**
 * One course per citizen for the talk tasks (the obligation is the citizen's, not the course's): the
 * latest started, whose start stands in for the period when nothing better is known. The register is read
 * only for citizens without a recorded first request for help (benefitPeriodStart's order).
 */
async function talkCourses(
  tx: Tx,
  organisationId: string,
  userId: string,
): Promise<TaskFacts['talkCourses']> {
  const latest = new Map<string, Awaited<ReturnType<typeof repo.listCaseworkerCourses>>[number]>();
  for (const course of await repo.listCaseworkerCourses(tx, organisationId, userId)) {
    const seen = latest.get(course.citizenId);
    if (!seen || course.startsOn > seen.startsOn) latest.set(course.citizenId, course);
  }
  const courses = [...latest.values()];
  const talks = await repo.listTalkFactsOfCitizens(
    tx,
    courses.map((c) => c.citizenId),
  );
  return Promise.all(
    courses.map(async (course) => ({
      ...course,
      register: course.firstRequestOn ? null : await loadRegisterWeeks(tx, course.citizenId),
      talks: talks.filter((t) => t.citizenId === course.citizenId),
    })),
  );
}

async function caseworkerFacts(ctx: Ctx, tx: Tx, onDate: string): Promise<TaskFacts> {
  const { organisationId, userId } = ctx.actor;
  const referrals = await repo.listPendingReferrals(tx, { referredBy: userId });
  const absences = await listOpenAbsencesForCaseworker(tx, organisationId, userId);
  return {
    today: onDate,
    talkCourses: await talkCourses(tx, organisationId, userId),
    referrals: referrals.map((r) => ({ ...r, side: 'job_centre' as const })),
    internships: [],
    providerCourses: [],
    absences,
  };
}

async function providerFacts(ctx: Ctx, tx: Tx, onDate: string): Promise<TaskFacts> {
  const { organisationId, userId } = ctx.actor;
  const referrals = await repo.listPendingReferrals(tx, { providerId: organisationId });
  const internships = await repo.listEndingInternships(tx, organisationId, userId, {
    from: onDate,
    to: addDays(onDate, TASK_HORIZON_DAYS),
  });
  const courses = await repo.listProviderCourses(tx, organisationId, userId);
  return {
    today: onDate,
    talkCourses: [],
    referrals: referrals.map((r) => ({ ...r, side: 'provider' as const })),
    internships,
    providerCourses: courses.map((c) => ({ ...c, lastEntryOn: c.lastEntryOn ?? null })),
  };
}

const NO_FACTS = (onDate: string): TaskFacts => ({
  today: onDate,
  talkCourses: [],
  referrals: [],
  internships: [],
  providerCourses: [],
});

export async function listTasks(ctx: Ctx): Promise<TaskList> {
  const versions = await loadJobTalkRules(ctx);
  // The user's actions from follow-up meetings past their deadline (issue 14), from the meetings module.
  const meetingTasks = await listOverdueActionTasks(ctx);
  // The next due committee reports of the schedule lines the user owns (committee module).
  const committeeTasks = hasPermission(ctx.actor.roles, 'committee.read')
    ? await listCommitteeReportTasks(ctx)
    : [];
  const onDate = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const kind = ctx.actor.organisationKind;
    // Every role has a task list for its meeting actions; only those who read courses get course tasks.
    const facts = !hasPermission(ctx.actor.roles, 'course.read')
      ? NO_FACTS(onDate)
      : kind === 'job_centre'
        ? await caseworkerFacts(ctx, tx, onDate)
        : kind === 'provider'
          ? await providerFacts(ctx, tx, onDate)
          : NO_FACTS(onDate);
    const tasks = deriveTasks(facts, versions);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'task_list',
      resultCitizenIds: [...new Set(tasks.map((t) => t.citizenId))],
      criteria: {
        tasks: tasks.length,
        meetingActions: meetingTasks.length,
        committeeReports: committeeTasks.length,
      },
    });
    const items = [
      ...tasks.map(({ citizenId: _citizenId, ...task }) => task),
      ...meetingTasks,
      ...committeeTasks,
    ];
    return {
      today: onDate,
      // A stable sort: the derived tasks keep their order within a day.
      items: items.sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    };
  });
}
