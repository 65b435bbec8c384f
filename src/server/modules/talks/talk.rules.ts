// Job talks as pure rules: the citizen's benefit period (where its start comes from), the next required
// talk, the check of a talk's outcome, and the counts of the follow-up statistics. The deadlines themselves come from legal-rules.ts (date-versioned).
// No I/O.
import type { NextTalk, Rate, TalkCounts, TalkObligation } from '../../../shared/courses/talk.schemas.ts';
import type { MessageKey } from '../../../shared/messages.ts';
import {
  JOB_TALK_RULES,
  isHeldTimely,
  nextTalkDeadline,
  type JobTalkRules,
  type RuleVersion,
} from '../../../shared/courses/legal-rules.ts';

export interface TalkFact {
  id: string;
  outcome: 'planned' | 'held' | 'not_attended' | 'cancelled';
  scheduledOn: string;
  heldOn: string | null;
  deadline: string | null;
}

export interface RequiredTalk {
  obligation: TalkObligation;
  arose: string;
  deadline: string | null;
  ruleSource: string;
  /** The first day of the benefit period the obligation belongs to (LAB § 9). */
  periodStartsOn: string;
  /** Where the period's start comes from (benefitPeriodStart). */
  periodSource: PeriodSource;
  /** True when the first request for help is not recorded (the start is derived: register or course). */
  periodDerived: boolean;
}

// ---- the benefit period (LAB § 9) -------------------------------------------------------------------

/**
 * Where a benefit period's start comes from, best first: the first request for help as the caseworker
 * recorded it; the register's first benefit week (derived); the course start (derived, a stand-in).
 */
export type PeriodSource = 'recorded' | 'register' | 'course_start';

export interface BenefitPeriod {
  startsOn: string;
  source: PeriodSource;
}

/** A run of weeks with the same DREAM code, as the register record reads them (register-record.service). */
export interface RegisterRun {
  /** The Monday of the run's first week. */
  from: string;
  /** The Sunday of the run's last week. */
  to: string;
  /** Three digits; null for weeks without a benefit (code 0). */
  code: string | null;
}

/** A person's weeks in the register: runs of equal code in week order, and which codes are benefits. */
export interface RegisterWeeks {
  runs: readonly RegisterRun[];
  /** Codes the codebook counts as a benefit (category "benefit"). */
  benefitCodes: ReadonlySet<string>;
}

export interface PeriodFacts {
  /** The first request for help, as recorded by the caseworker. */
  firstRequestOn?: string | null;
  register?: RegisterWeeks | null;
  /** The course's start (the course page), or the citizen's latest course started by the date. */
  courseStartsOn?: string | null;
}

/**
 * The first Monday of the latest run of weeks on one benefit code that includes the date, or precedes
 * it when the date lies after the extract's last week (the register lags). A change of code is a new
 * period (LAB § 9, stk. 1, nr. 2 and stk. 2, nr. 2: one continuous period on the same benefit), and so is
 * a week without a benefit: a date in such a week has no period in the register.
 */
export function registerPeriodStart(register: RegisterWeeks | null | undefined, asOf: string): string | null {
  const run = register?.runs.filter((r) => r.from <= asOf).at(-1);
  if (!register || !run || run.code === null || !register.benefitCodes.has(run.code)) return null;
  return run.from;
}

/**
 * The start of the citizen's benefit period as of a date, and where it comes from: the recorded first
 * request for help; else the register's first benefit week of the current run (derived); else the course
 * start (derived); else none (the period is not known).
 */
export function benefitPeriodStart(facts: PeriodFacts, asOf: string): BenefitPeriod | null {
  if (facts.firstRequestOn) return { startsOn: facts.firstRequestOn, source: 'recorded' };
  const fromRegister = registerPeriodStart(facts.register, asOf);
  if (fromRegister) return { startsOn: fromRegister, source: 'register' };
  if (facts.courseStartsOn) return { startsOn: facts.courseStartsOn, source: 'course_start' };
  return null;
}

/** Without a course at hand: the start of the citizen's latest course started on or before the date. */
export function latestCourseStart(courses: readonly { startsOn: string }[], asOf: string): string | null {
  const started = courses.map((c) => c.startsOn).filter((d) => d <= asOf);
  return started.length === 0 ? null : started.sort().at(-1)!;
}

/** A course's period facts: the course start stands in when nothing better is known. */
export interface TalkPeriod {
  startsOn: string;
  firstRequestOn?: string | null;
  register?: RegisterWeeks | null;
}

/**
 * The talk required as of a date (today, or the day a talk is scheduled for) in a benefit period, by
 * the rule versions in legal-rules.ts (nextTalkDeadline). Talks before the period do not count.
 */
export function requiredTalkInPeriod(
  period: BenefitPeriod,
  talks: readonly TalkFact[],
  asOf: string,
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): RequiredTalk {
  const periodStartsOn = period.startsOn;
  const heldOn = talks.filter((t) => t.outcome === 'held' && t.heldOn).map((t) => t.heldOn!);
  // A period older than every rule version (before 2020: the older rule is not sourced) is judged by the
  // oldest version.
  const oldest = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0];
  const usable =
    oldest && periodStartsOn < oldest.validFrom
      ? versions.map((v) => (v === oldest ? { ...v, validFrom: periodStartsOn } : v))
      : versions;
  const next = nextTalkDeadline(periodStartsOn, heldOn, asOf, usable);
  return {
    obligation: next.obligation,
    arose: next.arose,
    deadline: next.deadline,
    ruleSource: next.source,
    periodStartsOn,
    periodSource: period.source,
    periodDerived: period.source !== 'recorded',
  };
}

