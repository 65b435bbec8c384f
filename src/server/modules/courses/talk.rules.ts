// Job talks as pure rules: the next required talk of a course, the check of a talk's outcome, and the
// counts of the follow-up statistics. The deadlines themselves come from legal-rules.ts (date-versioned).
// No I/O.
import type { NextTalk, Rate, TalkCounts, TalkObligation } from '../../../shared/courses/talk.schemas.ts';
import type { MessageKey } from '../../../shared/messages.ts';
import {
  JOB_TALK_RULES,
  isHeldTimely,
  nextTalkDeadline,
  type JobTalkRules,
  type RuleVersion,
} from './legal-rules.ts';

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
  /** True when the first request for help is not recorded and the course start stands in for it. */
  periodDerived: boolean;
}

/** What the period is counted from: the first request for help when recorded, else the course start. */
export interface TalkPeriod {
  startsOn: string;
  firstRequestOn?: string | null;
}

/**
 * The talk required as of a date (today, or the day a talk is scheduled for), by the rule versions in
 * legal-rules.ts (nextTalkDeadline): the period counts from the first request for help (LAB § 9, stk. 2,
 * nr. 2); without it, from the course start, marked as derived.
 */
export function requiredTalk(
  course: TalkPeriod,
  talks: readonly TalkFact[],
  asOf: string,
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): RequiredTalk {
  const periodStartsOn = course.firstRequestOn ?? course.startsOn;
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
    periodDerived: !course.firstRequestOn,
  };
}

/**
 * The next required talk as the course page shows it: null once the course has ended (the job centre's
 * contact with the citizen goes on outside the course); overdue when the deadline has passed; with the
 * first planned talk scheduled after the obligation arose.
 */
export function nextRequiredTalk(
  course: TalkPeriod & { endsOn: string | null },
  talks: readonly TalkFact[],
  today: string,
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): NextTalk | null {
  if (course.endsOn !== null) return null;
  const required = requiredTalk(course, talks, today, versions);
  const planned = talks
    .filter((t) => t.outcome === 'planned' && t.scheduledOn >= required.arose)
    .sort((a, b) => (a.scheduledOn < b.scheduledOn ? -1 : a.scheduledOn > b.scheduledOn ? 1 : 0))[0];
  return {
    ...required,
    overdue: required.deadline !== null && required.deadline < today,
    planned: planned ? { id: planned.id, scheduledOn: planned.scheduledOn } : null,
  };
}

/** Timely (held on or before its deadline), or null while the talk is not held. */
export function talkTimely(talk: Pick<TalkFact, 'outcome' | 'heldOn' | 'deadline'>): boolean | null {
  return talk.outcome === 'held' ? isHeldTimely(talk) : null;
}

export type TalkField = 'scheduledOn' | 'heldOn';

/**
 * Checks a talk's dates after a change: the date held is required for a held talk, not in the future
 * and within the course; other outcomes have none; the scheduled date lies within the course.
 */
export function checkTalk(
  talk: { scheduledOn: string; outcome: TalkFact['outcome']; heldOn: string | null },
  course: { startsOn: string; endsOn: string | null },
  today: string,
): Partial<Record<TalkField, MessageKey>> {
  const fields: Partial<Record<TalkField, MessageKey>> = {};
  if (talk.scheduledOn < course.startsOn) fields.scheduledOn = 'talk.before_course_start';
  else if (course.endsOn !== null && talk.scheduledOn > course.endsOn)
    fields.scheduledOn = 'talk.after_course_end';
  if (talk.outcome === 'held') {
    if (!talk.heldOn) fields.heldOn = 'talk.held_on_required';
    else if (talk.heldOn > today) fields.heldOn = 'talk.held_on_future';
    else if (talk.heldOn < course.startsOn) fields.heldOn = 'talk.before_course_start';
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

/** Whole years of age on a date (a birthday on 29 February counts from 1 March in other years). */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
