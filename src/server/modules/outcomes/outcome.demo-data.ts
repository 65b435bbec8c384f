// The figures the outcomes demo must reproduce: seed 003's appendix (tables 1–3, per provider) for the
// periods it names, and the previous report's totals (4 %, 11 %, 2 %) for April 2017 – February 2019.
// The demo makes synthetic courses, placements, plans and register rows that give exactly these.
import type { ResolvedParameters } from '../../../shared/outcomes/outcome.schemas.ts';
import { resolveParameters } from './services/compute-report.ts';

/** Seed 003: exit March–September 2019; placements June 2019 – March 2020; plans 16 May 2019 – March 2020. */
export const SEED_003_PARAMETERS: ResolvedParameters = resolveParameters({
  from: '2019-03-01',
  to: '2019-09-30',
  placementFrom: '2019-06-01',
  placementTo: '2020-03-31',
  planFrom: '2019-05-16',
  planTo: '2020-03-31',
});

/** "På udvalgsmødet den 21. oktober 2019 fik BIU forelagt resultaterne for perioden april 2017 til februar 2019." */
export const PREVIOUS_PARAMETERS: ResolvedParameters = resolveParameters({
  from: '2017-04-01',
  to: '2019-02-28',
});
export const PREVIOUS_REPORT_TITLE = 'Resultater april 2017 – februar 2019 (forelagt BIU 21. oktober 2019)';
/** Seed 003's own report, saved after the previous one: the page opens on its periods, compared with it. */
export const SEED_003_REPORT_TITLE = 'Resultater marts 2019 – marts 2020 (bilag til BIU 18. maj 2020)';

export interface SeedRow {
  code: string;
  exit: { completed: number; jobOrEducation: number; partTime: number; percent: number };
  placement: { completed: number; placed: number; percent: number };
  plan: { completed: number; withPlan: number; percent: number };
}

/** Seed 003's three tables as printed, per provider (the total rows follow below). */
export const SEED_003_ROWS: SeedRow[] = [
  {
    code: 'settlementet',
    exit: { completed: 41, jobOrEducation: 2, partTime: 2, percent: 10 },
    placement: { completed: 83, placed: 6, percent: 7 },
    plan: { completed: 85, withPlan: 8, percent: 9 },
  },
  {
    code: 'opzoomerne',
    exit: { completed: 40, jobOrEducation: 1, partTime: 0, percent: 3 },
    placement: { completed: 73, placed: 6, percent: 8 },
    plan: { completed: 74, withPlan: 5, percent: 7 },
  },
  {
    code: 'sydhavnscompagniet',
    exit: { completed: 60, jobOrEducation: 1, partTime: 1, percent: 3 },
    placement: { completed: 100, placed: 9, percent: 9 },
    plan: { completed: 105, withPlan: 9, percent: 9 },
  },
  {
    code: 'send-flere-krydderier',
    exit: { completed: 28, jobOrEducation: 0, partTime: 4, percent: 14 },
    placement: { completed: 33, placed: 0, percent: 0 },
    plan: { completed: 33, withPlan: 0, percent: 0 },
  },
  {
    code: 'hki',
    exit: { completed: 60, jobOrEducation: 1, partTime: 3, percent: 7 },
    placement: { completed: 56, placed: 15, percent: 27 },
    plan: { completed: 58, withPlan: 0, percent: 0 },
  },
];

/**
 * The total rows. Tables 1 and 2 print the sums of their rows. Table 3 prints "16" plans and "6 %", but
 * its rows add up to 8 + 5 + 9 + 0 + 0 = 22, and 22 of 355 is the printed 6 % (16 of 355 would be 5 %):
 * the "16" is the seed's slip. A total sums its rows (docs/outcomes.md), so the product shows 22 and 6 %.
 */
export const SEED_003_TOTALS = {
  exit: { completed: 229, jobOrEducation: 5, partTime: 10, percent: 7 },
  placement: { completed: 345, placed: 36, percent: 10 },
  plan: { completed: 355, withPlan: 22, percent: 6, printedWithPlan: 16 },
};

