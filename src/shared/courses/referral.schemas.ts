// The referral (visitation) API: a citizen's circumstances, programmes' eligibility rules, the
// eligibility check, the agreements a caseworker may refer to, and referrals with the provider's
// decision. Shared by the server (validation, OpenAPI) and the web app (types only: zod stays out of
// the browser bundle). Messages are keys of shared/messages.ts.
import { z } from 'zod';
import { uuidParam } from '../ids.ts';
import { BENEFIT_TYPES, type BenefitType } from './benefit-types.ts';
import { RULE_KINDS, type RuleKind } from './rule-kinds.ts';
import { dateSchema } from '../date-schema.ts';

// Every type ever recorded; which a date offers is date-versioned (benefit-types.ts, docs/legal-rules.md).
export { BENEFIT_TYPES, type BenefitType };

export { RULE_KINDS, type RuleKind };

export const REFERRAL_STATUSES = ['pending', 'accepted', 'rejected', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * The offer the municipality decides on under LAB (lov nr. 548 af 7.5.2019, jf. lbk. nr. 280 af 1.3.2024):
 * the referral's legal basis, not the citizen's consent (migration 0020, docs/legal-rules.md).
 * guidance_and_upskilling: vejledning og opkvalificering, LAB kap. 14 (§§ 90-92);
 * internship: virksomhedspraktik, LAB kap. 11 (§ 57 ff.).
 */
export const OFFER_TYPES = ['guidance_and_upskilling', 'internship'] as const;
export type OfferType = (typeof OFFER_TYPES)[number];

/** The citizen's response to the offer; a refusal is recorded with the reason as given, and does not block. */
export const CITIZEN_RESPONSES = ['accepted', 'refused'] as const;
export type CitizenResponse = (typeof CITIZEN_RESPONSES)[number];

/** The stages a course may start in (course.rules.ts FIRST_STAGES). */
export const FIRST_STAGE_CHOICES = ['internal_training', 'external_internship'] as const;
export type FirstStage = (typeof FIRST_STAGE_CHOICES)[number];

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const idParamsSchema = z.object({ id: uuidParam });
export const areaParamsSchema = z.object({ areaId: uuidParam });

// ---- circumstances ----------------------------------------------------------------------------

export const circumstancesSchema = z.object({
  citizenId: z.string(),
  benefitType: z.enum(BENEFIT_TYPES).nullable(),
  activityReady: z.boolean().nullable(),
  onBenefitsSince: z.string().nullable(),
  /** The first request to the municipality for help: the job-talk period counts from it (LAB § 31, stk. 5). */
  firstRequestOn: z.string().nullable(),
  /** null when not recorded, or hidden from this reader (minorityBackgroundHidden). */
  minorityBackground: z.boolean().nullable(),
  /** True for readers who may not see minority background (an article 9 category): providers. */
  minorityBackgroundHidden: z.boolean(),
  abuseProblem: z.boolean().nullable(),
  /** null: nothing recorded yet. */
  updatedAt: z.string().nullable(),
});
export type Circumstances = z.infer<typeof circumstancesSchema>;

/** PUT replaces every fact; a missing one is "not recorded" (null). */
export const updateCircumstancesSchema = z.object({
  benefitType: z.enum(BENEFIT_TYPES, { message: 'validation.invalid' }).nullable().optional(),
  activityReady: z.boolean().nullable().optional(),
  onBenefitsSince: dateSchema.nullable().optional(),
  firstRequestOn: dateSchema.nullable().optional(),
  minorityBackground: z.boolean().nullable().optional(),
  abuseProblem: z.boolean().nullable().optional(),
});
export type UpdateCircumstancesInput = z.input<typeof updateCircumstancesSchema>;

// ---- eligibility rules ------------------------------------------------------------------------

const paramsSchema = z.object({
  years: z
    .number({ message: 'referral.rule_params' })
    .int('referral.rule_params')
    .min(0, 'referral.rule_params')
    .max(100, 'referral.rule_params')
    .optional(),
});

export const eligibilityRuleSchema = z.object({
  id: z.string(),
  tenderAreaId: z.string(),
  kind: z.enum(RULE_KINDS),
  params: z.object({ years: z.number().optional() }),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  /** In force today. */
  isInForce: z.boolean(),
});
export type EligibilityRuleView = z.infer<typeof eligibilityRuleSchema>;

export const eligibilityRuleListSchema = z.object({
  tenderArea: z.object({ id: z.string(), name: z.string(), tenderId: z.string() }),
  items: z.array(eligibilityRuleSchema),
});
export type EligibilityRuleList = z.infer<typeof eligibilityRuleListSchema>;

export const createEligibilityRuleSchema = z
  .object({
    kind: z.enum(RULE_KINDS, { message: 'validation.invalid' }),
    params: paramsSchema.default({}),
    validFrom: dateSchema,
    validTo: dateSchema.nullable().optional(),
  })
  .refine((r) => !r.validTo || r.validTo >= r.validFrom, {
    message: 'referral.rule_period',
    path: ['validTo'],
  });
export type CreateEligibilityRuleInput = z.input<typeof createEligibilityRuleSchema>;

/** A version is ended (valid_to) or its params corrected; a new version is a new rule. */
export const updateEligibilityRuleSchema = z.object({
  validTo: dateSchema.nullable().optional(),
  params: paramsSchema.optional(),
});
export type UpdateEligibilityRuleInput = z.input<typeof updateEligibilityRuleSchema>;

// ---- the eligibility check --------------------------------------------------------------------

export const eligibilityQuerySchema = z.object({
  agreementId: z.uuid({ message: 'referral.agreement_not_found' }),
  date: dateSchema.optional(),
});

export const eligibilityCheckSchema = z.object({
  citizenId: z.string(),
  agreementId: z.string(),
  tenderArea: z.object({ id: z.string(), name: z.string() }),
  date: z.string(),
  eligible: z.boolean().nullable(),
  note: z.string().nullable(),
  results: z.array(
    z.object({
      ruleId: z.string().nullable(),
      kind: z.enum(RULE_KINDS),
      params: z.object({ years: z.number().optional() }),
      ok: z.boolean().nullable(),
      reason: z.string(),
    }),
  ),
});
export type EligibilityCheck = z.infer<typeof eligibilityCheckSchema>;

// ---- referral options -------------------------------------------------------------------------

export const referralOptionsQuerySchema = z.object({ date: dateSchema.optional() });

export const referralOptionSchema = z.object({
  agreementId: z.string(),
  provider: z.object({ id: z.string(), name: z.string(), district: z.string().nullable() }),
  tenderArea: z.object({ id: z.string(), name: z.string() }),
  startsOn: z.string(),
  endsOn: z.string(),
  /** Citizens in course at a time that the year's budget frame buys; null without a frame. */
  places: z.number().int().nullable(),
  /** Active courses and pending referrals at the provider. */
  occupied: z.number().int(),
  full: z.boolean(),
});
export type ReferralOption = z.infer<typeof referralOptionSchema>;

export const referralOptionsSchema = z.object({ date: z.string(), items: z.array(referralOptionSchema) });
export type ReferralOptions = z.infer<typeof referralOptionsSchema>;

// ---- referrals --------------------------------------------------------------------------------

export const createReferralSchema = z
  .object({
    agreementId: z.uuid({ message: 'referral.agreement_not_found' }),
    referredOn: dateSchema,
    // The offer decision (LAB kap. 11 / kap. 14) and its period.
    offerType: z.enum(OFFER_TYPES, { message: 'referral.offer_type_required' }),
    offerFrom: z.iso.date({ message: 'referral.offer_from_required' }),
    offerTo: z.iso.date({ message: 'referral.offer_to_required' }),
    /** The day the citizen was informed of the offer. */
    informedOn: z.iso.date({ message: 'referral.informed_on_required' }),
    citizenResponse: z.enum(CITIZEN_RESPONSES, { message: 'referral.response_required' }),
    /** The citizen's reason for a refusal, as given; required with a refusal. */
    responseReason: optionalText(2000),
    /** Why the citizen is referred although the target-group rules are not met; required then (issue 12). */
    targetGroupReason: optionalText(2000),
    note: optionalText(4000),
  })
  .refine((r) => r.informedOn <= r.referredOn, {
    message: 'referral.informed_after_referral',
    path: ['informedOn'],
  })
  .refine((r) => r.offerTo >= r.offerFrom, { message: 'referral.offer_period', path: ['offerTo'] })
  .refine((r) => r.citizenResponse !== 'refused' || Boolean(r.responseReason?.trim()), {
    message: 'referral.refusal_reason_required',
    path: ['responseReason'],
  });
export type CreateReferralInput = z.input<typeof createReferralSchema>;

const personRef = z.object({ id: z.string(), name: z.string() });

export const referralSchema = z.object({
  id: z.string(),
  citizen: personRef,
  provider: z.object({ id: z.string(), name: z.string(), district: z.string().nullable() }),
  agreementId: z.string(),
  tenderArea: z.object({ id: z.string(), name: z.string() }),
  referredBy: personRef.nullable(),
  referredOn: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  outsideDistrict: z.boolean(),
  capacityWarning: z.boolean(),
  /** Referred although the target-group rules were not met, with the caseworker's reason. */
  outsideTargetGroup: z.boolean(),
  targetGroupReason: z.string().nullable(),
  /** The offer decision; null on referrals made before it was recorded (migration 0020). */
  offerType: z.enum(OFFER_TYPES).nullable(),
  offerFrom: z.string().nullable(),
  offerTo: z.string().nullable(),
  informedOn: z.string().nullable(),
  citizenResponse: z.enum(CITIZEN_RESPONSES).nullable(),
  citizenResponseReason: z.string().nullable(),
  note: z.string().nullable(),
  decidedBy: personRef.nullable(),
  decidedOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  /** The course made when the provider accepted. */
  courseId: z.string().nullable(),
  /** Messages for the user about this referral (capacity, district), in their language. */
  warnings: z.array(z.string()),
});
export type Referral = z.infer<typeof referralSchema>;

export const listReferralsQuerySchema = z.object({
  status: z.enum(REFERRAL_STATUSES, { message: 'validation.invalid' }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const referralListSchema = z.object({
  items: z.array(referralSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Pending referrals in the user's scope, whatever the filter: the start page's count. */
  pendingCount: z.number().int(),
});
export type ReferralList = z.infer<typeof referralListSchema>;

export const citizenReferralsSchema = z.object({ items: z.array(referralSchema) });
export type CitizenReferrals = z.infer<typeof citizenReferralsSchema>;

export const acceptReferralSchema = z.object({
  startsOn: dateSchema,
  mentorUserId: z.uuid({ message: 'referral.mentor_unknown' }).nullable().optional(),
  firstStage: z.enum(FIRST_STAGE_CHOICES, { message: 'referral.first_stage' }).default('internal_training'),
});
export type AcceptReferralInput = z.input<typeof acceptReferralSchema>;

export const acceptResultSchema = z.object({ referral: referralSchema, courseId: z.string() });
export type AcceptResult = z.infer<typeof acceptResultSchema>;

export const rejectReferralSchema = z.object({
  reason: z
    .string({ message: 'referral.reason_required' })
    .trim()
    .min(1, 'referral.reason_required')
    .max(2000),
});
export type RejectReferralInput = z.input<typeof rejectReferralSchema>;

export const mentorOptionsSchema = z.object({
  items: z.array(z.object({ id: z.string(), displayName: z.string() })),
});
export type MentorOptions = z.infer<typeof mentorOptionsSchema>;
