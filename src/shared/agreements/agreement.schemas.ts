// The agreements API (tenders, tender areas, providers, framework agreements, prices): request and
// response schemas shared by the server (validation, OpenAPI) and the web app (types). Money in
// responses is integer øre; money typed by users is a kroner string ("1.850,50"). Dates are ISO.
import { z } from 'zod';
import { nameText } from '../text-schemas.ts';
import { uuidParam } from '../ids.ts';
import { parseCvr } from '../cvr.ts';
import { DISTRICTS } from '../districts.ts';
import { parseKroner } from '../money.ts';
import { AGREEMENT_STATUSES, DISPLAY_STATUSES, EXPORT_FORMATS, PRICE_KINDS } from './agreement.constants.ts';
import { dateSchema } from '../date-schema.ts';

export * from './agreement.constants.ts';

const optionalText = (max: number) => z.string().trim().max(max).nullish();

export const kronerInputSchema = z.string().superRefine((value, ctx) => {
  const result = parseKroner(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.problem });
  else if (result.ore === 0) ctx.addIssue({ code: 'custom', message: 'agreement.price_positive' });
});

export const cvrInputSchema = z.string().superRefine((value, ctx) => {
  const result = parseCvr(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.problem });
});

export const idParamsSchema = z.object({ id: uuidParam });
export const exportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS).default('xlsx') });
/** An XLSX or CSV file (see src/server/platform/export/table-export.ts). */
export const fileResponseSchema = z.unknown();

// ---------------------------------------------------------------------------------------------------
// Tenders and tender areas

const bandInputSchema = z.object({ min: kronerInputSchema, max: kronerInputSchema });

export const createTenderSchema = z.object({
  name: nameText().trim().min(1).max(300),
  caseNumber: optionalText(100),
  decidedOn: dateSchema.nullish(),
  minBindingPartnerships: z.number().int().min(0).max(1000).nullish(),
  maxBindingPartnerships: z.number().int().min(0).max(1000).nullish(),
  /** Per price kind: a band, or null/absent for none. */
  priceBands: z
    .object({ programme: bandInputSchema.nullish(), aftercare: bandInputSchema.nullish() })
    .optional(),
  /** Per price kind: a real cap in kroner a week (distinct from the estimated band), or null for none. */
  priceCaps: z
    .object({ programme: kronerInputSchema.nullish(), aftercare: kronerInputSchema.nullish() })
    .optional(),
});
export type CreateTenderInput = z.input<typeof createTenderSchema>;

export const updateTenderSchema = createTenderSchema.partial();
export type UpdateTenderInput = z.input<typeof updateTenderSchema>;

const tenderAreaFields = z.object({
  number: z.number().int().min(1).max(99),
  name: nameText().trim().min(1).max(300),
  targetGroup: z.string().trim().max(5000),
  providersToSelect: z.number().int().min(1).max(100),
});

export const createTenderAreaSchema = tenderAreaFields.extend({
  targetGroup: z.string().trim().max(5000).optional(),
});
export type CreateTenderAreaInput = z.input<typeof createTenderAreaSchema>;

// No defaults in a change: a field left out stays as it is.
export const updateTenderAreaSchema = tenderAreaFields.partial();
export type UpdateTenderAreaInput = z.input<typeof updateTenderAreaSchema>;

export const priceBandSchema = z.object({
  priceKind: z.enum(PRICE_KINDS),
  minWeeklyOre: z.number().int(),
  maxWeeklyOre: z.number().int(),
});
export type PriceBandView = z.infer<typeof priceBandSchema>;

/** The real cap per price kind in øre a week (null: none); the band is only an estimate. */
export const priceCapsSchema = z.object({
  programme: z.number().int().nullable(),
  aftercare: z.number().int().nullable(),
});

export const tenderAreaSchema = z.object({
  id: z.string(),
  tenderId: z.string(),
  number: z.number().int(),
  name: z.string(),
  targetGroup: z.string(),
  providersToSelect: z.number().int(),
  agreementCount: z.number().int(),
});
export type TenderArea = z.infer<typeof tenderAreaSchema>;

export const tenderSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  caseNumber: z.string().nullable(),
  decidedOn: z.string().nullable(),
  minBindingPartnerships: z.number().int().nullable(),
  maxBindingPartnerships: z.number().int().nullable(),
  priceBands: z.array(priceBandSchema),
  priceCaps: priceCapsSchema,
  areaCount: z.number().int(),
});
export type TenderSummary = z.infer<typeof tenderSummarySchema>;