/** The previous report's totals, as the appendix quotes them. */
export const PREVIOUS_TOTALS = { exit: 4, placement: 11, plan: 2 };

/**
 * How the demo makes the figures. Courses ending in:
 *   A: 1 Mar – 15 May 2019 (exit only), B: 16–31 May 2019 (exit, plan),
 *   C: June – September 2019 (all three), D: October 2019 – March 2020 (placement, plan),
 *   P: April 2017 – February 2019 (the previous report's three tables).
 * So exit = A + B + C, placement = C + D, plan = B + C + D; B = plan − placement per provider.
 */
export interface DemoProviderPlan {
  code: string;
  segments: { A: number; B: number; C: number; D: number; P: number };
  /** Exit statuses in the current exit population (the rest: public benefit). */
  current: {
    job: number;
    education: number;
    partTime: number;
    otherSelfSupporting: number;
    censored: number;
  };
  previous: {
    job: number;
    education: number;
    partTime: number;
    otherSelfSupporting: number;
    censored: number;
    placed: number;
    withPlan: number;
  };
}

export const DEMO_PLAN: DemoProviderPlan[] = [
  {
    code: 'settlementet',
    segments: { A: 14, B: 2, C: 25, D: 58, P: 70 },
    current: { job: 1, education: 1, partTime: 2, otherSelfSupporting: 2, censored: 1 },
    previous: {
      job: 1,
      education: 0,
      partTime: 3,
      otherSelfSupporting: 2,
      censored: 1,
      placed: 5,
      withPlan: 3,
    },
  },
  {
    code: 'opzoomerne',
    segments: { A: 14, B: 1, C: 25, D: 48, P: 65 },
    current: { job: 0, education: 1, partTime: 0, otherSelfSupporting: 1, censored: 0 },
    previous: {
      job: 0,
      education: 1,
      partTime: 0,
      otherSelfSupporting: 1,
      censored: 1,
      placed: 6,
      withPlan: 2,
    },
  },
  {
    code: 'sydhavnscompagniet',
    segments: { A: 20, B: 5, C: 35, D: 65, P: 90 },
    current: { job: 1, education: 0, partTime: 1, otherSelfSupporting: 3, censored: 1 },
    previous: {
      job: 1,
      education: 0,
      partTime: 1,
      otherSelfSupporting: 2,
      censored: 0,
      placed: 7,
      withPlan: 2,
    },
  },
  {
    code: 'send-flere-krydderier',
    segments: { A: 13, B: 0, C: 15, D: 18, P: 40 },
    current: { job: 0, education: 0, partTime: 4, otherSelfSupporting: 1, censored: 0 },
    previous: {
      job: 0,
      education: 0,
      partTime: 4,
      otherSelfSupporting: 1,
      censored: 0,
      placed: 1,
      withPlan: 0,
    },
  },
  {
    code: 'hki',
    segments: { A: 28, B: 2, C: 30, D: 26, P: 80 },
    current: { job: 1, education: 0, partTime: 3, otherSelfSupporting: 2, censored: 1 },
    previous: {
      job: 1,
      education: 0,
      partTime: 2,
      otherSelfSupporting: 1,
      censored: 1,
      placed: 19,
      withPlan: 0,
    },
  },
];

/** End-date ranges of the segments. */
export const SEGMENT_ENDS = {
  A: ['2019-03-01', '2019-05-15'],
  B: ['2019-05-16', '2019-05-31'],
  C: ['2019-06-01', '2019-09-30'],
  D: ['2019-10-01', '2020-03-31'],
  P: ['2017-04-01', '2019-02-28'],
} as const;

/**
 * The demo DREAM extract: ISO weeks 2013-W01 to 2019-W52 (the 156 weeks before the earliest course start
 * are in it, for the fair comparison's benefit history) and the months of 2017–2019.
 */
export const EXTRACT = { firstWeekMonday: '2012-12-31', weeks: 365, firstMonth: '2017-01-01', months: 36 };
export const DEMO_EXTRACT_FILE = 'demo-dream-2013-2019.csv';
