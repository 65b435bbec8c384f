// The provider's promises per framework agreement (issue 14): what it promised in its bid (the tender's
// sub-criteria) or the agreement, against what indsats records today. Shared by the server (validation,
// OpenAPI) and the web app (types). A promised value is typed in Danish ("12,5") and answered in tenths.
import { z } from 'zod';
import { uuidParam } from '../ids.ts';
import { nameText } from '../text-schemas.ts';
import { parseEan } from '../ean.ts';
import { PROMISE_KINDS, PROMISE_SOURCES, PROMISE_STATUSES } from './promise.constants.ts';
import { parsePromisedValue } from './promise-values.ts';

export * from './promise.constants.ts';

export const promiseParamsSchema = z.object({ id: uuidParam, promiseId: uuidParam });

const optionalText = (max: number) =>
  z.string().trim().max(max, { message: 'validation.too_long' }).nullish();

export const createPromiseSchema = z.object({
  kind: z.enum(PROMISE_KINDS, { message: 'promise.kind' }),
  /** For 'other': what is promised, e.g. "Praktikpladser pr. år". */
  label: nameText().trim().max(200, { message: 'validation.too_long' }).nullish(),
  /** For 'other': the unit, e.g. "pladser". */
  unit: nameText().trim().max(50, { message: 'validation.too_long' }).nullish(),
  /** As typed: "12", "12,5", "1.000". */
  promised: z.string({ message: 'promise.value_format' }).superRefine((value, ctx) => {
    const parsed = parsePromisedValue(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem });
  }),
  source: z.enum(PROMISE_SOURCES, { message: 'promise.source' }),
  /** For a bid: the tender's sub-criterion the promise answers, when there is one. */
  criterionId: z.uuid({ message: 'promise.criterion' }).toLowerCase().nullish(),
  /** The agreement's clause (required for source 'agreement'), or a quote of the bid. */
  sourceText: optionalText(5000),
});
export type CreatePromiseInput = z.input<typeof createPromiseSchema>;

const comparisonSchema = z.object({
  status: z.enum(PROMISE_STATUSES),
  /** What indsats records today, in tenths; null when it does not record the kind or cannot measure it. */
  recordedTenths: z.number().int().nullable(),
  /** Recorded minus promised, in tenths, when both are known. */
  differenceTenths: z.number().int().nullable(),
});

export const promiseViewSchema = z.object({
  id: z.string(),
  kind: z.enum(PROMISE_KINDS),
  label: z.string().nullable(),
  unit: z.string().nullable(),
  promisedTenths: z.number().int(),
  source: z.enum(PROMISE_SOURCES),
  /** The provider's bid in the agreement's tender area, when the promise stands in the bid and it is recorded. */
  bid: z.object({ id: z.string(), tenderId: z.string() }).nullable(),
  criterion: z.object({ id: z.string(), name: z.string() }).nullable(),
  sourceText: z.string().nullable(),
  recordedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  recordedAt: z.string(),
  comparison: comparisonSchema,
});
export type PromiseView = z.infer<typeof promiseViewSchema>;

export const recordedFiguresSchema = z.object({
  /** Binding company partnerships active on the day (the companies module's count). */
  bindingPartnerships: z.number().int(),
  /** Local partners recorded in the provider's network. */
  localPartners: z.number().int(),
  /** The provider's courses running on the day (aftercare not counted). */
  runningCourses: z.number().int(),
  /** Active users named mentor of at least one running course. */
  mentors: z.number().int(),
});
export type RecordedFigures = z.infer<typeof recordedFiguresSchema>;

export const promiseListSchema = z.object({
  agreementId: z.string(),
  provider: z.object({ id: z.string(), name: z.string() }),
  onDate: z.string(),
  recorded: recordedFiguresSchema,
  items: z.array(promiseViewSchema),
  /** For those who record promises: the sub-criteria of the agreement's tender and whether a bid exists. */
  sourceOptions: z
    .object({
      bidId: z.string().nullable(),
      criteria: z.array(z.object({ id: z.string(), name: z.string() })),
    })
    .nullable(),
});
export type PromiseList = z.infer<typeof promiseListSchema>;

export const deletedPromiseSchema = z.object({ id: z.string() });

// ---------------------------------------------------------------------------------------------------
// The agreement's EAN number (the municipality's GLN the provider invoices to)

export const eanInputSchema = z.object({
  /** 13 digits with a GS1 check digit; null or "" removes it. */
  ean: z
    .string({ message: 'agreement.ean_format' })
    .superRefine((value, ctx) => {
      if (value.trim() === '') return;
      const parsed = parseEan(value);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problem });
    })
    .nullable(),
});
export type EanInput = z.input<typeof eanInputSchema>;
