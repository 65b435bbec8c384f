// Suggested providers when a caseworker refers a citizen (issue 12, item 5): the agreements active on
// the referral date, ranked (eligible with free capacity first, the citizen's own district first, then
// most free places, then by name), each with its reasons as message keys and values; the ones not
// suggested say why. The caseworker chooses, also one not suggested. Shared by the server (validation,
// OpenAPI) and the web app (types only). The web renders the reasons (courses texts, key "suggestions").
import { z } from 'zod';
import { dateSchema } from '../date-schema.ts';

/**
 * What a reason says; its values:
 *   own_district {district}                      the provider is in the citizen's district
 *   other_district {providerDistrict, citizenDistrict}
 *   district_unknown {}                          the citizen's or the provider's district is not recorded
 *   free_capacity {year, free, places}           places the year's frames buy, minus those taken
 *   no_capacity {year, occupied, places}         every place taken (the referral would have to wait)
 *   capacity_unknown {year}                      no budget frame of the year covers the provider
 *   eligible {}                                  every target-group rule in force is met
 *   no_rules {}                                  the programme has no target-group rule on the date
 *   eligibility_unknown {rule, reason}           a fact a rule needs is not recorded (one per rule)
 *   not_eligible {rule, reason}                  a rule is not met (one per failing rule)
 */
export const SUGGESTION_REASON_KEYS = [
  'own_district',
  'other_district',
  'district_unknown',
  'free_capacity',
  'no_capacity',
  'capacity_unknown',
  'eligible',
  'no_rules',
  'eligibility_unknown',
  'not_eligible',
] as const;
export type SuggestionReasonKey = (typeof SUGGESTION_REASON_KEYS)[number];

/** for: speaks for the provider; against: why it is not suggested; neutral: worth knowing. */
export const SUGGESTION_TONES = ['for', 'neutral', 'against'] as const;
export type SuggestionTone = (typeof SUGGESTION_TONES)[number];

export const referralSuggestionsQuerySchema = z.object({
  date: dateSchema.optional(),
});

export const suggestionReasonSchema = z.object({
  key: z.enum(SUGGESTION_REASON_KEYS),
  tone: z.enum(SUGGESTION_TONES),
  /** Numbers stay numbers, so the page formats them (1.234); rule is an eligibility rule kind. */
  values: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type SuggestionReason = z.infer<typeof suggestionReasonSchema>;

export const referralSuggestionSchema = z.object({
  agreementId: z.string(),
  provider: z.object({ id: z.string(), name: z.string(), district: z.string().nullable() }),
  tenderArea: z.object({ id: z.string(), name: z.string() }),
  /** The target-group check on the date: true met, false a rule fails, null a fact is not recorded. */
  eligible: z.boolean().nullable(),
  /** null: the citizen's or the provider's district is not recorded. */
  ownDistrict: z.boolean().nullable(),
  /** Places the year's frames buy at the provider; null without a frame. */
  places: z.number().int().nullable(),
  /** places − taken (never below 0); null without a frame. */
  freePlaces: z.number().int().nullable(),
  reasons: z.array(suggestionReasonSchema),
});
export type ReferralSuggestion = z.infer<typeof referralSuggestionSchema>;

export const referralSuggestionsSchema = z.object({
  citizenId: z.string(),
  date: z.string(),
  /** The year whose budget frames measure the capacity: the referral date's. */
  year: z.number().int(),
  citizenDistrict: z.string().nullable(),
  /** Best first. */
  suggested: z.array(referralSuggestionSchema),
  /** Not eligible or without free capacity, by name; the caseworker may still choose one. */
  notSuggested: z.array(referralSuggestionSchema),
});
export type ReferralSuggestions = z.infer<typeof referralSuggestionsSchema>;
