// Users: created by the CLI (`indsats users add`, `indsats setup`), demo seeding and the administration
// pages (user-admin.service.ts). The rules of a user's fields live here, once, for all of them.
import { AppError, type FieldErrors } from '../../../shared/errors.ts';
import { isRole, type Role } from '../../../shared/permissions.ts';
import { unsafeCharacterMessage } from '../../../shared/text-schemas.ts';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../platform/auth/password.ts';
import type { Db } from '../../platform/db/client.ts';
import * as repo from './organisation.repository.ts';

export interface NewUser {
  username: string;
  displayName: string;
  organisationCode: string;
  roles: string[];
  password?: string | undefined;
  oidcSubject?: string | undefined;
  /** Demo accounts use the short password "demo"; operators' accounts must meet the minimum length. */
  allowShortPassword?: boolean;
}

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** What a field check found: field → message key, and the messages' parameters. */
export interface FieldProblems {
  fields: FieldErrors;
  params: Record<string, string | number>;
}

/** The password rule of every account an operator or a user sets: its length (password.ts). */
export function passwordProblem(password: string): { key: string; params: Record<string, number> } | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { key: 'user.password_too_short', params: { min: MIN_PASSWORD_LENGTH } };
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return { key: 'user.password_too_long', params: { max: MAX_PASSWORD_LENGTH } };
  }
  return null;
}

/** Display name, roles and OIDC subject as typed: the cleaned values, or the problems per field. */
export function checkUserFields(
  input: { displayName: string; roles: readonly string[]; oidcSubject?: string | null | undefined },
  problems: FieldProblems,
): { displayName: string; roles: Role[]; oidcSubject: string | null } {
  const displayName = input.displayName.trim();
  const unsafeName = unsafeCharacterMessage(input.displayName, 'name');
  if (!displayName) problems.fields.displayName = 'validation.required';
  else if (unsafeName) {
    problems.fields.displayName = unsafeName.key;
    Object.assign(problems.params, unsafeName.params);
  } else if (displayName.length > 200) {
    problems.fields.displayName = 'validation.too_long';
    problems.params.max = 200;
  }
  const roles = [...new Set(input.roles.map((r) => r.trim()).filter(Boolean))];
  const unknown = roles.filter((r) => !isRole(r));
  if (roles.length === 0) problems.fields.roles = 'user.roles_required';
  else if (unknown.length > 0) {
    problems.fields.roles = 'user.unknown_role';
    problems.params.roles = unknown.join(', ');
  }
  const oidcSubject = input.oidcSubject?.trim() || null;
  if (oidcSubject !== null) {
    const unsafeSubject = unsafeCharacterMessage(oidcSubject, 'name');
    if (unsafeSubject) {
      problems.fields.oidcSubject = unsafeSubject.key;
      Object.assign(problems.params, unsafeSubject.params);
    } else if (oidcSubject.length > 255) {
      problems.fields.oidcSubject = 'validation.too_long';
      problems.params.max = 255;
    }
  }
  return { displayName, roles: roles.filter(isRole), oidcSubject };
}

export function throwIfProblems(problems: FieldProblems): void {
  if (Object.keys(problems.fields).length > 0) {
    throw new AppError('VALIDATION_FAILED', 'validation.failed', problems);
  }
}

/** A unique violation on app_user as the field it concerns; anything else is rethrown. */
export function duplicateUserError(error: unknown): AppError {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== '23505') throw error;
  return constraint?.includes('oidc_subject')
    ? new AppError('CONFLICT', 'user.duplicate_oidc_subject', {
        fields: { oidcSubject: 'user.duplicate_oidc_subject' },
      })
    : new AppError('CONFLICT', 'user.duplicate_username', {
        fields: { username: 'user.duplicate_username' },
      });
}

export async function createUser(db: Db, input: NewUser): Promise<{ id: string; username: string }> {
  const problems: FieldProblems = { fields: {}, params: {} };
  const username = normaliseUsername(input.username);
  if (!/^[a-z0-9._@-]{2,100}$/.test(username)) problems.fields.username = 'validation.invalid';
  const { displayName, roles, oidcSubject } = checkUserFields(input, problems);
  if (!input.password && !oidcSubject) problems.fields.password = 'validation.required';
  const weak = input.password && !input.allowShortPassword ? passwordProblem(input.password) : null;
  if (weak) {
    problems.fields.password = weak.key;
    Object.assign(problems.params, weak.params);
  }
  const organisation = await repo.findOrganisationByCode(db, input.organisationCode);
  if (!organisation) problems.fields.organisation = 'user.unknown_organisation';
  throwIfProblems(problems);
  try {
    return await repo.insertUser(db, {
      organisationId: organisation!.id,
      username,
      displayName,
      passwordHash: input.password ? await hashPassword(input.password) : null,
      roles,
      oidcSubject,
    });
  } catch (error) {
    throw duplicateUserError(error);
  }
}

/** Both ways in (password, OpenID Connect) record the sign-in for the user list's "last sign-in" (migration 0018). */
export async function recordSignIn(db: Db, userId: string): Promise<void> {
  await repo.stampLastSignIn(db, userId, new Date());
}
