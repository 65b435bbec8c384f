// Users and organisations: used by the CLI (`indsats users add`), demo seeding and sign-in.
import { AppError, type FieldErrors } from '../../../shared/errors.ts';
import { isRole, type Role } from '../../../shared/permissions.ts';
import { unsafeCharacterMessage } from '../../../shared/text-schemas.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../platform/auth/password.ts';
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

export async function createUser(db: Db, input: NewUser): Promise<{ id: string; username: string }> {
  const fields: FieldErrors = {};
  const username = normaliseUsername(input.username);
  if (!/^[a-z0-9._@-]{2,100}$/.test(username)) fields.username = 'validation.invalid';
  const unsafeName = unsafeCharacterMessage(input.displayName, 'name');
  if (!input.displayName.trim()) fields.displayName = 'validation.required';
  else if (unsafeName) fields.displayName = unsafeName.key;
  const roles = [...new Set(input.roles.map((r) => r.trim()).filter(Boolean))];
  if (roles.length === 0) fields.roles = 'user.roles_required';
  else if (!roles.every(isRole)) fields.roles = `Unknown role: ${roles.filter((r) => !isRole(r)).join(', ')}`;
  if (!input.password && !input.oidcSubject) fields.password = 'validation.required';
  if (input.password && !input.allowShortPassword && input.password.length < MIN_PASSWORD_LENGTH) {
    fields.password = `At least ${MIN_PASSWORD_LENGTH} characters`;
  }
  const organisation = await repo.findOrganisationByCode(db, input.organisationCode);
  if (!organisation) fields.organisation = 'user.unknown_organisation';
  if (Object.keys(fields).length > 0 || !organisation) {
    throw new AppError('VALIDATION_FAILED', 'validation.failed', {
      fields,
      params: unsafeName?.params ?? {},
    });
  }
  try {
    return await repo.insertUser(db, {
      organisationId: organisation.id,
      username,
      displayName: input.displayName.trim(),
      passwordHash: input.password ? await hashPassword(input.password) : null,
      roles: roles as Role[],
      oidcSubject: input.oidcSubject ?? null,
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new AppError('CONFLICT', 'user.duplicate_username', {
        fields: { username: 'user.duplicate_username' },
      });
    }
    throw error;
  }
}
