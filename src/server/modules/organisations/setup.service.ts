// First installation (`indsats setup`): the administration, its job centre(s) and the first
// administrator, on an empty database, in one transaction. Refused once anything is there, so running
// it again can neither add a second administration nor take over an installation.
import { sql } from 'kysely';
import { AppError } from '../../../shared/errors.ts';
import type { Db } from '../../platform/db/client.ts';
import type { AuditActor } from '../../platform/audit/audit.ts';
import { auditAdministration, createOrganisation } from './organisation.service.ts';
import { createUser } from './user.service.ts';
import { ADVISORY_LOCKS } from '../../platform/db/advisory-locks.ts';

const SETUP_LOCK_ID = ADVISORY_LOCKS.setup;

export interface SetupInput {
  administration: { code: string; name: string };
  jobCentres: { code: string; name: string }[];
  admin: {
    username: string;
    displayName: string;
    password?: string | undefined;
    oidcSubject?: string | undefined;
  };
}

export interface SetupResult {
  administration: { code: string; name: string };
  jobCentres: { code: string; name: string }[];
  admin: { username: string };
}

/** Counts what is already there; setup runs only when both are 0. */
export async function installationState(db: Db): Promise<{ organisations: number; users: number }> {
  const row = await db
    .selectNoFrom([
      sql<number>`(SELECT count(*)::int FROM organisation)`.as('organisations'),
      sql<number>`(SELECT count(*)::int FROM app_user)`.as('users'),
    ])
    .executeTakeFirstOrThrow();
  return { organisations: row.organisations, users: row.users };
}

/** Everything it creates is audited in the same transaction, in the name of `actor` (the operator). */
export async function runSetup(db: Db, input: SetupInput, actor: AuditActor): Promise<SetupResult> {
  if (input.jobCentres.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'validation.failed', {
      fields: { jobCentres: 'validation.required' },
    });
  }
  return db.transaction().execute(async (tx) => {
    // Two setups at once: the second waits here and then finds the first one's rows.
    await sql`SELECT pg_advisory_xact_lock(${SETUP_LOCK_ID})`.execute(tx);
    const state = await installationState(tx);
    if (state.organisations > 0 || state.users > 0) {
      throw new AppError('CONFLICT', 'setup.already_done', { params: state });
    }
    const administration = await naming('administration', () =>
      createOrganisation(tx, { kind: 'administration', ...input.administration }),
    );
    const jobCentres = [];
    for (const [i, jobCentre] of input.jobCentres.entries()) {
      const prefix = input.jobCentres.length > 1 ? `jobCentre${i + 1}` : 'jobCentre';
      jobCentres.push(
        await naming(prefix, () => createOrganisation(tx, { kind: 'job_centre', ...jobCentre })),
      );
    }
    const admin = await naming('admin', () =>
      createUser(tx, {
        username: input.admin.username,
        displayName: input.admin.displayName,
        organisationCode: administration.code,
        roles: ['admin'],
        password: input.admin.password,
        oidcSubject: input.admin.oidcSubject,
      }),
    );
    for (const organisation of [administration, ...jobCentres]) {
      await auditAdministration(tx, actor, 'organisation', organisation.id, {
        kind: organisation.kind,
        code: organisation.code,
      });
    }
    await auditAdministration(tx, actor, 'user', admin.id, {
      username: admin.username,
      roles: ['admin'],
      organisation: administration.code,
    });
    return {
      administration: { code: administration.code, name: administration.name },
      jobCentres: jobCentres.map((j) => ({ code: j.code, name: j.name })),
      admin: { username: admin.username },
    };
  });
}

/** Runs `work`; a validation error's fields are named after what they belong to (`jobCentre2.code`). */
async function naming<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields) throw error;
    const fields = Object.fromEntries(
      Object.entries(error.fields).map(([field, message]) => [`${prefix}.${field}`, message]),
    );
    throw new AppError(error.code, error.message, { fields, params: error.params ?? {} });
  }
}
