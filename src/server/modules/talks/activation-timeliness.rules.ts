// Timeliness of activation (rettidighed i aktivering, seed 004): did the citizen begin an offer (tilbud) that
// counts as the right-and-duty offer at the latest when the law says, LAB § 102 (docs/legal-rules.md)? The
// rule versions are dated by the day the obligation arose: the benefit period's start (LAB § 9), as for job
// talks. Pure, no I/O: the service reads the facts (activation-measures.repository.ts).
import { addDays, addMonthsClamped, daysBetween } from '../../../shared/dates.ts';
import { ruleInForce, type RuleVersion } from '../../../shared/legal-rule-version.ts';
import type { ActivationCounts } from '../../../shared/courses/activation-measures.schemas.ts';
import { rate, type RegisterRun } from './talk.rules.ts';

export interface ActivationRules {
  /** The offer must have begun at the latest this many months after the period's start ("senest efter 6 måneder"). */
  withinMonths: number;
  /** An offer counts only with a continuous duration of at least this many days (2 weeks, stk. 2). */
  minimumDays: number;
  /** A wage-subsidy job (kap. 12) counts when it begins at most this many days after the deadline (stk. 3). */
  wageSubsidyGraceDays: number;
}

const RULES_2020: ActivationRules = { withinMonths: 6, minimumDays: 14, wageSubsidyGraceDays: 21 };

/**
 * The law's versions. Before 1 January 2020 the older rule (LAB 2015, lbk. nr. 1342/2016 and earlier) could
 * not be sourced from its text: periods that began earlier are judged by the 2020 version, and docs say so.
 */
export const ACTIVATION_RULES: readonly RuleVersion<ActivationRules>[] = [
  {
    validFrom: '2020-01-01',
    source:
      'LAB § 102 (lov nr. 548 af 7.5.2019, i kraft 1.1.2020; lbk. nr. 280 af 1.3.2024): personer omfattet af § 6, nr. 1-3, har senest efter 6 måneder ret og pligt til at påbegynde tilbud efter kapitel 11-14 (stk. 1), med en sammenhængende varighed på mindst 2 uger (stk. 2); løntilskud (kapitel 12) skal være afgivet inden for fristen og påbegyndt senest 3 uger efter den (stk. 3); øvrig vejledning og opkvalificering efter § 91 er ikke et ret og pligt-tilbud (stk. 6). Perioden opgøres efter § 9 fra første henvendelse om hjælp. Ikke modelleret: fritagelse efter stk. 4',
    rules: RULES_2020,
  },
  {
    validFrom: '2026-07-01',
    source:
      'Lov nr. 1750 af 29.12.2025 (mere fleksible tilbud fra 1.7.2026): kommunens adgang til at undtage op til 25 pct. fra tilbud i de første 6 måneder gælder dagpengemodtagere og job- og uddannelsesparate kontanthjælpsmodtagere, ikke aktivitetsparate (STAR, svar på spørgsmål fra webinar 21.1.2026). Ikke verificeret i lovteksten: § 102 som affattet fra 1.7.2026; fristen fra 2020-reglen anvendes uændret',
    rules: RULES_2020,
  },
];

/** The kinds of offer the product records, by the chapter of LAB they fall under. */
export type ActivationOfferKind =
  /** Virksomhedspraktik, kap. 11: a placement of kind internship, or a course decided as an internship offer. */
  | 'internship'
  /** Ansættelse med løntilskud, kap. 12: a placement of kind wage_subsidy. */
  | 'wage_subsidy'
  /**
   * Vejledning og opkvalificering, kap. 14, or a course without a recorded offer decision: the product does
   * not tell § 90 from § 91, and a § 91 offer is not a right-and-duty offer (§ 102, stk. 6), so it does not count.
   */
  | 'guidance';

export interface ActivationOffer {
  kind: ActivationOfferKind;
  startsOn: string;
  /** Null while it runs. */
  endsOn: string | null;
}

export type ActivationStatus = 'timely' | 'late' | 'missing';

export interface ActivationJudgement {
  /** The last day to begin the offer (a wage-subsidy job: 3 weeks more). */
  deadline: string;
  /** Null when the deadline lies after `asOf`: nothing is due yet. */
  status: ActivationStatus | null;
  /** The first counting offer begun in the period, if any. */
  offerStartsOn: string | null;
  source: string;
}

