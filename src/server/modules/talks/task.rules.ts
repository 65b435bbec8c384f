// The user's task list, derived from dates — nothing is stored (issue 4). The repository picks the
// facts the user is responsible for (their courses, referrals, placements); these rules decide which of
// them are tasks now, and when each is due. Pure, no I/O.
import { addDays } from '../../../shared/dates.ts';
import type { Task } from '../../../shared/courses/talk.schemas.ts';
import { JOB_TALK_RULES, type JobTalkRules, type RuleVersion } from '../../../shared/courses/legal-rules.ts';
import { nextRequiredTalk, type TalkFact, type TalkPeriod } from './talk.rules.ts';

/** A task shows this many days before it is due. */
export const TASK_HORIZON_DAYS = 14;
/** Documentation is expected at least this often on an active course (an entry within 14 days). */
export const DOCUMENTATION_INTERVAL_DAYS = 14;
/** [D] The final report is expected within 14 days of the course's end. */
export const FINAL_REPORT_DAYS = 14;
/**
 * [D] A missing final report stays on the list for this many days after its due date, then it is
 * history (old and imported courses would otherwise flood the list).
 */
export const FINAL_REPORT_LOOKBACK_DAYS = 90;
/**
 * [D] A referral should be answered within a week: the first job talk is due a week after the course
 * starts, so a referral left waiting longer delays it. No rule in the seeds; a working assumption.
 */
export const REFERRAL_ANSWER_DAYS = 7;
/**
 * [D] An absence reported by the provider should be followed up by the caseworker within a week of the
 * day of absence (issue 12). No rule in the law sets this; a working assumption. The task stays on the
 * list until the follow-up is recorded.
 */
export const ABSENCE_FOLLOW_UP_DAYS = 7;

interface Citizen {
  citizenId: string;
  citizenName: string;
}

export interface TaskFacts {
  today: string;
  /**
   * Active courses whose talks the user (a caseworker) is responsible for, one per citizen, with the
   * citizen's talks (with or without a course) and the facts of the benefit period (talk.rules.ts).
   */
  talkCourses: readonly (Citizen &
    TalkPeriod & {
      courseId: string;
      endsOn: string | null;
      talks: readonly TalkFact[];
    })[];
  /** Pending referrals: the caseworker's own (waiting for an answer) or to the user's provider (to answer). */
  referrals: readonly (Citizen & {
    referralId: string;
    referredOn: string;
    side: 'job_centre' | 'provider';
  })[];
  /** Internships on the provider user's courses. */
  internships: readonly (Citizen & {
    courseId: string;
    placementId: string;
    endsOn: string | null;
    companyName: string;
  })[];
  /** The provider user's courses: aftercare and documentation. */
  providerCourses: readonly (Citizen & {
    courseId: string;
    startsOn: string;
    endsOn: string | null;
    aftercareStartsOn: string | null;
    aftercarePlannedEndsOn: string | null;
    aftercareEndsOn: string | null;
    /** The newest documentation entry's date. */
    lastEntryOn: string | null;
    /** When the final report was completed, if it was. */
    finalReportCompletedOn: string | null;
  })[];
  /** Absences without a follow-up on the caseworker's courses (issue 12). */
  absences?: readonly (Citizen & { absenceId: string; courseId: string; absentOn: string })[];
}

type Draft = Omit<Task, 'overdue' | 'courseId' | 'referralId' | 'detail' | 'companyName'> &
  Partial<Pick<Task, 'courseId' | 'referralId' | 'detail' | 'companyName'>> & { citizenId: string };

export type DerivedTask = Task & { citizenId: string };

function finish(draft: Draft, today: string): DerivedTask {
  return {
    courseId: null,
    referralId: null,
    detail: null,
    companyName: null,
    ...draft,
    overdue: draft.dueOn < today,
  };
}

