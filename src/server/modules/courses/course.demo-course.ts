// The courses demo's plan, part 2: one course — a stage sequence that follows the state machine for an
// outcome (job, small job, education, flexjob, disability pension, or ended early), placements at the
// provider's companies, documentation entries, job talks by the rule version in force, a plan start,
// a treatment referral, documents. Pure and deterministic for a seed.
import { addDays, addMonthsClamped } from '../../../shared/dates.ts';
import type {
  CourseEndReason,
  CourseEntryKind,
  CourseStageKind,
  TalkOutcomeStatus,
  TalkVenue,
  TreatmentOutcome,
} from '../../platform/db/schema.ts';
import { allowsAftercare, checkTransition, FIRST_STAGES, type Stage } from './course.rules.ts';
import { checkTalkVenue, planDocumentType } from '../../../shared/courses/legal-rules.ts';
import { requiredTalk, type TalkFact } from '../talks/talk.rules.ts';
import {
  chance,
  DEMO_TODAY,
  int,
  minDate,
  pick,
  weighted,
  type DemoProvider,
  type PlannedCourse,
  type PlannedEntry,
  type PlannedPlacement,
  type PlannedStage,
  type PlannedTalk,
  type Rng,
} from './course.demo-data.ts';
import {
  ACCOMMODATION_TEXTS,
  ATTENDANCE_TEXTS,
  FINAL_REPORTS,
  NOTE_TEXTS,
  PROGRESSION_TEXTS,
  TASK_TEXTS,
  WORK_CAPACITY,
} from './course.demo-texts.ts';

// ---- stages --------------------------------------------------------------------------------------

type Outcome = CourseEndReason;

const OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['job', 16],
  ['small_job', 12],
  ['education', 7],
  ['flexjob', 8],
  ['disability_pension', 5],
  ['dropped_out', 17],
  ['moved', 5],
  ['illness', 10],
  ['other', 4],
];

/** The stages a course would go through for an outcome, with their lengths in days. */
function stagePlan(rng: Rng, outcome: Outcome): { stage: CourseStageKind; days: number }[] {
  const stages: { stage: CourseStageKind; days: number }[] = [];
  if (chance(rng, 0.85)) stages.push({ stage: 'internal_training', days: int(rng, 42, 112) });
  const internship = () => ({ stage: 'external_internship' as const, days: int(rng, 49, 91) });
  switch (outcome) {
    case 'job':
    case 'education':
      stages.push(internship());
      if (chance(rng, 0.25)) stages.push(internship());
      stages.push({ stage: outcome, days: int(rng, 3, 20) });
      break;
    case 'small_job':
      stages.push(internship(), { stage: 'small_job', days: int(rng, 56, 140) });
      break;
    case 'flexjob':
      if (chance(rng, 0.5)) stages.push(internship());
      stages.push({ stage: 'flexjob_clarification', days: int(rng, 70, 160) });
      break;
    case 'disability_pension':
      stages.push({ stage: 'disability_pension_clarification', days: int(rng, 90, 180) });
      break;
    default:
      // Ended early: somewhere in training or an internship.
      if (stages.length === 0 || chance(rng, 0.4)) stages.push(internship());
      stages[stages.length - 1]!.days = Math.max(10, Math.floor(stages[stages.length - 1]!.days * rng()));
  }
  // A course begins in internal training or an internship (course.rules.ts FIRST_STAGES).
  if (!FIRST_STAGES.includes(stages[0]?.stage as Stage)) {
    stages.unshift({ stage: 'internal_training', days: int(rng, 42, 112) });
  }
  return stages;
}

function placementFor(rng: Rng, stage: PlannedStage): PlannedPlacement | null {
  const base = { startsOn: stage.startsOn, endsOn: stage.endsOn };
  if (stage.stage === 'external_internship')
    return { ...base, kind: 'internship', weeklyHoursTenths: int(rng, 10, 30) * 10, offer: 'internship' };
  if (stage.stage === 'small_job')
    return { ...base, kind: 'small_job', weeklyHoursTenths: int(rng, 4, 15) * 10, offer: 'small_job' };
  if (stage.stage === 'job' && chance(rng, 0.3))
    return { ...base, kind: 'wage_subsidy', weeklyHoursTenths: int(rng, 30, 37) * 10, offer: 'job' };
  return null;
}