/** The version for a period: the one in force when it began, the oldest for a period before every version. */
function versionFor(periodStartsOn: string, versions: readonly RuleVersion<ActivationRules>[]) {
  const oldest = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0]!;
  return periodStartsOn < oldest.validFrom ? oldest : ruleInForce(versions, periodStartsOn);
}

/** "Senest efter 6 måneder": the day the period's first 6 months have run (start 10 Jan → 10 Jul). */
export function activationDeadline(
  periodStartsOn: string,
  versions: readonly RuleVersion<ActivationRules>[] = ACTIVATION_RULES,
): { deadline: string; rules: ActivationRules; source: string } {
  const version = versionFor(periodStartsOn, versions);
  return {
    deadline: addMonthsClamped(periodStartsOn, version.rules.withinMonths),
    rules: version.rules,
    source: version.source,
  };
}

/** Does the offer count as the right-and-duty offer (kap. 11 or 12, at least 2 weeks when it has ended)? */
export function isCountingOffer(offer: ActivationOffer, rules: ActivationRules): boolean {
  if (offer.kind === 'guidance') return false;
  if (offer.endsOn === null) return true;
  return daysBetween(offer.startsOn, offer.endsOn) + 1 >= rules.minimumDays;
}

/**
 * The obligation of a benefit period as of a date: timely when a counting offer began in the period on or
 * before its last day; late when one began after it (by `asOf`); missing when none has begun by `asOf`.
 * Offers begun before the period belong to an earlier period and do not count.
 */
export function judgeActivation(
  periodStartsOn: string,
  offers: readonly ActivationOffer[],
  asOf: string,
  versions: readonly RuleVersion<ActivationRules>[] = ACTIVATION_RULES,
): ActivationJudgement {
  const { deadline, rules, source } = activationDeadline(periodStartsOn, versions);
  const lastDay = (offer: ActivationOffer) =>
    offer.kind === 'wage_subsidy' ? addDays(deadline, rules.wageSubsidyGraceDays) : deadline;
  const begun = offers
    .filter((o) => isCountingOffer(o, rules) && o.startsOn >= periodStartsOn && o.startsOn <= asOf)
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  const onTime = begun.find((o) => o.startsOn <= lastDay(o));
  if (onTime) return { deadline, status: 'timely', offerStartsOn: onTime.startsOn, source };
  if (deadline > asOf) return { deadline, status: null, offerStartsOn: null, source };
  const first = begun[0];
  return first
    ? { deadline, status: 'late', offerStartsOn: first.startsOn, source }
    : { deadline, status: 'missing', offerStartsOn: null, source };
}

/** One obligation as counted: its status and whether its period's start was derived (not recorded). */
export interface CountedObligation {
  status: ActivationStatus;
  derived: boolean;
}

/** Due = timely + late + missing; timeliness = timely / due. */
export function countActivation(obligations: readonly CountedObligation[]): ActivationCounts {
  const count = (status: ActivationStatus) => obligations.filter((o) => o.status === status).length;
  const timely = count('timely');
  return {
    due: obligations.length,
    timely,
    late: count('late'),
    missing: count('missing'),
    derived: obligations.filter((o) => o.derived).length,
    timeliness: rate(timely, obligations.length),
  };
}

export function addActivationCounts(rows: readonly ActivationCounts[]): ActivationCounts {
  const sum = (pick: (c: ActivationCounts) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const due = sum((r) => r.due);
  const timely = sum((r) => r.timely);
  return {
    due,
    timely,
    late: sum((r) => r.late),
    missing: sum((r) => r.missing),
    derived: sum((r) => r.derived),
    timeliness: rate(timely, due),
  };
}

/**
 * A person's register weeks as runs of equal code (the shape talk.rules.ts's registerPeriodStart reads),
 * from the first week's Monday and the codes as stored (0 = no benefit that week).
 */
export function registerRunsOfCodes(firstWeekMonday: string, codes: readonly number[]): RegisterRun[] {
  const runs: RegisterRun[] = [];
  codes.forEach((code, i) => {
    const shown = code === 0 ? null : String(code).padStart(3, '0');
    const monday = addDays(firstWeekMonday, 7 * i);
    const last = runs.at(-1);
    if (last && last.code === shown) last.to = addDays(monday, 6);
    else runs.push({ from: monday, to: addDays(monday, 6), code: shown });
  });
  return runs;
}
