// The courses demo's plan, part 1: the providers, the shapes of a planned citizen and course, and the
// seeded random helpers (course.demo-course.ts plans one course, course.demo-plan.ts everyone;
// course.demo.ts writes it). Pure and deterministic for a seed: no I/O, no clock (dates are relative
// to DEMO_TODAY). Everything here is made up; names and CPR numbers belong to no one.
import { addDays } from '../../../shared/dates.ts';
import { SYNTHETIC_PROVIDER_CODE } from '../agreements/agreement.demo-data.ts';
import type {
  CourseEndReason,
  CourseEntryKind,
  CourseStageKind,
  PlacementKind,
  TalkOutcomeStatus,
  TalkVenue,
  TreatmentOutcome,
} from '../../platform/db/schema.ts';

/** The demo's "today": courses and talks are planned up to here, whatever the clock says. */
export const DEMO_TODAY = '2026-11-27';
export const FIRST_REFERRAL = '2025-01-06';
export const LAST_REFERRAL = '2026-11-06';

export interface DemoProvider {
  code: string;
  /** The area number in the synthetic 2025 tender (agreement.demo-data.ts). */
  area: 1 | 2;
  district: string;
  citizens: number;
  mentors: string[];
}

// Area 1 (vulnerable citizens): SydhavnsCompagniet and Settlementet; area 2 (women with a minority
// background): Servisio and Send Flere Krydderier. The first mentor of each is shown most.
export const DEMO_PROVIDERS: DemoProvider[] = [
  {
    code: 'sydhavnscompagniet',
    area: 1,
    district: 'Vesterbro/Kongens Enghave',
    citizens: 92,
    mentors: ['sydhavn', 'sydhavn-mentor'],
  },
  {
    code: 'settlementet',
    area: 1,
    district: 'Vesterbro/Kongens Enghave',
    citizens: 76,
    mentors: ['settlementet', 'settlementet-mentor'],
  },
  { code: 'servisio', area: 2, district: 'Bispebjerg', citizens: 58, mentors: ['servisio-mentor'] },
  {
    code: 'send-flere-krydderier',
    area: 2,
    district: 'Nørrebro',
    citizens: 54,
    mentors: ['krydderier-mentor'],
  },
];
/**
 * Not in the seeds: the clearly synthetic provider (agreement.demo-data.ts), area 1 of the synthetic 2025
 * tender, so that one provider's year can be followed from meeting to payment to committee report (issue 14)
 * without inventing anything about a seed provider. Planned by course.demo-synthetic.ts.
 */
export const SYNTHETIC_DEMO_PROVIDER: DemoProvider = {
  code: SYNTHETIC_PROVIDER_CODE,
  area: 1,
  district: 'Valby',
  citizens: 18,
  mentors: ['eksempel-mentor'],
};
/** Citizens of the job centre not (yet) referred: too young, job-ready, or waiting. */
export const UNREFERRED = 20;

export interface Circumstances {
  benefitType: 'cash_benefit' | 'sickness_benefit';
  activityReady: boolean;
  onBenefitsSince: string;
  minorityBackground: boolean;
  abuseProblem: boolean;
}

export interface PlannedStage {
  stage: CourseStageKind;
  startsOn: string;
  endsOn: string | null;
}

export interface PlannedPlacement {
  kind: PlacementKind;
  startsOn: string;
  endsOn: string | null;
  weeklyHoursTenths: number;
  /** What the company must offer: picks from the provider's partnerships. */
  offer: 'internship' | 'small_job' | 'job';
}

export interface PlannedEntry {
  entryOn: string;
  kind: CourseEntryKind;
  setting: 'training' | 'internship' | null;
  attended: boolean | null;
  text: string;
  isSensitive: boolean;
}

export interface PlannedTalk {
  obligation: 'first' | 'follow_up';
  deadline: string | null;
  scheduledOn: string;
  venue: TalkVenue;
  outcome: TalkOutcomeStatus;
  heldOn: string | null;
  ruleSource: string;
}

export interface PlannedCourse {
  startsOn: string;
  plannedEndsOn: string;
  endsOn: string | null;
  endReason: CourseEndReason | null;
  aftercareStartsOn: string | null;
  aftercarePlannedEndsOn: string | null;
  aftercareEndsOn: string | null;
  mentor: string;
  caseworkers: string[];
  stages: PlannedStage[];
  placements: PlannedPlacement[];
  entries: PlannedEntry[];
  talks: PlannedTalk[];
  planStart: { planType: 'forberedende_plan' | 'samlet_beskrivelse'; startedOn: string } | null;
  treatment: { referredOn: string; outcome: TreatmentOutcome; outcomeOn: string | null } | null;
  finalReport: { summary: string; outcome: string; recommendation: string; completedOn: string } | null;
  workCapacity: Record<string, unknown> | null;
}

export interface PlannedReferral {
  provider: DemoProvider;
  referredOn: string;
  status: 'pending' | 'accepted' | 'rejected';
  decidedOn: string | null;
  decisionReason: string | null;
  outsideDistrict: boolean;
  note: string | null;
  caseworker: string;
  course: PlannedCourse | null;
}

export interface PlannedCitizen {
  cpr: string;
  name: string;
  district: string;
  circumstances: Circumstances;
  referral: PlannedReferral | null;
}

// ---- small helpers -------------------------------------------------------------------------------

export type Rng = () => number;

export const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
export const chance = (rng: Rng, p: number) => rng() < p;
export const minDate = (a: string, b: string) => (a < b ? a : b);

export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function dateBetween(rng: Rng, from: string, to: string): string {
  return addDays(from, int(rng, 0, Math.max(0, daysFrom(from, to))));
}

export function weighted<T>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![0];
}