function entriesFor(
  rng: Rng,
  course: { startsOn: string; stages: PlannedStage[] },
  last: string,
): PlannedEntry[] {
  const entries: PlannedEntry[] = [];
  const kinds: CourseEntryKind[] = ['attendance', 'task', 'progression', 'accommodation', 'note'];
  for (
    let on = addDays(course.startsOn, int(rng, 3, 10));
    on <= last && entries.length < 10;
    on = addDays(on, int(rng, 18, 40))
  ) {
    const stage = [...course.stages].reverse().find((s) => s.startsOn <= on)?.stage;
    const setting = stage === 'external_internship' || stage === 'small_job' ? 'internship' : 'training';
    const kind = kinds[entries.length % kinds.length]!;
    const texts = {
      attendance: ATTENDANCE_TEXTS,
      task: TASK_TEXTS,
      progression: PROGRESSION_TEXTS,
      accommodation: ACCOMMODATION_TEXTS,
      note: NOTE_TEXTS,
    }[kind];
    const attended = kind === 'attendance' ? chance(rng, 0.8) : null;
    entries.push({
      entryOn: on,
      kind,
      setting: kind === 'attendance' || kind === 'accommodation' ? setting : null,
      attended,
      text:
        attended === false
          ? 'Mødte ikke op og meldte ikke afbud. Mentor har ringet og aftalt ny start.'
          : pick(rng, texts),
      isSensitive: kind === 'accommodation' && chance(rng, 0.6),
    });
  }
  return entries;
}

/**
 * The first talk in person where LAB § 33, stk. 1 says so (legal-rules.ts); the draw is made anyway, so
 * the demo's other random choices stay as they were.
 */
function inPersonWhenRequired(
  obligation: 'first' | 'follow_up',
  drawn: TalkVenue,
  scheduledOn: string,
): TalkVenue {
  return checkTalkVenue(obligation, drawn, scheduledOn).ok ? drawn : 'job_centre';
}

function talksFor(rng: Rng, startsOn: string, last: string, local: boolean): PlannedTalk[] {
  const talks: PlannedTalk[] = [];
  const venue = (): TalkVenue =>
    local && chance(rng, 0.75)
      ? 'provider'
      : weighted(rng, [
          ['job_centre', 4],
          ['provider', 3],
          ['phone', 2],
          ['video', 1],
        ]);
  // Each talk meets the obligation open on its day (talk.rules.ts): the first within a week, then the
  // rest of the 4 within the first 6 months, then "when needed" (LAB §§ 31–32; course start = period start).
  const facts = (): TalkFact[] =>
    talks.map((t, i) => ({
      id: String(i),
      outcome: t.outcome,
      scheduledOn: t.scheduledOn,
      heldOn: t.heldOn,
      deadline: t.deadline,
    }));
  let scheduledOn = addDays(startsOn, int(rng, 1, 6));
  while (talks.length < 14) {
    const { obligation, deadline, ruleSource } = requiredTalk({ startsOn }, facts(), scheduledOn);
    const outcome: TalkOutcomeStatus =
      scheduledOn > last
        ? 'planned'
        : weighted<TalkOutcomeStatus>(rng, [
            ['held', 86],
            ['not_attended', 9],
            ['cancelled', 5],
          ]);
    // A course still running has its next talk planned; an ended one has none after its end.
    if (outcome === 'planned' && last !== DEMO_TODAY) break;
    talks.push({
      obligation,
      deadline,
      scheduledOn,
      venue: inPersonWhenRequired(obligation, venue(), scheduledOn),
      outcome,
      heldOn: outcome === 'held' ? scheduledOn : null,
      ruleSource,
    });
    if (outcome === 'planned') break;
    if (outcome !== 'held') {
      scheduledOn = addDays(scheduledOn, int(rng, 3, 12));
      continue;
    }
    const next = requiredTalk({ startsOn }, facts(), addDays(scheduledOn, 1));
    // Within the first period: about every 6 weeks, a few late (after the period's last day). After it
    // (when needed): about every 3 months.
    const gap = addDays(scheduledOn, int(rng, 35, 50));
    scheduledOn =
      next.deadline === null
        ? addDays(scheduledOn, int(rng, 75, 105))
        : chance(rng, 0.1)
          ? addDays(next.deadline, int(rng, 1, 14))
          : gap <= next.deadline
            ? gap
            : addDays(next.deadline, -int(rng, 0, 7));
  }
  return talks;
}

// ---- one course ----------------------------------------------------------------------------------

