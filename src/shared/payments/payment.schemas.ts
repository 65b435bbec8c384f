// Paying providers (issue 14): the monthly billing basis (afregningsgrundlag), its corrections, the
// invoices received and the finance export. Shared by the server (validation, OpenAPI) and the web app
// (types). Money is integer øre, months 'YYYY-MM', dates 'YYYY-MM-DD'. Messages: "payments.…" keys.
import { z } from 'zod';
import { dateSchema } from '../date-schema.ts';
import { EXPORT_FORMATS } from '../export-formats.ts';
import { uuidParam } from '../ids.ts';
import { MAX_ORE } from '../money.ts';

export const BASIS_STATUSES = ['draft', 'accepted', 'approved'] as const;
export type BasisStatus = (typeof BASIS_STATUSES)[number];
export const INVOICE_MATCHES = ['matches', 'differs', 'no_approved_basis'] as const;

const monthSchema = z
  .string({ message: 'billing.month' })
  .trim()
  .regex(/^(\d{4})-(0[1-9]|1[0-2])$/, { message: 'billing.month' })
  .refine((value) => value >= '2000-01' && value <= '2100-12', { message: 'billing.month' });

const providerId = z.uuid({ message: 'validation.invalid' }).toLowerCase();

export const basisParamsSchema = z.object({ id: uuidParam });

export const basisMonthQuerySchema = z.object({
  month: monthSchema,
  /** Only this provider; a provider user sees only their own (another provider's answers 404). */
  providerId: providerId.optional(),
});
export type BasisMonthQuery = z.output<typeof basisMonthQuerySchema>;

export const prepareBasisSchema = z.object({ providerId, month: monthSchema });
export type PrepareBasisInput = z.input<typeof prepareBasisSchema>;

export const correctionSchema = z.object({
  correctsMonth: monthSchema,
  /** Negative: a credit to the municipality; positive: a debit (more to pay). */
  amountOre: z
    .number({ message: 'payments.amount' })
    .int({ message: 'payments.amount' })
    .min(-MAX_ORE, { message: 'payments.amount' })
    .max(MAX_ORE, { message: 'payments.amount' })
    .refine((v) => v !== 0, { message: 'payments.correction_zero' }),
  reason: z
    .string({ message: 'payments.reason' })
    .trim()
    .min(1, { message: 'payments.reason' })
    .max(2000, { message: 'payments.reason' }),
});
export type CorrectionInput = z.input<typeof correctionSchema>;

export const invoiceSchema = z.object({
  providerId,
  month: monthSchema,
  invoiceNumber: z
    .string({ message: 'payments.invoice_number' })
    .trim()
    .min(1, { message: 'payments.invoice_number' })
    .max(100, { message: 'payments.invoice_number' }),
  invoiceDate: dateSchema,
  amountOre: z
    .number({ message: 'payments.amount' })
    .int({ message: 'payments.amount' })
    .min(0, { message: 'payments.amount' })
    .max(MAX_ORE, { message: 'payments.amount' }),
});
export type InvoiceInput = z.input<typeof invoiceSchema>;

export const financeExportQuerySchema = z.object({
  month: monthSchema,
  format: z.enum(EXPORT_FORMATS, { message: 'validation.invalid' }),
});
export type FinanceExportQuery = z.output<typeof financeExportQuerySchema>;

export const financeExportFileSchema = z
  .unknown()
  .describe('A file: XLSX workbook or CSV of the approved billing bases of a month for the finance system');

const person = z.object({ id: z.string(), name: z.string() }).nullable();

export const basisLineSchema = z.object({
  id: z.string(),
  kind: z.enum(['weeks', 'correction']),
  agreement: z.object({ id: z.string(), name: z.string(), ean: z.string().nullable() }).nullable(),
  programmeWeeks: z.number(),
  programmeOre: z.number(),
  aftercareWeeks: z.number(),
  aftercareOre: z.number(),
  courseCount: z.number(),
  amountOre: z.number(),
  correctsMonth: z.string().nullable(),
  reason: z.string().nullable(),
});
export type BasisLine = z.infer<typeof basisLineSchema>;

export const invoiceViewSchema = z.object({
  id: z.string(),
  invoiceNumber: z.string(),
  invoiceDate: z.string(),
  amountOre: z.number(),
});
export type InvoiceView = z.infer<typeof invoiceViewSchema>;

/** The month's invoices added up (a month may be invoiced in parts) and matched against the approved basis. */
export const invoiceMatchSchema = z.object({
  invoicedOre: z.number(),
  invoiceCount: z.number(),
  match: z.enum(INVOICE_MATCHES),
  /** Invoiced minus the approved basis; null when no basis is approved. */
  differenceOre: z.number().nullable(),
});
export type InvoiceMatchView = z.infer<typeof invoiceMatchSchema>;

export const basisViewSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  month: z.string(),
  status: z.enum(BASIS_STATUSES),
  asOf: z.string(),
  computedAt: z.string(),
  acceptedBy: person,
  acceptedAt: z.string().nullable(),
  approvedBy: person,
  approvedAt: z.string().nullable(),
  lines: z.array(basisLineSchema),
  weeksOre: z.number(),
  correctionsOre: z.number(),
  totalOre: z.number(),
  /** Weeks of the month without a price when the basis was prepared (to be solved before approval). */
  problemWeeks: z.number(),
});
export type BasisView = z.infer<typeof basisViewSchema>;

export const providerMonthSchema = z.object({
  providerId: z.string(),
  providerName: z.string(),
  basis: basisViewSchema.nullable(),
  invoices: z.array(invoiceViewSchema),
  /** Null when no invoice has been received for the month. */
  invoiceMatch: invoiceMatchSchema.nullable(),
});
export type ProviderMonth = z.infer<typeof providerMonthSchema>;

export const basisMonthViewSchema = z.object({
  month: z.string(),
  /** Whether the month has ended, so its bases may be prepared. */
  isMonthEnded: z.boolean(),
  providers: z.array(providerMonthSchema),
});
export type BasisMonthView = z.infer<typeof basisMonthViewSchema>;

export const budgetStatusQuerySchema = z.object({
  year: z.coerce
    .number({ message: 'validation.invalid' })
    .int({ message: 'validation.invalid' })
    .min(2000)
    .max(2100),
});
export type BudgetStatusQuery = z.output<typeof budgetStatusQuerySchema>;

const statusAmounts = {
  approvedOre: z.number(),
  billedNotApprovedOre: z.number(),
  forecastOre: z.number(),
};

export const budgetStatusViewSchema = z.object({
  year: z.number(),
  /** Billing up to this day counts as billed; the forecast runs the courses of this day to year end. */
  asOf: z.string(),
  /** The year's budget frames in total (frames are per tender or area, not per provider). */
  frameOre: z.number(),
  providers: z.array(
    z.object({
      providerId: z.string(),
      providerName: z.string(),
      /**
       * The provider's part of the year's frames as the capacity page splits a frame among the agreements
       * of its area or tender (budgets module); null without a share. Absent in packs saved before it.
       */
      frameOre: z.number().nullable().optional(),
      ...statusAmounts,
    }),
  ),
  /** total.frameOre: the providers' parts together (less than frameOre when an agreement has no price). */
  total: z.object({ ...statusAmounts, frameOre: z.number().optional() }),
});
export type BudgetStatusView = z.infer<typeof budgetStatusViewSchema>;
