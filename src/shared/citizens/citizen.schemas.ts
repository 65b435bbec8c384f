// The citizens API: request and response schemas shared by the server (validation, OpenAPI) and the
// web app (types). Refinement messages are keys of shared/messages.ts.
import { z } from 'zod';
import { uuidParam } from '../ids.ts';
import { parseCpr } from '../cpr.ts';
import { DISTRICTS } from '../districts.ts';

export const cprInputSchema = z.string().superRefine((value, ctx) => {
  const result = parseCpr(value);
  if (!result.ok) ctx.addIssue({ code: 'custom', message: result.problem });
});

export const createCitizenSchema = z.object({
  cpr: cprInputSchema,
  name: z.string().trim().min(1).max(200),
  district: z.enum(DISTRICTS, { message: 'citizen.district' }).nullable().default(null),
  notes: z.string().max(10_000).optional(),
});
export type CreateCitizenInput = z.input<typeof createCitizenSchema>;

export const citizenIdParamsSchema = z.object({ id: uuidParam });

export const searchCitizensQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const citizenSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  cpr: z.string(),
  district: z.string().nullable(),
});
export type CitizenSummary = z.infer<typeof citizenSummarySchema>;

export const citizenListSchema = z.object({
  items: z.array(citizenSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CitizenList = z.infer<typeof citizenListSchema>;

const organisationRefSchema = z.object({ id: z.string(), name: z.string() });

export const citizenDetailSchema = citizenSummarySchema.extend({
  notes: z.string().nullable(),
  jobCentre: organisationRefSchema,
  providers: z.array(organisationRefSchema),
  /** Soft problems that do not block saving, e.g. a CPR number failing modulus 11. */
  warnings: z.array(z.object({ field: z.string(), message: z.string() })),
  createdAt: z.string(),
});
export type CitizenDetail = z.infer<typeof citizenDetailSchema>;

export const accessLogSchema = z.object({
  items: z.array(
    z.object({
      seq: z.number().int(),
      occurredAt: z.string(),
      action: z.string(),
      entityType: z.string(),
      actor: z.object({
        username: z.string(),
        displayName: z.string().nullable(),
        organisationName: z.string().nullable(),
      }),
      requestId: z.string().nullable(),
    }),
  ),
});
export type AccessLog = z.infer<typeof accessLogSchema>;