/** Every task the facts give, sorted by due date (then kind and citizen, so the order is stable). */
export function deriveTasks(
  facts: TaskFacts,
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): DerivedTask[] {
  const { today } = facts;
  const horizon = addDays(today, TASK_HORIZON_DAYS);
  const drafts: Draft[] = [];

  // Talk due: the next required talk's deadline is within 14 days (or passed), and no talk is planned
  // on or before it.
  for (const course of facts.talkCourses) {
    const next = nextRequiredTalk(course, course.talks, today, versions);
    if (!next || next.deadline === null || next.deadline > horizon) continue;
    if (next.planned && next.planned.scheduledOn <= next.deadline) continue;
    drafts.push({
      key: `talk_due:${course.courseId}`,
      kind: 'talk_due',
      dueOn: next.deadline,
      courseId: course.courseId,
      citizenId: course.citizenId,
      citizenName: course.citizenName,
      detail: next.obligation,
    });
  }

  for (const referral of facts.referrals) {
    drafts.push({
      key: `referral_waiting:${referral.referralId}`,
      kind: 'referral_waiting',
      dueOn: addDays(referral.referredOn, REFERRAL_ANSWER_DAYS),
      referralId: referral.referralId,
      citizenId: referral.citizenId,
      citizenName: referral.citizenName,
      detail: referral.side === 'provider' ? 'answer' : 'waiting',
    });
  }

  // Internships ending within 14 days (today included); ended ones are no longer a task.
  for (const internship of facts.internships) {
    if (!internship.endsOn || internship.endsOn < today || internship.endsOn > horizon) continue;
    drafts.push({
      key: `internship_ending:${internship.placementId}`,
      kind: 'internship_ending',
      dueOn: internship.endsOn,
      courseId: internship.courseId,
      citizenId: internship.citizenId,
      citizenName: internship.citizenName,
      companyName: internship.companyName,
    });
  }

  for (const course of facts.providerCourses) {
    const citizen = { citizenId: course.citizenId, citizenName: course.citizenName };
    // Aftercare running and planned to end within 14 days, or past its planned end and not ended.
    const inAftercare = course.aftercareStartsOn !== null && course.aftercareEndsOn === null;
    if (inAftercare && course.aftercarePlannedEndsOn && course.aftercarePlannedEndsOn <= horizon) {
      drafts.push({
        key: `aftercare_ending:${course.courseId}`,
        kind: 'aftercare_ending',
        dueOn: course.aftercarePlannedEndsOn,
        courseId: course.courseId,
        ...citizen,
      });
    }
    if (course.endsOn === null) {
      // Active course: documentation is due 14 days after the last entry (or the start); a task once
      // there has been no entry in the last 14 days.
      const since =
        course.lastEntryOn && course.lastEntryOn > course.startsOn ? course.lastEntryOn : course.startsOn;
      const dueOn = addDays(since, DOCUMENTATION_INTERVAL_DAYS);
      if (dueOn <= today) {
        drafts.push({
          key: `documentation_missing:${course.courseId}`,
          kind: 'documentation_missing',
          dueOn,
          courseId: course.courseId,
          detail: 'entries',
          ...citizen,
        });
      }
    } else if (
      course.finalReportCompletedOn === null &&
      addDays(course.endsOn, FINAL_REPORT_DAYS + FINAL_REPORT_LOOKBACK_DAYS) >= today
    ) {
      drafts.push({
        key: `documentation_missing:${course.courseId}`,
        kind: 'documentation_missing',
        dueOn: addDays(course.endsOn, FINAL_REPORT_DAYS),
        courseId: course.courseId,
        detail: 'final_report',
        ...citizen,
      });
    }
  }

  // Absence reported by the provider: the caseworker records what was done.
  for (const absence of facts.absences ?? []) {
    drafts.push({
      key: `absence_follow_up:${absence.absenceId}`,
      kind: 'absence_follow_up',
      dueOn: addDays(absence.absentOn, ABSENCE_FOLLOW_UP_DAYS),
      courseId: absence.courseId,
      citizenId: absence.citizenId,
      citizenName: absence.citizenName,
    });
  }

  return drafts
    .map((draft) => finish(draft, today))
    .sort(
      (a, b) =>
        a.dueOn.localeCompare(b.dueOn) ||
        a.kind.localeCompare(b.kind) ||
        a.citizenName.localeCompare(b.citizenName, 'da') ||
        a.key.localeCompare(b.key),
    );
}