export function planCourse(
  rng: Rng,
  provider: DemoProvider,
  startsOn: string,
  abuse: boolean,
): PlannedCourse {
  const outcome = weighted(rng, OUTCOMES);
  const plan = stagePlan(rng, outcome);
  const stages: PlannedStage[] = [];
  let at = startsOn;
  let endsOn: string | null = null;
  for (const [index, step] of plan.entries()) {
    if (at > DEMO_TODAY) break;
    const last = addDays(at, step.days - 1);
    const isFinal = index === plan.length - 1;
    if (last >= DEMO_TODAY) {
      stages.push({ stage: step.stage, startsOn: at, endsOn: null });
      break;
    }
    stages.push({ stage: step.stage, startsOn: at, endsOn: last });
    if (isFinal) endsOn = last;
    at = addDays(last, 1);
  }
  // A stage that was planned but not reached leaves the course open in its last stage.
  if (endsOn === null && stages[stages.length - 1]!.endsOn !== null) stages[stages.length - 1]!.endsOn = null;
  let previous: CourseStageKind | null = null;
  for (const stage of stages) {
    const check = checkTransition(previous, stage.stage);
    if (!check.ok) throw new Error(`demo plan: ${check.reason}`);
    previous = stage.stage;
  }

  const endReason = endsOn ? outcome : null;
  let aftercareStartsOn: string | null = null;
  let aftercarePlannedEndsOn: string | null = null;
  let aftercareEndsOn: string | null = null;
  if (
    endsOn &&
    endReason &&
    allowsAftercare(endReason) &&
    chance(rng, 0.85) &&
    addDays(endsOn, 1) <= DEMO_TODAY
  ) {
    aftercareStartsOn = addDays(endsOn, 1);
    aftercarePlannedEndsOn = addMonthsClamped(aftercareStartsOn, 3);
    const actualEnd = chance(rng, 0.8)
      ? aftercarePlannedEndsOn
      : addDays(aftercareStartsOn, int(rng, 20, 80));
    aftercareEndsOn = actualEnd < DEMO_TODAY ? actualEnd : null;
    stages.push({ stage: 'aftercare', startsOn: aftercareStartsOn, endsOn: aftercareEndsOn });
  }

  const lastActive = endsOn ?? DEMO_TODAY;
  const placements = stages.flatMap((s) => {
    const placement = placementFor(rng, s);
    return placement ? [placement] : [];
  });
  const caseworkers = chance(rng, 0.65) ? ['sagsbehandler'] : ['sagsbehandler2'];
  if (chance(rng, 0.35))
    caseworkers.push(caseworkers[0] === 'sagsbehandler' ? 'sagsbehandler2' : 'sagsbehandler');
  const mentor = provider.mentors[chance(rng, 0.7) ? 0 : provider.mentors.length - 1]!;
  const clarification = stages.find(
    (s) => s.stage === 'flexjob_clarification' || s.stage === 'disability_pension_clarification',
  );
  const planStartedOn = clarification ? addDays(clarification.startsOn, int(rng, 14, 45)) : null;
  const treatmentChance = provider.code === 'sydhavnscompagniet' ? 0.4 : 0.15;
  const treatmentOn = abuse && chance(rng, treatmentChance) ? addDays(startsOn, int(rng, 14, 70)) : null;
  const treatmentOutcome = treatmentOn
    ? weighted<TreatmentOutcome>(rng, [
        ['started', 5],
        ['not_started', 3],
        ['pending', 2],
      ])
    : 'pending';
  const report = endsOn && chance(rng, 0.6) ? pick(rng, FINAL_REPORTS) : null;
  const reportOn = endsOn ? addDays(endsOn, int(rng, 2, 20)) : null;
  return {
    startsOn,
    plannedEndsOn: addDays(addMonthsClamped(startsOn, 12), -1),
    endsOn,
    endReason,
    aftercareStartsOn,
    aftercarePlannedEndsOn,
    aftercareEndsOn,
    mentor,
    caseworkers,
    stages,
    placements,
    entries: entriesFor(
      rng,
      { startsOn, stages },
      aftercareStartsOn ? (aftercareEndsOn ?? DEMO_TODAY) : lastActive,
    ),
    talks: talksFor(rng, startsOn, lastActive, provider.code === 'sydhavnscompagniet'),
    planStart:
      planStartedOn && planStartedOn <= DEMO_TODAY
        ? { planType: planDocumentType(planStartedOn), startedOn: planStartedOn }
        : null,
    treatment:
      treatmentOn && treatmentOn <= DEMO_TODAY
        ? {
            referredOn: treatmentOn,
            outcome: treatmentOutcome,
            outcomeOn:
              treatmentOutcome === 'pending'
                ? null
                : minDate(addDays(treatmentOn, int(rng, 7, 40)), DEMO_TODAY),
          }
        : null,
    finalReport: report && reportOn && reportOn <= DEMO_TODAY ? { ...report, completedOn: reportOn } : null,
    workCapacity: clarification || chance(rng, 0.2) ? pick(rng, WORK_CAPACITY) : null,
  };
}
