// Legal rules that change with the law, as date-versioned rule sets (ARCHITECTURE.md): the version in
// force on the date the obligation arose decides. Sources: research/domain.md §2. Pure, no I/O.
import { ruleInForce, type RuleVersion } from '../legal-rule-version.ts';
import { addDays, addMonthsClamped, daysBetween } from '../dates.ts';
import { JOB_TALK_FOLLOW_UP_KEY } from '../local-settings.ts';

// RuleVersion and ruleInForce live in shared/ so the web picks versions the same way (benefit types).
export { ruleInForce, type RuleVersion } from '../legal-rule-version.ts';

// ---- dates -------------------------------------------------------------------------------------

/** Whole or started weeks from start to end, both days included (1–7 days = 1 week). */
export function weeksIncluding(startsOn: string, endsOn: string): number {
  const days = daysBetween(startsOn, endsOn) + 1;
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
    // Lov nr. 548 af 7.5.2019 took effect on 1 January 2020 (elov.dk: "træder i kraft den 1. januar 2020"),
    // not 1 July 2019.
    validFrom: '2020-01-01',
    source:
      'LAB § 61 (lov nr. 548 af 7.5.2019, i kraft 1.1.2020; lbk. nr. 280 af 1.3.2024): op til 13 uger; forlængelse til 26 uger efter konkret vurdering; derefter med op til 13 uger ad gangen ved et helt særligt behov',
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
// The obligation belongs to the citizen's benefit period (LAB § 9): it is counted from the first request
// to the municipality for help, as one continuous period on the same benefit (a change of benefit starts
// a new period, § 9, stk. 1, nr. 2). Where the period's start comes from: talk.rules.ts benefitPeriodStart.

export interface JobTalkRules {
  /** The first talk at the latest this many days after the first request for help. */
  firstTalkWithinDays: number;
  /** The first period, in months from the first request for help. */
  firstPeriodMonths: number;
  /** Individual job talks required within the first period, the first talk included. */
  talksInFirstPeriod: number;
  /**
   * After the first period: a talk at the latest this many months after the previous one; null = when
   * the municipality judges there is a need (and on the citizen's request), no fixed deadline.
   */
  followUpMonths: number | null;
  /** True when followUpMonths is a local standard set by the municipality, not the law. */
  followUpIsLocal?: boolean;
}

/**
 * The law's versions. Before 1 January 2020 the older rule (LAB 2015) could not be sourced from its text:
 * obligations that arose earlier are judged by the 2020 version (see talk.rules.ts), and docs say so.
 */
export const JOB_TALK_RULES: readonly RuleVersion<JobTalkRules>[] = [
  {
    validFrom: '2020-01-01',
    source:
      'LAB (lov nr. 548 af 7.5.2019, i kraft 1.1.2020; lbk. nr. 280 af 1.3.2024) § 31, stk. 5 (stk. 3 i den oprindelige affattelse): første jobsamtale senest 1 uge fra første henvendelse til kommunen om hjælp; § 31, stk. 3 (oprindeligt stk. 1): mindst 4 individuelle jobsamtaler inden for de første 6 måneder, opgjort efter § 9 (sammenhængende periode på samme ydelse fra første henvendelse); § 32: derefter jobsamtaler, når jobcenteret vurderer behov, og ret til jobsamtale efter anmodning',
    sourceEn:
      'LAB (Act no. 548 of 7 May 2019, in force 1 January 2020; Consolidated Act no. 280 of 1 March 2024) § 31(5) (subsection 3 as first worded): the first job talk no later than 1 week after the first request to the municipality for help; § 31(3) (first subsection 1): at least 4 individual job talks within the first 6 months, counted under § 9 (one continuous period on the same benefit from the first request); § 32: after that, job talks when the job centre judges there is a need, and a right to a job talk on request',
    rules: { firstTalkWithinDays: 7, firstPeriodMonths: 6, talksInFirstPeriod: 4, followUpMonths: null },
  },
  {
    validFrom: '2026-07-01',
    source:
      'Lov nr. 1750 af 29.12.2025 (reform af beskæftigelsesindsatsen), mere fleksible kontaktforløb fra 1.7.2026: kravet om 4 jobsamtaler på 6 måneder gælder jobparate (mindst 75 pct.), ikke aktivitetsparate; efter 6 måneder jobsamtaler, når kommunen vurderer behov (STAR, spørgsmål og svar om reformen). Ikke verificeret i lovteksten: den ændrede § 31 for aktivitetsparate; at første jobsamtale fortsat skal holdes senest 1 uge efter første henvendelse; overgangsregler for perioder, der begyndte før 1.7.2026',
    sourceEn:
      'Act no. 1750 of 29 December 2025 (reform of the employment services), more flexible contact courses from 1 July 2026: the requirement of 4 job talks in 6 months applies to job-ready citizens (at least 75 per cent), not to activity-ready citizens; after 6 months, job talks when the municipality judges there is a need (STAR, questions and answers on the reform). Not verified in the text of the act: the amended § 31 for activity-ready citizens; that the first job talk must still be held no later than 1 week after the first request; transitional rules for periods that began before 1 July 2026',
    rules: { firstTalkWithinDays: 7, firstPeriodMonths: 6, talksInFirstPeriod: 1, followUpMonths: null },
  },
];

/** The day the reformed contact rules (lov nr. 1750 af 29.12.2025) take effect. */
export const JOB_TALK_REFORM_2026 = '2026-07-01';

/**
 * The local setting (src/shared/local-settings.ts) that adds a local standard after the first period
 * from the reform: a whole number of months (1–24) from the previous talk, or "when_needed" (the law's
 * own rule). Without it the law's rule applies: talks when the municipality judges there is a need.
 */
export const JOB_TALK_FOLLOW_UP_SETTING = JOB_TALK_FOLLOW_UP_KEY;

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
 * The job-talk rule set with a local standard after the first period (the reform leaves the frequency
 * to the municipality). Shown as local ("Lokalt fastsat"), never as law. Versions before the reform keep
 * the law's rule (§ 32: when needed).
 */
export function jobTalkRulesWithFollowUp(
  followUpMonths: number | null | undefined,
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): readonly RuleVersion<JobTalkRules>[] {
  if (followUpMonths === undefined || followUpMonths === null) return versions;
  const local = `Lokalt fastsat (ikke lovkrav): når lovens samtaler er holdt, en jobsamtale senest ${followUpMonths} måneder efter den forrige`;
  const localEn = `Set locally (not required by law): once the talks the law requires are held, a job talk no later than ${followUpMonths} months after the previous one`;
  return versions.map((version) =>
    version.validFrom >= JOB_TALK_REFORM_2026
      ? {
          ...version,
          source: `${version.source}. ${local}`,
          ...(version.sourceEn ? { sourceEn: `${version.sourceEn}. ${localEn}` } : {}),
          rules: { ...version.rules, followUpMonths, followUpIsLocal: true },
        }
      : version,
  );
}

/** The last day of the first period: "inden for de første 6 måneder" from the first request. */
export function firstPeriodLastDay(periodStartsOn: string, rules: JobTalkRules): string {
  return addDays(addMonthsClamped(periodStartsOn, rules.firstPeriodMonths), -1);
}

export interface TalkDeadline {
  obligation: 'first' | 'follow_up';
  /** The day the obligation arose: the period's start, the last held talk, or the end of the first period. */
  arose: string;
  deadline: string | null;
  source: string;
}

/**
 * The next required talk of a benefit period, as of a date (today, or the day a talk is scheduled for):
 *   - no talk held in the period: the first talk, due firstTalkWithinDays after the first request;
 *   - fewer than talksInFirstPeriod held: the next, due on the first period's last day;
 *   - the law's talks in the first period held, or the period over (as of `asOf`): no fixed deadline
 *     (when needed), unless a local standard sets one from the last held talk (or the period's end).
 * A talk missed in the first period is not carried on as overdue after it: the law sets no later deadline
 * for it (§ 32). The version in force when the period began decides the first period; the version in
 * force when the later obligation arose decides after it.
 */
export function nextTalkDeadline(
  periodStartsOn: string,
  heldOn: readonly string[],
  asOf: string,
  versions: readonly RuleVersion<JobTalkRules>[] = JOB_TALK_RULES,
): TalkDeadline {
  const version = ruleInForce(versions, periodStartsOn);
  const rules = version.rules;
  const lastDay = firstPeriodLastDay(periodStartsOn, rules);
  const held = heldOn.filter((d) => d >= periodStartsOn).sort();
  const inPeriod = held.filter((d) => d <= lastDay).length;
  const lastHeld = held.at(-1);
  if (held.length === 0 && asOf <= lastDay) {
    return {
      obligation: 'first',
      arose: periodStartsOn,
      deadline: addDays(periodStartsOn, rules.firstTalkWithinDays),
      source: version.source,
    };
  }
  if (inPeriod < rules.talksInFirstPeriod && asOf <= lastDay) {
    return { obligation: 'follow_up', arose: lastHeld!, deadline: lastDay, source: version.source };
  }
  const arose = lastHeld ?? addDays(lastDay, 1);
  // Once the first period is over, the rule in force after it decides (a local standard from the reform).
  const ruleDate = asOf > lastDay && arose <= lastDay ? addDays(lastDay, 1) : arose;
  const after = ruleInForce(versions, ruleDate);
  const months = after.rules.followUpMonths;
  return {
    obligation: lastHeld ? 'follow_up' : 'first',
    arose,
    // A local standard counts from the last held talk; with none, from the first period's last day.
    deadline: months === null ? null : addMonthsClamped(lastHeld ?? lastDay, months),
    source: after.source,
  };
}

// ---- the form of a job talk (jobsamtalens form), LAB § 33 --------------------------------------------

export type TalkVenueKind = 'provider' | 'job_centre' | 'phone' | 'video';

export interface TalkVenueRules {
  /** The first job talk must be held in person (at the provider or the job centre); null = not checked. */
  firstTalkInPerson: boolean | null;
}

/** Venues where the citizen attends in person; phone and video ("personligt digitalt fremmøde") are not. */
export const IN_PERSON_VENUES: readonly TalkVenueKind[] = ['provider', 'job_centre'];

/**
 * Chosen by the day the talk is held (scheduled): the form is a rule about the talk itself, not about the
 * obligation's deadline.
 */
export const TALK_VENUE_RULES: readonly RuleVersion<TalkVenueRules>[] = [
  {
    validFrom: '2020-01-01',
    source:
      'LAB § 33 (lov nr. 548 af 7.5.2019) før lov nr. 295/2023: ikke verificeret i lovteksten (lov nr. 2590 af 28.12.2021 gav adgang til samtaler over telefon og video efter 6 måneder); formen for første samtale kontrolleres ikke',
    rules: { firstTalkInPerson: null },
  },
  {
    // Lov nr. 295 af 20.3.2023 (L 14, 2022-23, 2. samling), § 1, nr. 3. The in-force date is not verified.
    validFrom: '2023-04-01',
    source:
      'LAB § 33, stk. 1, som affattet ved lov nr. 295 af 20.3.2023 (L 14 2022-23, 2. samling, § 1, nr. 3): første jobsamtale holdes ved personligt fremmøde; herefter vælger personen personligt fremmøde, telefonisk eller personligt digitalt fremmøde (video), jf. dog stk. 2. Ikke verificeret: ikrafttræden 1.4.2023, og at reglen er uændret efter lov nr. 1750 af 29.12.2025',
    rules: { firstTalkInPerson: true },
  },
];

export interface TalkVenueCheck {
  ok: boolean;
  source: string | null;
}

/** May a talk meeting this obligation be held at this venue on this day? */
export function checkTalkVenue(
  obligation: 'first' | 'follow_up',
  venue: TalkVenueKind,
  heldOn: string,
  versions: readonly RuleVersion<TalkVenueRules>[] = TALK_VENUE_RULES,
): TalkVenueCheck {
  const oldest = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0];
  // Before every sourced version: nothing to check.
  if (!oldest || heldOn < oldest.validFrom) return { ok: true, source: null };
  const version = ruleInForce(versions, heldOn);
  const mustBeInPerson = obligation === 'first' && version.rules.firstTalkInPerson === true;
  return { ok: !mustBeInPerson || IN_PERSON_VENUES.includes(venue), source: version.source };
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

// Chosen by the day the work on the document starts (the plan's start date). No transitional rule of
// lov nr. 1750/2025 was read, so a plan begun before 1 Feb 2026 is not carried on under the old rule by
// the product: the caseworker records the type the date gives (docs/legal-rules.md, "Not verified").
export const PLAN_DOCUMENT_RULES: readonly RuleVersion<{ type: PlanDocumentType }>[] = [
  {
    // 1 Jan 2013: the reform of førtidspension og fleksjob (rehabiliteringsplan and -team); not verified
    // in the act's text.
    validFrom: '2013-01-01',
    source:
      'Rehabiliteringsplanens forberedende del, der forelægges rehabiliteringsteamet: LOB § 9, stk. 1 (lov nr. 1482 af 23.12.2014): teamet afgiver indstilling, inden der træffes afgørelse om ressourceforløb, fleksjob, tilskud til selvstændigt erhvervsdrivende og førtidspension; bek. nr. 2408 af 13.12.2021 § 1. Ikke verificeret: startdatoen 1.1.2013 i lovteksten',
    rules: { type: 'forberedende_plan' },
  },
  {
    validFrom: '2026-02-01',
    source:
      'Lov nr. 1750 af 29.12.2025 (L 66 2025-26, reform af beskæftigelsesindsatsen): kravet om rehabiliteringsteam ophæves (fx § 4, nr. 8: i aktivloven § 13, stk. 2, nr. 2, og stk. 3, nr. 3, udgår »fra et møde i rehabiliteringsteamet«) og erstattes af en samlet beskrivelse af borgerens forudsætninger med sundhedsfaglig rådgivning. Loven træder i kraft 1.2.2026 og 1.7.2026 (STAR). Ikke verificeret: at denne del træder i kraft 1.2.2026 (lovens ikrafttrædelsesbestemmelse er ikke læst), og lovens overgangsregler for sager, der er i gang',
    rules: { type: 'samlet_beskrivelse' },
  },
];

/** Which document prepares a case for flexjob or disability pension, by the date the work starts. */
export function planDocumentType(onDate: string): PlanDocumentType {
  return ruleInForce(PLAN_DOCUMENT_RULES, onDate).rules.type;
}
