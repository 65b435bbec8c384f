import { z } from 'zod';
import { PERMISSIONS, ROLES } from '../permissions.ts';

export const loginSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(ROLES)),
  }),
  organisation: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['administration', 'job_centre', 'provider']),
  }),
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const loginResultSchema = meSchema;
export const csrfSchema = z.object({ csrfToken: z.string() });
export const authConfigSchema = z.object({ oidcEnabled: z.boolean() });
export const okSchema = z.object({ ok: z.literal(true) });
export const healthSchema = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });
