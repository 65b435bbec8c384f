// Users on the administration pages: list, create, edit, deactivate and reactivate, reset a password;
// and a signed-in user's change of their own password. Every change is audited in its transaction, never
// with a password. Runs as the owner role, like sign-in: the app role may neither read password hashes
// and OIDC subjects nor write users (migration 0001), on purpose, and only these use cases do.
import { sql } from 'kysely';
import type {
  AdminUser,
  AdminUserList,
  ChangeOwnPasswordInput,
  CreateAdminUserInput,
  UpdateAdminUserInput,
  UserWithPassword,
} from '../../../shared/admin/admin.schemas.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Role } from '../../../shared/permissions.ts';
import { generatePassword, hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { deleteUserSessions } from '../../platform/auth/session.ts';
import type { Ctx, Tx } from '../../platform/context.ts';
import * as repo from './organisation.repository.ts';
import { auditAdministration } from './organisation.service.ts';
import {
  checkUserFields,
  createUser,
  duplicateUserError,
  passwordProblem,
  throwIfProblems,
  type FieldProblems,
} from './user.service.ts';
import { ADVISORY_LOCKS } from '../../platform/db/advisory-locks.ts';

/** Held by every change of a user's roles or active flag, so two cannot both remove the last admin. */
const USER_ADMIN_LOCK_ID = ADVISORY_LOCKS.userAdministration;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toView(row: repo.AdminUserRow): AdminUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles as Role[],
    organisation: {
      id: row.organisationId,
      code: row.organisationCode,
      name: row.organisationName,
      kind: row.organisationKind,
    },
    isActive: row.isActive,
    oidcSubject: row.oidcSubject,
    hasPassword: Boolean(row.hasPassword),
    lastSignInAt: row.lastSignInAt ? row.lastSignInAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'user.not_found');
}

async function loadUser(tx: Tx, id: string): Promise<repo.AdminUserRow> {
  const row = UUID.test(id) ? await repo.findAdminUser(tx, id) : undefined;
  if (!row) throw notFound();
  return row;
}

function audit(ctx: Ctx, tx: Tx, userId: string, criteria: Record<string, unknown>, isNew = false) {
  return auditAdministration(tx, ctx.actor, 'user', userId, criteria, {
    action: isNew ? 'create' : 'update',
    requestId: ctx.requestId,
  });
}

