// Pauses in a course (issue 14): illness, hospital stay or other, recorded by the provider running the
// course or the citizen's caseworker; the course's agreement may exclude kinds from payment, and billing
// then leaves those weeks out. Request and response schemas shared by the server and the web app.
import { z } from 'zod';
import { dateSchema } from '../date-schema.ts';
import { PAUSE_KINDS, type PauseKind } from './pause.constants.ts';

export { PAUSE_KINDS };
export type { PauseKind };

export const recordPauseSchema = z
  .object({
    kind: z.enum(PAUSE_KINDS, { message: 'pause.kind' }),
    fromDate: dateSchema,
    toDate: dateSchema,
    /** No health details: the kind says what it is. */
    note: z.string().trim().max(500, { message: 'pause.note_length' }).nullable().optional(),
  })
  .refine((v) => v.toDate >= v.fromDate, { message: 'pause.to_before_from', path: ['toDate'] });
export type RecordPauseInput = z.input<typeof recordPauseSchema>;

export const pauseSchema = z.object({
  id: z.string(),
  courseId: z.string(),
  kind: z.enum(PAUSE_KINDS),
  fromDate: z.string(),
  toDate: z.string(),
  note: z.string().nullable(),
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type Pause = z.infer<typeof pauseSchema>;

export const coursePausesSchema = z.object({
  courseId: z.string(),
  pauses: z.array(pauseSchema),
  /** The kinds the course's agreement excludes from payment (empty: every week is paid). */
  excludedKinds: z.array(z.enum(PAUSE_KINDS)),
  /** The provider running the course and the citizen's job centre may record a pause. */
  canRecord: z.boolean(),
});
export type CoursePauses = z.infer<typeof coursePausesSchema>;
