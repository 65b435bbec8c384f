// The administration API: organisations, users (with roles, organisation, sign-in), one's own password,
// the operator's health page and the register codebook. Shared by the server (validation, OpenAPI) and
// the web app (types only). Texts are checked by the services, whose messages say what to type; the
// schemas only bound the sizes.
import { z } from 'zod';
import { uuidParam } from '../ids.ts';
import { ORGANISATION_KINDS } from '../organisations.ts';
import { ROLES } from '../permissions.ts';

export const adminIdParamsSchema = z.object({ id: uuidParam });

// Organisations ---------------------------------------------------------------------------------------

export const organisationSchema = z.object({
  id: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  code: z.string(),
  name: z.string(),
  /** Users belonging to it, and of those the active ones. */
  userCount: z.number().int(),
  activeUserCount: z.number().int(),
});
export type OrganisationView = z.infer<typeof organisationSchema>;

export const organisationListSchema = z.object({ items: z.array(organisationSchema) });
export type OrganisationList = z.infer<typeof organisationListSchema>;

export const createOrganisationSchema = z.object({
  kind: z.string().max(50),
  code: z.string().max(100),
  name: z.string().max(1000),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

/** The kind stays what it was created as: citizens, agreements and users hang on it. */
export const updateOrganisationSchema = z.object({
  code: z.string().max(100),
  name: z.string().max(1000),
});
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;

// Users -----------------------------------------------------------------------------------------------

export const adminUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  organisation: z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(ORGANISATION_KINDS),
  }),
  isActive: z.boolean(),
  oidcSubject: z.string().nullable(),
  /** Whether the user has a local password (else only single sign-on). Never the hash. */
  hasPassword: z.boolean(),
  lastSignInAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const adminUserListSchema = z.object({ items: z.array(adminUserSchema) });
export type AdminUserList = z.infer<typeof adminUserListSchema>;

const roles = z.array(z.string().max(50)).max(20);
const oidcSubject = z.string().max(255).nullable();

export const createAdminUserSchema = z.object({
  username: z.string().max(200),
  displayName: z.string().max(1000),
  organisationId: z.string().max(100),
  roles,
  oidcSubject: oidcSubject.optional(),
  /** The server generates a strong password and answers it once. */
  withPassword: z.boolean(),
});
export type CreateAdminUserInput = z.infer<typeof createAdminUserSchema>;

export const updateAdminUserSchema = z.object({
  displayName: z.string().max(1000),
  organisationId: z.string().max(100),
  roles,
  oidcSubject,
});
export type UpdateAdminUserInput = z.infer<typeof updateAdminUserSchema>;

/** A new user or a reset: the generated password, shown once and never stored in clear. */
export const userWithPasswordSchema = z.object({
  user: adminUserSchema,
  password: z.string().nullable(),
});
export type UserWithPassword = z.infer<typeof userWithPasswordSchema>;

export const changeOwnPasswordSchema = z.object({
  currentPassword: z.string().max(1000),
  newPassword: z.string().max(1000),
});
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordSchema>;

export const passwordChangedSchema = z.object({
  ok: z.literal(true),
  /** The user's other sessions that ended. */
  endedSessions: z.number().int(),
});

// Health (indsats doctor's report) --------------------------------------------------------------------

export const healthReportSchema = z.object({
  ok: z.boolean(),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    location: z.string(),
    version: z.string(),
  }),
  migrations: z.object({
    applied: z.number().int(),
    pending: z.array(z.string()),
    unknown: z.array(z.string()),
  }),
  key: z.object({
    fingerprint: z.string().nullable(),
    status: z.enum(['matches', 'differs', 'not_recorded', 'no_key']),
  }),
  audit: z
    .object({
      rows: z.number().int(),
      unsealed: z.number().int(),
      oldestUnsealedSeconds: z.number().nullable(),
      headPosition: z.number().int(),
      lastVerify: z
        .object({
          at: z.string(),
          ok: z.boolean(),
          checked: z.number().int(),
          problemCount: z.number().int(),
        })
        .nullable(),
      /** Where the chain starts after old rows were deleted (retention); null: at the beginning. */
      checkpoint: z
        .object({ position: z.number().int(), deletedTotal: z.number().int(), deletedThrough: z.string() })
        .nullable()
        .optional(),
    })
    .nullable(),
  /** The last retention run, or null when none ran. */
  retention: z
    .object({ lastRunAt: z.string(), ranBy: z.string(), deleted: z.number().int() })
    .nullable()
    .optional(),
  imports: z
    .object({
      running: z.number().int(),
      failedLast30Days: z.number().int(),
      lastFailedAt: z.string().nullable(),
    })
    .nullable(),
  /** As `indsats doctor` words them (English, for operators). */
  problems: z.array(z.string()),
  checkedAt: z.string(),
});
export type HealthReport = z.infer<typeof healthReportSchema>;

// The register codebook -------------------------------------------------------------------------------

export const codebookSchema = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      meaning: z.string(),
      category: z.enum(['benefit', 'education', 'non_benefit', 'exit_register']),
      verified: z.boolean(),
      updatedAt: z.string(),
    }),
  ),
});
export type Codebook = z.infer<typeof codebookSchema>;
