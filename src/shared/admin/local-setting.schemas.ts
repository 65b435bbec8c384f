// The local rule settings page's API: each setting of the registry (src/shared/local-settings.ts) with
// its meaning, legal source, value in force and history, and setting a new value with a reason.
import { z } from 'zod';
import { LOCAL_SETTINGS } from '../local-settings.ts';

const texts = z.object({ da: z.string(), en: z.string() });

export const localSettingSchema = z.object({
  key: z.string(),
  group: z.enum(['job_talks', 'retention', 'export']),
  meaning: texts,
  source: z.string(),
  allowed: texts,
  defaultValue: z.string().nullable(),
  /** Set locally, or null when the default applies. */
  value: z.string().nullable(),
  /** The local value, else the default; null: the law's own rule applies. */
  inForce: z.string().nullable(),
  history: z.array(
    z.object({
      value: z.string().nullable(),
      reason: z.string(),
      changedBy: z.string(),
      changedAt: z.string(),
    }),
  ),
});
export type LocalSettingView = z.infer<typeof localSettingSchema>;

export const localSettingListSchema = z.object({ items: z.array(localSettingSchema) });
export type LocalSettingList = z.infer<typeof localSettingListSchema>;

/** A setting's key in the path: one of the registry's (any other answers 404, like an unknown id). */
export const localSettingKeyParamsSchema = z.object({ key: z.enum(LOCAL_SETTINGS.map((s) => s.key)) });

export const setLocalSettingSchema = z.object({
  /** null or empty: back to the default. */
  value: z.string().max(200).nullable(),
  reason: z.string().max(1000),
});
export type SetLocalSettingInput = z.infer<typeof setLocalSettingSchema>;
