// Price indexation and the pause kinds an agreement excludes from payment (issue 14): request and response
// schemas shared by the server and the web app. Messages are keys "indexation.…".
import { z } from 'zod';
import { PAUSE_KINDS } from '../courses/pause.constants.ts';
import { dateSchema } from '../date-schema.ts';

export const addIndexationSchema = z.object({
  effectiveFrom: dateSchema,
  /** The index percentage, at most two decimals: 2.35 means 2,35 %. A fall in the index is negative. */
  percent: z
    .number({ message: 'indexation.percent' })
    .min(-50, { message: 'indexation.percent_range' })
    .max(50, { message: 'indexation.percent_range' })
    .refine((p) => p !== 0, { message: 'indexation.percent_range' })
    .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-6, {
      message: 'indexation.percent_decimals',
    }),
  reason: z
    .string()
    .trim()
    .min(1, { message: 'indexation.reason_required' })
    .max(2000, { message: 'indexation.reason_length' }),
});
export type AddIndexationInput = z.input<typeof addIndexationSchema>;

export const setPauseExclusionsSchema = z.object({
  kinds: z.array(z.enum(PAUSE_KINDS, { message: 'pause.kind' })).max(PAUSE_KINDS.length),
});
export type SetPauseExclusionsInput = z.input<typeof setPauseExclusionsSchema>;

const priceKind = z.enum(['programme', 'aftercare']);

export const agreementPaymentTermsSchema = z.object({
  agreementId: z.string(),
  indexations: z.array(
    z.object({
      id: z.string(),
      effectiveFrom: z.string(),
      basisPoints: z.number().int(),
      reason: z.string(),
      createdByName: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  /** Every agreed price and every indexed price after it, per kind, oldest first (the history). */
  priceHistory: z.array(
    z.object({
      priceKind,
      validFrom: z.string(),
      validTo: z.string().nullable(),
      weeklyOre: z.number().int(),
      baseWeeklyOre: z.number().int(),
      indexationFrom: z.string().nullable(),
    }),
  ),
  excludedPauseKinds: z.array(z.enum(PAUSE_KINDS)),
  /** The administration (agreement.manage) may index prices and choose the excluded pause kinds. */
  canManage: z.boolean(),
});
export type AgreementPaymentTerms = z.infer<typeof agreementPaymentTermsSchema>;
