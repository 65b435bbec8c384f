// Complaints and incidents about a provider (issue 14): from a citizen, a caseworker or a company; the date,
// the kind, a description (sealed in the database: it may name a citizen), the handling and the closing.
import { z } from 'zod';
import { dateSchema } from '../date-schema.ts';

export const COMPLAINT_KINDS = ['complaint', 'incident'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const COMPLAINT_SOURCES = ['citizen', 'caseworker', 'company', 'other'] as const;
export type ComplaintSource = (typeof COMPLAINT_SOURCES)[number];
export const COMPLAINT_TEXT_MAX = 10000;

const text = (required: string) =>
  z.string().trim().min(1, { message: required }).max(COMPLAINT_TEXT_MAX, { message: 'complaint.too_long' });

export const createComplaintSchema = z.object({
  receivedOn: dateSchema,
  kind: z.enum(COMPLAINT_KINDS, { message: 'complaint.kind' }),
  source: z.enum(COMPLAINT_SOURCES, { message: 'complaint.source' }),
  description: text('complaint.description_required'),
});
export type CreateComplaintInput = z.input<typeof createComplaintSchema>;

export const updateComplaintSchema = z.object({
  handling: text('complaint.handling_required').optional(),
  /** The day the complaint was closed; null reopens it. */
  closedOn: dateSchema.nullable().optional(),
});
export type UpdateComplaintInput = z.input<typeof updateComplaintSchema>;

export const complaintSchema = z.object({
  id: z.string(),
  providerId: z.string(),
  receivedOn: z.string(),
  kind: z.enum(COMPLAINT_KINDS),
  source: z.enum(COMPLAINT_SOURCES),
  description: z.string(),
  handling: z.string().nullable(),
  closedOn: z.string().nullable(),
});
export type Complaint = z.infer<typeof complaintSchema>;

export const complaintListSchema = z.object({
  providerId: z.string(),
  items: z.array(complaintSchema),
});
export type ComplaintList = z.infer<typeof complaintListSchema>;