async function lockUserAdministration(tx: Tx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${USER_ADMIN_LOCK_ID})`.execute(tx);
}

/** Refuses a change that would leave no active administrator. */
async function keepAnActiveAdmin(tx: Tx, user: repo.AdminUserRow, key: string, field?: string) {
  if (!user.isActive || !user.roles.includes('admin')) return;
  if ((await repo.countOtherActiveAdmins(tx, user.id)) > 0) return;
  throw new AppError('INVALID_STATE', key, {
    params: { username: user.username },
    ...(field ? { fields: { [field]: key } } : {}),
  });
}

export async function listUsersForAdmin(ctx: Ctx): Promise<AdminUserList> {
  return { items: (await repo.listAdminUsers(ctx.db)).map(toView) };
}

export async function getUserForAdmin(ctx: Ctx, id: string): Promise<AdminUser> {
  return ctx.db.transaction().execute(async (tx) => toView(await loadUser(tx, id)));
}

/** A new user; with `withPassword` the server makes the password and answers it this once. */
export async function createUserByAdmin(ctx: Ctx, input: CreateAdminUserInput): Promise<UserWithPassword> {
  const password = input.withPassword ? generatePassword() : undefined;
  return ctx.db.transaction().execute(async (tx) => {
    const organisation = UUID.test(input.organisationId)
      ? await repo.findOrganisationById(tx, input.organisationId)
      : undefined;
    let created;
    try {
      created = await createUser(tx, {
        username: input.username,
        displayName: input.displayName,
        organisationCode: organisation?.code ?? '',
        roles: input.roles,
        password,
        oidcSubject: input.oidcSubject ?? undefined,
      });
    } catch (error) {
      throw asAdminFields(error);
    }
    await audit(
      ctx,
      tx,
      created.id,
      {
        username: created.username,
        roles: input.roles,
        organisation: organisation?.code,
        password: password ? 'generated' : 'none',
        oidcSubject: Boolean(input.oidcSubject?.trim()),
      },
      true,
    );
    return { user: toView(await loadUser(tx, created.id)), password: password ?? null };
  });
}

/** createUser's field names as the page's form has them. */
function asAdminFields(error: unknown): unknown {
  if (!(error instanceof AppError) || !error.fields) return error;
  const rename: Record<string, [string, string?]> = {
    organisation: ['organisationId'],
    // No password and no OIDC subject: nothing to sign in with.
    password: ['oidcSubject', 'user.sign_in_required'],
  };
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([field, message]) => {
      const [to, replaced] = rename[field] ?? [field];
      return [to, replaced ?? message];
    }),
  );
  return new AppError(error.code, error.message, { fields, params: error.params });
}

export async function updateUserByAdmin(
  ctx: Ctx,
  id: string,
  input: UpdateAdminUserInput,
): Promise<AdminUser> {
  return ctx.db.transaction().execute(async (tx) => {
    await lockUserAdministration(tx);
    const before = await loadUser(tx, id);
    const problems: FieldProblems = { fields: {}, params: {} };
    const values = checkUserFields(input, problems);
    const organisation = UUID.test(input.organisationId)
      ? await repo.findOrganisationById(tx, input.organisationId)
      : undefined;
    if (!organisation) problems.fields.organisationId = 'user.unknown_organisation';
    throwIfProblems(problems);
    if (!values.roles.includes('admin')) await keepAnActiveAdmin(tx, before, 'user.last_admin_role', 'roles');

    const changes: Record<string, unknown> = {};
    const sameRoles =
      before.roles.length === values.roles.length && values.roles.every((r) => before.roles.includes(r));
    if (before.displayName !== values.displayName) {
      changes.displayName = { from: before.displayName, to: values.displayName };
    }
    if (!sameRoles) changes.roles = { from: before.roles, to: values.roles };
    if (before.organisationId !== organisation!.id) {
      changes.organisation = { from: before.organisationCode, to: organisation!.code };
    }
    // Which subject is the identity provider's business: the trail says that it changed.
    if (before.oidcSubject !== values.oidcSubject) changes.oidcSubject = 'changed';
    if (Object.keys(changes).length > 0) {
      try {
        await repo.updateUser(tx, id, { ...values, organisationId: organisation!.id });
      } catch (error) {
        throw duplicateUserError(error);
      }
      await audit(ctx, tx, id, { changes });
    }
    return toView(await loadUser(tx, id));
  });
}

/** Deactivating ends the user's sessions at once; reactivating lets them sign in again. */
export async function setUserActive(ctx: Ctx, id: string, isActive: boolean): Promise<AdminUser> {
  return ctx.db.transaction().execute(async (tx) => {
    await lockUserAdministration(tx);
    const before = await loadUser(tx, id);
    if (before.isActive === isActive) return toView(before);
    let endedSessions = 0;
    if (!isActive) {
      if (id === ctx.actor.userId) throw new AppError('INVALID_STATE', 'user.deactivate_self');
      await keepAnActiveAdmin(tx, before, 'user.last_admin_deactivate');
      endedSessions = await deleteUserSessions(tx, id);
    }
    await repo.updateUser(tx, id, { isActive });
    await audit(ctx, tx, id, { change: isActive ? 'reactivate' : 'deactivate', endedSessions });
    return toView(await loadUser(tx, id));
  });
}

/**
 * A new strong password made by the server, answered once (the page shows it with a copy hint); the
 * user's sessions end. One's own password is changed with the current one instead (changeOwnPassword).
 */
export async function resetUserPassword(ctx: Ctx, id: string): Promise<UserWithPassword> {
  if (id.toLowerCase() === ctx.actor.userId.toLowerCase()) {
    throw new AppError('INVALID_STATE', 'user.reset_self');
  }
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute(async (tx) => {
    await loadUser(tx, id);
    await repo.updateUser(tx, id, { passwordHash });
    const endedSessions = await deleteUserSessions(tx, id);
    await audit(ctx, tx, id, { change: 'password_reset', endedSessions });
    return { user: toView(await loadUser(tx, id)), password };
  });
}

/**
 * The signed-in user's new password, given the current one; their other sessions end (the one they
 * are using, `sessionToken`, stays). The argon2 work runs outside the transaction, which the embedded
 * database's one connection would otherwise wait on.
 */
export async function changeOwnPassword(
  ctx: Ctx,
  input: ChangeOwnPasswordInput,
  sessionToken: string | undefined,
): Promise<{ ok: true; endedSessions: number }> {
  const userId = ctx.actor.userId;
  const stored = await repo.findPasswordHash(ctx.db, userId);
  if (!stored?.passwordHash) throw new AppError('INVALID_STATE', 'user.no_local_password');
  const problems: FieldProblems = { fields: {}, params: {} };
  if (!input.currentPassword) problems.fields.currentPassword = 'validation.required';
  const weak = passwordProblem(input.newPassword);
  if (!input.newPassword) problems.fields.newPassword = 'validation.required';
  else if (weak) {
    problems.fields.newPassword = weak.key;
    Object.assign(problems.params, weak.params);
  }
  throwIfProblems(problems);
  if (!(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION_FAILED', 'user.wrong_current_password', {
      fields: { currentPassword: 'user.wrong_current_password' },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return ctx.db.transaction().execute(async (tx) => {
    await repo.updateUser(tx, userId, { passwordHash });
    const endedSessions = await deleteUserSessions(tx, userId, sessionToken);
    await audit(ctx, tx, userId, { change: 'own_password', endedSessions });
    return { ok: true as const, endedSessions };
  });
}
