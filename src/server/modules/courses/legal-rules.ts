// Legal rules that change with the law, as date-versioned rule sets (ARCHITECTURE.md): the version in
// force on the date the obligation arose decides. Sources: research/domain.md §2. Pure, no I/O.

export interface RuleVersion<T> {
  /** First day the version applies (YYYY-MM-DD). */
  validFrom: string;
  /** Where the rule comes from, shown to users who ask why. */
  source: string;
  rules: T;
}

/** The version in force on `date`: the newest whose validFrom is on or before it. */
export function ruleInForce<T>(versions: readonly RuleVersion<T>[], date: string): RuleVersion<T> {
  const sorted = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  const found = sorted.filter((v) => v.validFrom <= date).pop();
  if (!found) throw new RangeError(`no rule version in force on ${date}`);
  return found;
}

// ---- dates -------------------------------------------------------------------------------------

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** Calendar months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return toIso(target);
}

/** Whole or started weeks from start to end, both days included (1–7 days = 1 week). */
export function weeksIncluding(startsOn: string, endsOn: string): number {
  const days = Math.round((toDate(endsOn).getTime() - toDate(startsOn).getTime()) / 86_400_000) + 1;
  return Math.ceil(days / 7);
}

// ---- internships (virksomhedspraktik), LAB § 61 -------------------------------------------------

export interface InternshipRules {
  /** Up to this many weeks without further assessment (13 for this target group). */
  baseWeeks: number;
  /** Up to this many after a concrete assessment (26). */
  assessedWeeks: number;
  /** Beyond that, for a very special need, by up to this many weeks at a time (13). */
  specialNeedStepWeeks: number;
}

export const INTERNSHIP_RULES: readonly RuleVersion<InternshipRules>[] = [
  {
    validFrom: '2019-07-01',
    source:
      'LAB § 61 (lov nr. 548/2019, lbk. nr. 280/2024): op til 13 uger; forlængelse til 26 uger efter konkret vurdering; derefter med op til 13 uger ad gangen ved et helt særligt behov',
    rules: { baseWeeks: 13, assessedWeeks: 26, specialNeedStepWeeks: 13 },
  },
];

export type InternshipBasis =
  | { kind: 'base' }
  | { kind: 'concrete_assessment' }
  /** Extended for a special need; `extensions` periods of up to specialNeedStepWeeks each after the assessed limit. */
  | { kind: 'special_need'; extensions: number };

export interface InternshipCheck {
  ok: boolean;
  weeks: number;
  maxWeeks: number;
  source: string;
}

/** Checks an internship's length against the rule in force when it started. */
export function checkInternshipLength(
  startsOn: string,
  endsOn: string,
  basis: InternshipBasis,
): InternshipCheck {
  const version = ruleInForce(INTERNSHIP_RULES, startsOn);
  const { baseWeeks, assessedWeeks, specialNeedStepWeeks } = version.rules;
  const maxWeeks =
    basis.kind === 'base'
      ? baseWeeks
      : basis.kind === 'concrete_assessment'
        ? assessedWeeks
        : assessedWeeks + specialNeedStepWeeks * Math.max(0, basis.extensions);
  const weeks = weeksIncluding(startsOn, endsOn);
  return { ok: weeks <= maxWeeks, weeks, maxWeeks, source: version.source };
}

// ---- job talks (jobsamtaler) for activity-ready cash-benefit recipients ---------------------------

export interface JobTalkRules {
  /** The first talk is due this many days after the obligation arose (course or benefit start). */
  firstTalkWithinDays: number;
  /** Each following talk is due this many months after the previous one was held; null = when needed. */
  followUpMonths: number | null;
}

export const JOB_TALK_RULES: readonly RuleVersion<JobTalkRules>[] = [
  {
    validFrom: '2015-01-01',
    source:
      'Kontaktforløb for aktivitetsparate (til 30. juni 2026): første samtale efter 1 uge, derefter mindst 4 samtaler inden for hver 12 måneder',
    // 4 talks in every 12 months: each at most 3 months after the previous.
    rules: { firstTalkWithinDays: 7, followUpMonths: 3 },
  },
  {
    validFrom: '2026-07-01',
    source:
      'Reform af beskæftigelsesindsatsen (lov nr. 1750 af 29.12.2025), fra 1. juli 2026: mere fleksible kontaktforløb; kommunen fastsætter hyppigheden. Standard i indsats: første samtale inden 1 uge, derefter hver 6. måned (kan konfigureres)',
    rules: { firstTalkWithinDays: 7, followUpMonths: 6 },
  },
];

/** The day the reformed contact rules (lov nr. 1750 af 29.12.2025) take effect. */
export const JOB_TALK_REFORM_2026 = '2026-07-01';

