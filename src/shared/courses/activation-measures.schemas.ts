// The follow-up page's two measures from seed 004 besides job talks (issue 14): timeliness of activation
// (rettidighed i aktivering, LAB § 102) and the outreach measure (the share of the programme's citizens who
// got an internship or showed progression). Counts only: the page is an aggregate.
import { z } from 'zod';
import { rateSchema } from './talk.schemas.ts';

export const activationCountsSchema = z.object({
  /** Obligations whose deadline fell in the period (and by today): timely + late + missing. */
  due: z.number().int(),
  /** A counting offer began on or before the deadline. */
  timely: z.number().int(),
  /** The first counting offer began after the deadline. */
  late: z.number().int(),
  /** No counting offer has begun yet. */
  missing: z.number().int(),
  /** Of `due`: the period's start was derived (the register's weeks or the course start), not recorded. */
  derived: z.number().int(),
  /** timely / due */
  timeliness: rateSchema,
});
export type ActivationCounts = z.infer<typeof activationCountsSchema>;

export const outreachCountsSchema = z.object({
  /** Citizens with a course at the provider in the period. */
  citizens: z.number().int(),
  /** … who began an internship during the course, by the period's end. */
  internship: z.number().int(),
  /** … for whom the provider documented progression on the course, by the period's end. */
  progression: z.number().int(),
  /** … either (each citizen once). */
  reached: z.number().int(),
  /** reached / citizens */
  share: rateSchema,
});
export type OutreachCounts = z.infer<typeof outreachCountsSchema>;

export const measuresRowSchema = z.object({
  providerId: z.string(),
  providerName: z.string(),
  tenderAreaId: z.string().nullable(),
  programmeName: z.string().nullable(),
  tenderName: z.string().nullable(),
  activation: activationCountsSchema,
  outreach: outreachCountsSchema,
});
export type MeasuresRow = z.infer<typeof measuresRowSchema>;

export const ruleSourceSchema = z.object({ validFrom: z.string(), source: z.string() });

export const followUpMeasuresSchema = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(measuresRowSchema),
  total: z.object({ activation: activationCountsSchema, outreach: outreachCountsSchema }),
  /** All activity-ready citizens aged 30 or over on the deadline, whatever their provider (seed 004). */
  comparison: activationCountsSchema,
  /** The rule versions timeliness is measured against, oldest first. */
  rules: z.array(ruleSourceSchema),
  /** Seed 004 expects about half of the programme's citizens to reach internship or progression. */
  expectedOutreachPercent: z.number().int(),
});
export type FollowUpMeasures = z.infer<typeof followUpMeasuresSchema>;
