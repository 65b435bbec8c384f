// Absence (fravær) from the programme on a course: the provider reports it, the citizen's caseworker records
// the follow-up (issue 12). Request and response schemas shared by the server and the web app (types).
// Messages are keys of shared/messages.ts ("absence.…").
import { z } from 'zod';
import { uuidParam } from '../ids.ts';
import {
  ABSENCE_FOLLOW_UPS,
  ABSENCE_REASONS,
  type AbsenceFollowUp,
  type AbsenceReason,
} from './absence.constants.ts';
import { dateSchema } from '../date-schema.ts';

export { ABSENCE_FOLLOW_UPS, ABSENCE_REASONS };
export type { AbsenceFollowUp, AbsenceReason };

export const absenceParamsSchema = z.object({ id: uuidParam });

const absenceDate = dateSchema;

export const reportAbsenceSchema = z.object({
  absentOn: absenceDate,
  /** Hours missed that day, in tenths of an hour: 0,1–24 hours. */
  hoursTenths: z
    .number({ message: 'absence.hours' })
    .int({ message: 'absence.hours' })
    .min(1, { message: 'absence.hours' })
    .max(240, { message: 'absence.hours' }),
  /** null: the reason is not known. */
  reason: z.enum(ABSENCE_REASONS, { message: 'absence.reason' }).nullable().optional(),
});
export type ReportAbsenceInput = z.input<typeof reportAbsenceSchema>;

export const absenceFollowUpSchema = z
  .object({
    followUp: z.enum(ABSENCE_FOLLOW_UPS, { message: 'absence.follow_up' }),
    followedUpOn: absenceDate,
    /** Required for a sanction decision: the date the decision was made under aktivloven. */
    sanctionDecisionOn: absenceDate.nullable().optional(),
  })
  .refine((v) => v.followUp !== 'sanction_decision' || !!v.sanctionDecisionOn, {
    message: 'absence.sanction_date_required',
    path: ['sanctionDecisionOn'],
  });
export type AbsenceFollowUpInput = z.input<typeof absenceFollowUpSchema>;

export const absenceSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  absentOn: z.string(),
  hoursTenths: z.number().int(),
  reason: z.enum(ABSENCE_REASONS).nullable(),
  followUp: z.enum(ABSENCE_FOLLOW_UPS).nullable(),
  followedUpOn: z.string().nullable(),
  sanctionDecisionOn: z.string().nullable(),
});
export type Absence = z.infer<typeof absenceSchema>;

export const courseAbsencesSchema = z.object({
  courseId: z.string(),
  absences: z.array(absenceSchema),
  /** The provider running the course may report absence. */
  canReport: z.boolean(),
  /** The citizen's job centre may record the follow-up. */
  canFollowUp: z.boolean(),
});
export type CourseAbsences = z.infer<typeof courseAbsencesSchema>;