/**
 * The system_setting key that sets the reform's follow-up interval locally: a whole number of months
 * (1–24), or "when_needed" (no fixed deadline: talks when the municipality judges there is a need).
 * Without it, the default of JOB_TALK_RULES applies (every 6 months). Read by the talks service.
 */
export const JOB_TALK_FOLLOW_UP_SETTING = 'job_talks.follow_up_months_from_2026_07_01';

/** The setting's value as months, null ("when needed"), or undefined when unset or not understood. */
export function parseFollowUpSetting(value: string | null | undefined): number | null | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  if (text === 'when_needed') return null;
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const months = Number(text);
  return months >= 1 && months <= 24 ? months : undefined;
}

/**
 * The job-talk rule set with the reform's follow-up interval set locally (the reform lets the
 * municipality decide how often). Versions before the reform keep the law's interval.
 */
export function jobTalkRulesWithFollowUp(
  followUpMonths: number | null | undefined,
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): readonly RuleVersion<JobTalkRules>[] {
  if (followUpMonths === undefined) return versions;
  const local =
    followUpMonths === null
      ? 'Lokalt fastsat: opfølgende samtaler, når kommunen vurderer behov'
      : `Lokalt fastsat: opfølgende samtale senest ${followUpMonths} måneder efter den forrige`;
  return versions.map((version) =>
    version.validFrom >= JOB_TALK_REFORM_2026
      ? { ...version, source: `${version.source}. ${local}`, rules: { ...version.rules, followUpMonths } }
      : version,
  );
}

/** The deadline of the next required talk, by the rule version in force when the obligation arose. */
export function nextTalkDeadline(
  obligation: { kind: 'first'; startsOn: string } | { kind: 'follow_up'; lastHeldOn: string },
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): { deadline: string | null; source: string } {
  const arose = obligation.kind === 'first' ? obligation.startsOn : obligation.lastHeldOn;
  const version = ruleInForce(versions, arose);
  if (obligation.kind === 'first') {
    return { deadline: addDays(arose, version.rules.firstTalkWithinDays), source: version.source };
  }
  const months = version.rules.followUpMonths;
  return { deadline: months === null ? null : addMonths(arose, months), source: version.source };
}

export type TalkOutcome = 'held' | 'not_attended' | 'cancelled';

/** Timeliness (rettidighed): held on or before the deadline. */
export function isTimely(heldOn: string, deadline: string): boolean {
  return heldOn <= deadline;
}

/**
 * Is a held talk timely? On or before its deadline; a talk whose rule set no deadline (follow-up
 * "when needed" after the reform, `deadline: null`) cannot be late. Not held: not timely.
 */
export function isHeldTimely(talk: { outcome: string; heldOn?: string | null; deadline?: string | null }) {
  if (talk.outcome !== 'held' || !talk.heldOn) return false;
  return talk.deadline === null || (talk.deadline !== undefined && isTimely(talk.heldOn, talk.deadline));
}

/**
 * Timeliness = timely held talks / held talks; attendance (fremmøde) = held / called, where called
 * talks are those held or not attended (cancelled talks were never called, planned ones have not
 * happened yet). Null when nothing counts.
 */
export function talkRates(
  talks: readonly {
    outcome: TalkOutcome | 'planned';
    heldOn?: string | null;
    deadline?: string | null;
  }[],
) {
  const held = talks.filter((t) => t.outcome === 'held');
  const called = talks.filter((t) => t.outcome === 'held' || t.outcome === 'not_attended');
  const timely = held.filter(isHeldTimely);
  return {
    held: held.length,
    called: called.length,
    timely: timely.length,
    timeliness: held.length ? timely.length / held.length : null,
    attendance: called.length ? held.length / called.length : null,
  };
}

// ---- the preparatory document ------------------------------------------------------------------

export type PlanDocumentType = 'forberedende_plan' | 'samlet_beskrivelse';

export const PLAN_DOCUMENT_RULES: readonly RuleVersion<{ type: PlanDocumentType }>[] = [
  {
    validFrom: '2013-01-01',
    source: 'Rehabiliteringsplanens forberedende del, forelægges rehabiliteringsteamet',
    rules: { type: 'forberedende_plan' },
  },
  {
    validFrom: '2026-02-01',
    source:
      'Lov nr. 1750 af 29.12.2025: kravet om rehabiliteringsteam ophæves og erstattes af en samlet beskrivelse af borgerens forudsætninger med sundhedsfaglig rådgivning',
    rules: { type: 'samlet_beskrivelse' },
  },
];

/** Which document prepares a case for flexjob or disability pension, by the date the work starts. */
export function planDocumentType(onDate: string): PlanDocumentType {
  return ruleInForce(PLAN_DOCUMENT_RULES, onDate).rules.type;
}