/** The talk required of a course's citizen as of a date; the course start stands in for the period. */
export function requiredTalk(
  course: TalkPeriod,
  talks: readonly TalkFact[],
  asOf: string,
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): RequiredTalk {
  const period = benefitPeriodStart({ ...course, courseStartsOn: course.startsOn }, asOf)!;
  return requiredTalkInPeriod(period, talks, asOf, versions);
}

/**
 * The next required talk as of today: overdue when the deadline has passed; with the first planned talk
 * scheduled after the obligation arose.
 */
export function nextTalkInPeriod(
  period: BenefitPeriod,
  talks: readonly TalkFact[],
  today: string,
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): NextTalk {
  const required = requiredTalkInPeriod(period, talks, today, versions);
  const planned = talks
    .filter((t) => t.outcome === 'planned' && t.scheduledOn >= required.arose)
    .sort((a, b) => (a.scheduledOn < b.scheduledOn ? -1 : a.scheduledOn > b.scheduledOn ? 1 : 0))[0];
  return {
    ...required,
    overdue: required.deadline !== null && required.deadline < today,
    planned: planned ? { id: planned.id, scheduledOn: planned.scheduledOn } : null,
  };
}

/**
 * The next required talk as the course page shows it: null once the course has ended (the job centre's
 * contact with the citizen goes on outside the course, on the citizen page).
 */
export function nextRequiredTalk(
  course: TalkPeriod & { endsOn: string | null },
  talks: readonly TalkFact[],
  today: string,
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): NextTalk | null {
  if (course.endsOn !== null) return null;
  const period = benefitPeriodStart({ ...course, courseStartsOn: course.startsOn }, today)!;
  return nextTalkInPeriod(period, talks, today, versions);
}

/** Timely (held on or before its deadline), or null while the talk is not held. */
export function talkTimely(talk: Pick<TalkFact, 'outcome' | 'heldOn' | 'deadline'>): boolean | null {
  return talk.outcome === 'held' ? isHeldTimely(talk) : null;
}

export type TalkField = 'scheduledOn' | 'heldOn';

/**
 * Checks a talk's dates after a change: the date held is required for a held talk and not in the future;
 * other outcomes have none. A talk on a course lies within the course; a talk without one (before, during
 * or after a course) has no such limit.
 */
export function checkTalk(
  talk: { scheduledOn: string; outcome: TalkFact['outcome']; heldOn: string | null },
  course: { startsOn: string; endsOn: string | null } | null,
  today: string,
): Partial<Record<TalkField, MessageKey>> {
  const fields: Partial<Record<TalkField, MessageKey>> = {};
  if (course && talk.scheduledOn < course.startsOn) fields.scheduledOn = 'talk.before_course_start';
  else if (course && course.endsOn !== null && talk.scheduledOn > course.endsOn)
    fields.scheduledOn = 'talk.after_course_end';
  if (talk.outcome === 'held') {
    if (!talk.heldOn) fields.heldOn = 'talk.held_on_required';
    else if (talk.heldOn > today) fields.heldOn = 'talk.held_on_future';
    else if (course && talk.heldOn < course.startsOn) fields.heldOn = 'talk.before_course_start';
  } else if (talk.heldOn) {
    fields.heldOn = 'talk.held_on_not_held';
  }
  return fields;
}

// ---- statistics ---------------------------------------------------------------------------------

/** An exact fraction with its whole percent, rounded half up; no percent of nothing. */
export function rate(numerator: number, denominator: number): Rate {
  return {
    numerator,
    denominator,
    percent: denominator === 0 ? null : Math.floor((numerator * 100) / denominator + 0.5),
  };
}

/**
 * Counts talks for follow-up: called = held + not attended (cancelled talks were never called, planned
 * ones have not happened), timely = held on or before the deadline; timeliness = timely / held,
 * attendance = held / called.
 */
export function countTalks(talks: readonly Pick<TalkFact, 'outcome' | 'heldOn' | 'deadline'>[]): TalkCounts {
  let held = 0;
  let notAttended = 0;
  let timely = 0;
  for (const talk of talks) {
    if (talk.outcome === 'held') {
      held++;
      if (isHeldTimely(talk)) timely++;
    } else if (talk.outcome === 'not_attended') notAttended++;
  }
  const called = held + notAttended;
  return {
    called,
    held,
    notAttended,
    timely,
    timeliness: rate(timely, held),
    attendance: rate(held, called),
  };
}

/** Adds counts up (a total row), with the rates computed from the sums, not averaged. */
export function addCounts(rows: readonly TalkCounts[]): TalkCounts {
  const sum = (pick: (row: TalkCounts) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const held = sum((r) => r.held);
  const notAttended = sum((r) => r.notAttended);
  const timely = sum((r) => r.timely);
  return {
    called: held + notAttended,
    held,
    notAttended,
    timely,
    timeliness: rate(timely, held),
    attendance: rate(held, held + notAttended),
  };
}
