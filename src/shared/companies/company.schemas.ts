// The company-network API: companies (shared master data, one per CVR number), each provider's
// partnerships with them, local partners, and the binding-partnership indicator. Request and response
// schemas shared by the server (validation, OpenAPI) and the web app (types). Messages are keys of
// shared/messages.ts.
import { z } from 'zod';
import { nameText } from '../text-schemas.ts';
import { uuidParam } from '../ids.ts';
import { parseCvr } from '../cvr.ts';
import { DISTRICTS } from '../districts.ts';

import {
  INDICATOR_STATUSES,
  LOCAL_PARTNER_KINDS,
  PARTNERSHIP_OFFERS,
  type IndicatorStatus,
  type LocalPartnerKind,
  type PartnershipOffer,
} from './company.constants.ts';

export { INDICATOR_STATUSES, LOCAL_PARTNER_KINDS, PARTNERSHIP_OFFERS };
export type { IndicatorStatus, LocalPartnerKind, PartnershipOffer };

import { EXPORT_FORMATS } from '../export-formats.ts';
import { dateSchema } from '../date-schema.ts';

export { EXPORT_FORMATS };

export const cvrInputSchema = z.string().superRefine((value, ctx) => {
  const result = parseCvr(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.problem });
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Optional free text: empty or missing becomes null in the service. */
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const districtSchema = z.enum(DISTRICTS, { message: 'company.district' });
const offersSchema = z.array(z.enum(PARTNERSHIP_OFFERS)).max(PARTNERSHIP_OFFERS.length);

export const idParamsSchema = z.object({ id: uuidParam });
export const providerParamsSchema = z.object({ providerId: uuidParam });

// Companies

export const createCompanySchema = z.object({
  cvr: cvrInputSchema,
  name: nameText().trim().min(1).max(300),
  address: optionalText(300),
  district: districtSchema.nullable().optional(),
  industry: optionalText(200),
});
export type CreateCompanyInput = z.input<typeof createCompanySchema>;

/** The CVR number is the company's identity and is not changed. */
export const updateCompanySchema = z.object({
  name: nameText().trim().min(1).max(300).optional(),
  address: optionalText(300),
  district: districtSchema.nullable().optional(),
  industry: optionalText(200),
});
export type UpdateCompanyInput = z.input<typeof updateCompanySchema>;

export const searchCompaniesQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const companySchema = z.object({
  id: z.string(),
  cvr: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  district: z.string().nullable(),
  industry: z.string().nullable(),
});
export type Company = z.infer<typeof companySchema>;

export const companyListSchema = z.object({
  items: z.array(companySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CompanyList = z.infer<typeof companyListSchema>;

// Partnerships

export const createPartnershipSchema = z
  .object({
    companyId: z.uuid({ message: 'company.required' }),
    isBinding: z.boolean(),
    startsOn: dateSchema,
    endsOn: dateSchema.nullable().optional(),
    offers: offersSchema.default([]),
    note: optionalText(2000),
  })
  .refine((p) => !p.endsOn || p.endsOn >= p.startsOn, {
    message: 'company.partnership_period',
    path: ['endsOn'],
  });
export type CreatePartnershipInput = z.input<typeof createPartnershipSchema>;

/** The company of a partnership is not changed: end it and add a new one. */
export const updatePartnershipSchema = z.object({
  isBinding: z.boolean().optional(),
  startsOn: dateSchema.optional(),
  endsOn: dateSchema.nullable().optional(),
  offers: offersSchema.optional(),
  note: optionalText(2000),
});
export type UpdatePartnershipInput = z.input<typeof updatePartnershipSchema>;

export const partnershipSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  company: z.object({ id: z.string(), cvr: z.string(), name: z.string(), industry: z.string().nullable() }),
  isBinding: z.boolean(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  offers: z.array(z.enum(PARTNERSHIP_OFFERS)),
  note: z.string().nullable(),
  /** Active on the network's date (starts_on ≤ date ≤ ends_on). */
  isActive: z.boolean(),
});
export type Partnership = z.infer<typeof partnershipSchema>;

// Local partners

const localPartnerFields = {
  kind: z.enum(LOCAL_PARTNER_KINDS, { message: 'company.local_partner_kind' }),
  name: nameText().trim().min(1).max(300),
  socialPlan: optionalText(300),
  contactName: nameText().trim().max(200).nullable().optional(),
  contactEmail: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === '' || EMAIL.test(v), { message: 'company.email' })
    .nullable()
    .optional(),
  contactPhone: optionalText(50),
  cooperation: z.string().trim().max(4000).optional(),
};

export const createLocalPartnerSchema = z.object(localPartnerFields);
export type CreateLocalPartnerInput = z.input<typeof createLocalPartnerSchema>;

export const updateLocalPartnerSchema = z.object({
  ...localPartnerFields,
  kind: localPartnerFields.kind.optional(),
  name: localPartnerFields.name.optional(),
});
export type UpdateLocalPartnerInput = z.input<typeof updateLocalPartnerSchema>;

export const localPartnerSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  kind: z.enum(LOCAL_PARTNER_KINDS),
  name: z.string(),
  socialPlan: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  cooperation: z.string(),
});
export type LocalPartner = z.infer<typeof localPartnerSchema>;

// The network of one provider, and the indicator for all

export const networkQuerySchema = z.object({ onDate: dateSchema.optional() });

export const indicatorSchema = z.object({
  providerId: z.string(),
  providerName: z.string(),
  onDate: z.string(),
  /** Binding partnerships active on the date. */
  bindingCount: z.number().int(),
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  status: z.enum(INDICATOR_STATUSES),
  /** How many binding partnerships are missing to reach the minimum (0 unless below). */
  missing: z.number().int(),
  /** How many above the maximum (0 unless above). */
  excess: z.number().int(),
  tenderName: z.string().nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const networkSchema = z.object({
  provider: z.object({ id: z.string(), name: z.string() }),
  indicator: indicatorSchema,
  partnerships: z.array(partnershipSchema),
  localPartners: z.array(localPartnerSchema),
});
export type Network = z.infer<typeof networkSchema>;

export const networkOverviewSchema = z.object({ onDate: z.string(), items: z.array(indicatorSchema) });
export type NetworkOverview = z.infer<typeof networkOverviewSchema>;

export const networkExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS).default('xlsx'),
  onDate: dateSchema.optional(),
});

export const deletedSchema = z.object({ ok: z.literal(true) });
