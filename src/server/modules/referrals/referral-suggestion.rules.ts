// Suggested providers for a referral (issue 12, item 5): which of the agreements active on the referral
// date to suggest, in which order, and why. Pure: the facts come in (the target-group check per
// agreement, the provider's places and occupancy from the year's budget frames, the districts), the
// ranked suggestions with their reasons as message keys and values go out. The caseworker chooses.
//
// Suggested: not failing the target group (met, or a fact not recorded) and not full (free places, or no
// frame of the year, so capacity unknown). Order: certain (target group met and free places) first; then
// the citizen's own district; then met before unknown; then most free places (unknown last); then by
// provider name, tender area name and agreement id, so the order is stable.
// Not suggested: a target-group rule fails, or every place is taken; by name.
import type {
  ReferralSuggestion,
  SuggestionReason,
} from '../../../shared/courses/referral-suggestion.schemas.ts';
import type { RuleKind } from '../../../shared/courses/rule-kinds.ts';

export interface RuleOutcome {
  kind: RuleKind;
  /** The check's sentence in the user's language (eligibility.rules.ts). */
  reason: string;
}

export interface SuggestionCandidate {
  agreementId: string;
  provider: { id: string; name: string; district: string | null };
  tenderArea: { id: string; name: string };
  eligibility: {
    /** true every rule met, false one fails, null none fails but a fact is not recorded. */
    eligible: boolean | null;
    /** Rules in force on the date (0: the programme has no target-group requirement). */
    ruleCount: number;
    failing: readonly RuleOutcome[];
    unknown: readonly RuleOutcome[];
  };
  capacity: {
    /** Places the year's frames buy at the provider; null: no frame of the year covers it. */
    places: number | null;
    /** Active courses and pending referrals at the provider. */
    occupied: number;
  };
}

export interface SuggestionInput {
  /** The year of the referral date: the budget frames' year. */
  year: number;
  citizenDistrict: string | null;
  candidates: readonly SuggestionCandidate[];
}

export interface SuggestionResult {
  suggested: ReferralSuggestion[];
  notSuggested: ReferralSuggestion[];
}

function reason(
  key: SuggestionReason['key'],
  tone: SuggestionReason['tone'],
  values: SuggestionReason['values'] = {},
): SuggestionReason {
  return { key, tone, values };
}

function ownDistrictOf(citizenDistrict: string | null, providerDistrict: string | null): boolean | null {
  if (citizenDistrict === null || providerDistrict === null) return null;
  return citizenDistrict === providerDistrict;
}

function districtReason(citizenDistrict: string | null, providerDistrict: string | null): SuggestionReason {
  const own = ownDistrictOf(citizenDistrict, providerDistrict);
  if (own === true) return reason('own_district', 'for', { district: citizenDistrict! });
  if (own === false) {
    return reason('other_district', 'neutral', {
      providerDistrict: providerDistrict!,
      citizenDistrict: citizenDistrict!,
    });
  }
  return reason('district_unknown', 'neutral');
}

function capacityReason(year: number, places: number | null, occupied: number): SuggestionReason {
  if (places === null) return reason('capacity_unknown', 'neutral', { year });
  const free = Math.max(0, places - occupied);
  return free > 0
    ? reason('free_capacity', 'for', { year, free, places })
    : reason('no_capacity', 'against', { year, occupied, places });
}

function eligibilityReasons(eligibility: SuggestionCandidate['eligibility']): SuggestionReason[] {
  if (eligibility.failing.length > 0) {
    return eligibility.failing.map((r) =>
      reason('not_eligible', 'against', { rule: r.kind, reason: r.reason }),
    );
  }
  if (eligibility.unknown.length > 0) {
    return eligibility.unknown.map((r) =>
      reason('eligibility_unknown', 'neutral', { rule: r.kind, reason: r.reason }),
    );
  }
  return [eligibility.ruleCount === 0 ? reason('no_rules', 'for') : reason('eligible', 'for')];
}

/** The eligibility verdict, trusting a failing rule over the flag (false wins, as in the check). */
function verdictOf(eligibility: SuggestionCandidate['eligibility']): boolean | null {
  if (eligibility.eligible === false || eligibility.failing.length > 0) return false;
  if (eligibility.eligible === null || eligibility.unknown.length > 0) return null;
  return true;
}

function toSuggestion(candidate: SuggestionCandidate, input: SuggestionInput): ReferralSuggestion {
  const { places, occupied } = candidate.capacity;
  const freePlaces = places === null ? null : Math.max(0, places - occupied);
  return {
    agreementId: candidate.agreementId,
    provider: candidate.provider,
    tenderArea: candidate.tenderArea,
    eligible: verdictOf(candidate.eligibility),
    ownDistrict: ownDistrictOf(input.citizenDistrict, candidate.provider.district),
    places,
    freePlaces,
    reasons: [
      districtReason(input.citizenDistrict, candidate.provider.district),
      capacityReason(input.year, places, occupied),
      ...eligibilityReasons(candidate.eligibility),
    ],
  };
}

function isSuggested(s: ReferralSuggestion): boolean {
  return s.eligible !== false && s.freePlaces !== 0;
}

function isCertain(s: ReferralSuggestion): boolean {
  return s.eligible === true && s.freePlaces !== null && s.freePlaces > 0;
}

const collator = new Intl.Collator('da');

function byName(a: ReferralSuggestion, b: ReferralSuggestion): number {
  return (
    collator.compare(a.provider.name, b.provider.name) ||
    collator.compare(a.tenderArea.name, b.tenderArea.name) ||
    (a.agreementId < b.agreementId ? -1 : a.agreementId > b.agreementId ? 1 : 0)
  );
}

/** 0 sorts first. */
const first = (condition: boolean): number => (condition ? 0 : 1);

function bySuggestionOrder(a: ReferralSuggestion, b: ReferralSuggestion): number {
  return (
    first(isCertain(a)) - first(isCertain(b)) ||
    first(a.ownDistrict === true) - first(b.ownDistrict === true) ||
    first(a.eligible === true) - first(b.eligible === true) ||
    (b.freePlaces ?? -1) - (a.freePlaces ?? -1) ||
    byName(a, b)
  );
}

const TONE_ORDER: Record<SuggestionReason['tone'], number> = { against: 0, neutral: 1, for: 2 };

/** Ranks the candidates: the suggestions best first, and the rest by name with why first. */
export function suggestProviders(input: SuggestionInput): SuggestionResult {
  const all = input.candidates.map((candidate) => toSuggestion(candidate, input));
  const suggested = all.filter(isSuggested).sort(bySuggestionOrder);
  const notSuggested = all
    .filter((s) => !isSuggested(s))
    .sort(byName)
    .map((s) => ({
      ...s,
      // Why not first (stable sort keeps the order within a tone).
      reasons: [...s.reasons].sort((a, b) => TONE_ORDER[a.tone] - TONE_ORDER[b.tone]),
    }));
  return { suggested, notSuggested };
}