export const tenderListSchema = z.object({ items: z.array(tenderSummarySchema) });
export type TenderList = z.infer<typeof tenderListSchema>;

export const tenderDetailSchema = tenderSummarySchema.extend({ areas: z.array(tenderAreaSchema) });
export type TenderDetail = z.infer<typeof tenderDetailSchema>;

// ---------------------------------------------------------------------------------------------------
// Providers

export const createProviderSchema = z.object({
  name: nameText().trim().min(1).max(200),
  /** The organisation code; made from the name when left out. */
  code: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, { message: 'agreement.provider_code_format' })
    .nullish(),
  cvr: cvrInputSchema,
  /** Required unless the neighbourhood is one the app knows (Sydhavnen, Nordvest). */
  district: z.enum(DISTRICTS, { message: 'agreement.provider_district' }).nullish(),
  neighbourhood: optionalText(100),
  address: optionalText(300),
  contactName: nameText().trim().max(200).nullish(),
  contactEmail: z.email({ message: 'agreement.email' }).max(200).nullish(),
  contactPhone: optionalText(50),
  providerSince: z
    .number()
    .int()
    .min(1900, 'agreement.provider_since')
    .max(2100, 'agreement.provider_since')
    .nullish(),
  description: optionalText(5000),
});
export type CreateProviderInput = z.input<typeof createProviderSchema>;

export const updateProviderSchema = createProviderSchema.omit({ code: true }).partial();
export type UpdateProviderInput = z.input<typeof updateProviderSchema>;

export const providerSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  cvr: z.string().nullable(),
  district: z.string().nullable(),
  neighbourhood: z.string().nullable(),
  providerSince: z.number().int().nullable(),
  /** False for a provider organisation whose details have not been entered. */
  hasProfile: z.boolean(),
});
export type ProviderSummary = z.infer<typeof providerSummarySchema>;

export const providerListSchema = z.object({ items: z.array(providerSummarySchema) });
export type ProviderList = z.infer<typeof providerListSchema>;

// ---------------------------------------------------------------------------------------------------
// Framework agreements and prices

const refSchema = z.object({ id: z.string(), name: z.string() });

export const agreementSummarySchema = z.object({
  id: z.string(),
  tender: refSchema,
  area: refSchema.extend({ number: z.number().int() }),
  provider: refSchema,
  caseNumber: z.string().nullable(),
  startsOn: z.string(),
  originalEndsOn: z.string(),
  /** The current end: extensions exercised and termination included. */
  endsOn: z.string(),
  /** The end if every extension is exercised. */
  maxEndsOn: z.string(),
  noticeWeeks: z.number().int(),
  status: z.enum(AGREEMENT_STATUSES),
  displayStatus: z.enum(DISPLAY_STATUSES),
  /**
   * Weekly prices in øre in force today, indexed (issue 14: the agreed price with every yearly indexation
   * in force, as billing uses it); null: none, or the agreement does not run today.
   */
  currentPrices: z.object({ programme: z.number().int().nullable(), aftercare: z.number().int().nullable() }),
  /**
   * Weekly prices in force (indexed) on today's date moved into the agreement's period: today's while it
   * runs, else those of its first or last day (what a list shows for an expired agreement).
   */
  latestPrices: z.object({ programme: z.number().int().nullable(), aftercare: z.number().int().nullable() }),
  /** The agreed prices behind latestPrices, before indexation (equal to them without an indexation). */
  latestAgreedPrices: z.object({
    programme: z.number().int().nullable(),
    aftercare: z.number().int().nullable(),
  }),
});
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;

export const agreementListSchema = z.object({ items: z.array(agreementSummarySchema) });
export type AgreementList = z.infer<typeof agreementListSchema>;

export const agreementListQuerySchema = z.object({
  tenderId: z.uuid().optional(),
  tenderAreaId: z.uuid().optional(),
  providerId: z.uuid().optional(),
  status: z.enum(DISPLAY_STATUSES).optional(),
  /** Only agreements still running that end within this many months from today. */
  expiringWithinMonths: z.coerce.number().int().min(1).max(60).optional(),
});
export type AgreementListQuery = z.infer<typeof agreementListQuerySchema>;

