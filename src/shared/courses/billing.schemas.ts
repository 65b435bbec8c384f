// The billing API (issue 4; docs/billing.md): course-weeks × weekly prices per provider, month and
// agreement, with totals and the weeks that have no price. Shared by the server (validation, OpenAPI)
// and the web app (types only). Money is integer øre; months are 'YYYY-MM'. Messages are keys of
// shared/messages.ts.
import { z } from 'zod';
import { EXPORT_FORMATS } from '../export-formats.ts';
import { PAUSE_KINDS } from './pause.constants.ts';
import { MAX_BILLING_MONTHS, monthCount } from './billing.format.ts';

export { MAX_BILLING_MONTHS, monthCount };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const monthSchema = z
  .string({ message: 'billing.month' })
  .trim()
  .regex(MONTH, { message: 'billing.month' })
  .refine((value) => value >= '2000-01' && value <= '2100-12', { message: 'billing.month' });

const billingQueryFields = z.object({
  from: monthSchema,
  to: monthSchema,
  /** Only this provider; a provider user may only ask for their own (else 404). */
  providerId: z.uuid({ message: 'validation.invalid' }).optional(),
});

function checkPeriod(query: { from: string; to: string }, ctx: z.RefinementCtx) {
  if (!MONTH.test(query.from) || !MONTH.test(query.to)) return;
  const months = monthCount(query.from, query.to);
  if (months < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'billing.period_order' });
  else if (months > MAX_BILLING_MONTHS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'billing.period_too_long' });
  }
}

export const billingQuerySchema = billingQueryFields.superRefine(checkPeriod);
export type BillingQuery = z.output<typeof billingQuerySchema>;

export const billingExportQuerySchema = billingQueryFields
  .extend({ format: z.enum(EXPORT_FORMATS, { message: 'validation.invalid' }) })
  .superRefine(checkPeriod);
export type BillingExportQuery = z.output<typeof billingExportQuerySchema>;

const priceWeeksSchema = z.object({
  weeklyOre: z.number().int(),
  weeks: z.number().int(),
  /** The agreed price before indexation, when the price used is indexed (issue 14). */
  baseWeeklyOre: z.number().int().optional(),
});

const kindAmountSchema = z.object({
  weeks: z.number().int(),
  ore: z.number().int(),
  /** The weekly prices used, lowest first: two when the price changed during the month. */
  prices: z.array(priceWeeksSchema),
});

const amountsFields = {
  programme: kindAmountSchema,
  aftercare: kindAmountSchema,
  totalOre: z.number().int(),
};

export const billingAgreementRefSchema = z.object({
  id: z.string(),
  tenderName: z.string(),
  tenderAreaNumber: z.number().int(),
  tenderAreaName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
});
export type BillingAgreementRef = z.infer<typeof billingAgreementRefSchema>;

export const billingRowSchema = z.object({
  providerId: z.string(),
  providerName: z.string(),
  month: z.string(),
  agreement: billingAgreementRefSchema,
  ...amountsFields,
  /** Courses with at least one billed week in the row. */
  courses: z.number().int(),
});
export type BillingRow = z.infer<typeof billingRowSchema>;

export const billingTotalSchema = z.object({ ...amountsFields, courses: z.number().int() });
export type BillingTotal = z.infer<typeof billingTotalSchema>;

export const billingProviderTotalSchema = billingTotalSchema.extend({
  providerId: z.string(),
  providerName: z.string(),
});
export type BillingProviderTotal = z.infer<typeof billingProviderTotalSchema>;

export const BILLING_PROBLEM_REASONS = ['no_agreement', 'no_price'] as const;

/** Weeks without a price: grouped per provider, agreement, kind, month (and course for the provider). */
export const billingProblemSchema = z.object({
  providerId: z.string(),
  providerName: z.string(),
  agreement: billingAgreementRefSchema.nullable(),
  kind: z.enum(['programme', 'aftercare']),
  month: z.string(),
  reason: z.enum(BILLING_PROBLEM_REASONS),
  firstWeekStartsOn: z.string(),
  weeks: z.number().int(),
  /** Only in a provider's own view. */
  courseId: z.string().nullable(),
  citizenName: z.string().nullable(),
});
export type BillingProblem = z.infer<typeof billingProblemSchema>;

/**
 * Weeks left out because they lie wholly in pauses the agreement excludes from payment (issue 14):
 * grouped per provider, agreement, kind, month and pause kind (and course for the provider).
 */
export const billingLeftOutSchema = z.object({
  providerId: z.string(),
  providerName: z.string(),
  agreement: billingAgreementRefSchema.nullable(),
  kind: z.enum(['programme', 'aftercare']),
  month: z.string(),
  pauseKind: z.enum(PAUSE_KINDS),
  firstWeekStartsOn: z.string(),
  weeks: z.number().int(),
  /** Only in a provider's own view. */
  courseId: z.string().nullable(),
  citizenName: z.string().nullable(),
});
export type BillingLeftOut = z.infer<typeof billingLeftOutSchema>;

/** A provider's own view: one course's billing in one month. */
export const billingCourseLineSchema = z.object({
  courseId: z.string(),
  citizenId: z.string(),
  citizenName: z.string(),
  month: z.string(),
  agreementId: z.string(),
  ...amountsFields,
});
export type BillingCourseLine = z.infer<typeof billingCourseLineSchema>;

export const billingViewSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Weeks of ongoing courses count up to this day. */
  asOf: z.string(),
  providerId: z.string().nullable(),
  /** The providers the user may choose between (a provider user: their own). */
  providers: z.array(z.object({ id: z.string(), name: z.string() })),
  isOwnProviderOnly: z.boolean(),
  rows: z.array(billingRowSchema),
  providerTotals: z.array(billingProviderTotalSchema),
  total: billingTotalSchema,
  problems: z.array(billingProblemSchema),
  leftOut: z.array(billingLeftOutSchema),
  /** Per course and month: only for the provider's own users; null for the administration. */
  courseLines: z.array(billingCourseLineSchema).nullable(),
});
export type BillingView = z.infer<typeof billingViewSchema>;

export const billingExportFileSchema = z
  .unknown()
  .describe('A file: XLSX workbook (a sheet per table) or CSV of the month table');