export const agreementPriceSchema = z.object({
  id: z.string(),
  priceKind: z.enum(PRICE_KINDS),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  weeklyOre: z.number().int(),
  /** The tender's estimated band of the kind when the price lies outside it (a warning, not an error). */
  outsideBand: priceBandSchema.nullable(),
  /** Why the price lies outside the band, as written when it was set. */
  outsideBandReason: z.string().nullable(),
});
export type AgreementPrice = z.infer<typeof agreementPriceSchema>;

export const agreementDetailSchema = agreementSummarySchema.extend({
  noticeGivenOn: z.string().nullable(),
  terminationReason: z.string().nullable(),
  longDurationJustification: z.string().nullable(),
  /** Longer than the law's maximum (4 years) with every extension: allowed when justified. */
  isLongDuration: z.boolean(),
  maxYears: z.number().int(),
  extensions: z.array(
    z.object({
      position: z.number().int(),
      months: z.number().int(),
      exercisedOn: z.string().nullable(),
      /** The end once this extension (and those before it) is exercised. */
      endsOnIfExercised: z.string(),
      isNext: z.boolean(),
    }),
  ),
  prices: z.array(agreementPriceSchema),
  priceBands: z.array(priceBandSchema),
  priceCaps: priceCapsSchema,
  /** The municipality's EAN number the provider invoices to (13 digits, GS1 check digit), if given. */
  ean: z.string().nullable(),
  canExercise: z.boolean(),
  canTerminate: z.boolean(),
  /** Soft problems that do not block saving, e.g. the long-duration warning. */
  warnings: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type AgreementDetail = z.infer<typeof agreementDetailSchema>;

export const providerDetailSchema = providerSummarySchema.extend({
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  description: z.string().nullable(),
  /** The year of the provider's earliest agreement the user may see. */
  firstAgreementYear: z.number().int().nullable(),
  /** The provider's agreements in the user's scope (a provider user sees only their own). */
  agreements: z.array(agreementSummarySchema),
});
export type ProviderDetail = z.infer<typeof providerDetailSchema>;

export const createAgreementSchema = z.object({
  tenderAreaId: z.uuid({ message: 'agreement.unknown_area' }),
  providerId: z.uuid({ message: 'agreement.unknown_provider' }),
  caseNumber: optionalText(100),
  startsOn: dateSchema,
  originalEndsOn: dateSchema,
  /** Default: the rule set's (8 weeks, seed 003). */
  noticeWeeks: z.number().int().min(0).max(104).optional(),
  status: z.enum(['draft', 'active']).default('active'),
  /** Optional extensions in the order they may be exercised, e.g. one year: [{ months: 12 }]. */
  extensions: z
    .array(z.object({ months: z.number().int().min(1).max(60) }))
    .max(5)
    .default([]),
  longDurationJustification: optionalText(5000),
});
export type CreateAgreementInput = z.input<typeof createAgreementSchema>;

export const updateAgreementSchema = z.object({
  caseNumber: optionalText(100),
  longDurationJustification: optionalText(5000),
  /** Activates a draft. */
  status: z.literal('active').optional(),
});
export type UpdateAgreementInput = z.input<typeof updateAgreementSchema>;

export const terminationPreviewQuerySchema = z.object({ noticeGivenOn: dateSchema });

export const terminationPreviewSchema = z.object({
  noticeGivenOn: z.string(),
  noticeWeeks: z.number().int(),
  /** The end the agreement gets: the notice date plus the notice period. */
  endsOn: z.string(),
  currentEndsOn: z.string(),
});
export type TerminationPreview = z.infer<typeof terminationPreviewSchema>;

export const terminateAgreementSchema = z.object({
  noticeGivenOn: dateSchema,
  reason: optionalText(2000),
});
export type TerminateAgreementInput = z.input<typeof terminateAgreementSchema>;

export const exerciseExtensionSchema = z.object({
  /** The option the user saw as next; refused if another is next by now. */
  position: z.number().int().min(1).optional(),
});

export const addPriceSchema = z.object({
  priceKind: z.enum(PRICE_KINDS),
  validFrom: dateSchema,
  validTo: dateSchema.nullish(),
  /** Kroner per week as typed: "1.850" or "1.850,50". */
  weekly: kronerInputSchema,
  /** Required when the price lies outside the tender's estimated band (e.g. yearly indexation). */
  outsideBandReason: optionalText(2000),
});
export type AddPriceInput = z.input<typeof addPriceSchema>;
