import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages.ts';
import type { Actor, Ctx } from '../../platform/context.ts';
import { startSession } from '../../platform/auth/auth.service.ts';
import { createSession, resolveSession } from '../../platform/auth/session.ts';
import { verifyPassword } from '../../platform/auth/password.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { ctxFor, insertOrganisation, insertUser, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import {
  changeOwnPassword,
  createUserByAdmin,
  getUserForAdmin,
  listUsersForAdmin,
  resetUserPassword,
  setUserActive,
  updateUserByAdmin,
} from './user-admin.service.ts';

let database: TestDatabase;
let administration: Awaited<ReturnType<typeof insertOrganisation>>;
let jobCentre: Awaited<ReturnType<typeof insertOrganisation>>;
let admin: Actor;
let ctx: Ctx;

beforeAll(async () => {
  database = await createTestDatabase();
  administration = await insertOrganisation(database.db, 'administration');
  jobCentre = await insertOrganisation(database.db, 'job_centre');
  admin = await insertUser(database.db, administration, ['admin']);
  ctx = ctxFor(database.db, testKeys(), admin);
});
afterAll(() => database?.close());

let counter = 0;
function newUser(overrides: Partial<Parameters<typeof createUserByAdmin>[1]> = {}) {
  counter += 1;
  return createUserByAdmin(ctx, {
    username: `sagsbehandler${counter}`,
    displayName: `Syntetisk Sagsbehandler ${counter}`,
    organisationId: jobCentre.id,
    roles: ['caseworker'],
    withPassword: true,
    ...overrides,
  });
}

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

function auditRows(userId: string) {
  return database.db
    .selectFrom('auditEvent')
    .select(['action', 'actorUsername', 'criteria', 'requestId'])
    .where('entityType', '=', 'user')
    .where('entityId', '=', userId)
    .orderBy('seq')
    .execute();
}

function danish(error: AppError, field: string): string {
  return translate('da', error.fields![field]!, error.params);
}

describe('createUserByAdmin', () => {
  it('creates a user with a generated strong password, answered once and audited without it', async () => {
    const { user, password } = await newUser();
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(user).toMatchObject({
      displayName: `Syntetisk Sagsbehandler ${counter}`,
      roles: ['caseworker'],
      organisation: { id: jobCentre.id, kind: 'job_centre' },
      isActive: true,
      hasPassword: true,
      oidcSubject: null,
      lastSignInAt: null,
    });
    const stored = await database.db
      .selectFrom('appUser')
      .select('passwordHash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(stored.passwordHash, password!)).toBe(true);
    const rows = await auditRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'create',
      actorUsername: admin.username,
      requestId: ctx.requestId,
    });
    expect(rows[0]!.criteria).toMatchObject({ password: 'generated', roles: ['caseworker'] });
    expect(JSON.stringify(rows[0]!.criteria)).not.toContain(password);
  });

  it('creates a single sign-on user without a password', async () => {
    const { user, password } = await newUser({ withPassword: false, oidcSubject: 'oidc-syntetisk-1' });
    expect(password).toBeNull();
    expect(user).toMatchObject({ hasPassword: false, oidcSubject: 'oidc-syntetisk-1' });
  });

  it('refuses a user with neither a password nor an OpenID Connect subject', async () => {
    const error = await failure(newUser({ withPassword: false }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(danish(error, 'oidcSubject')).toBe(
      'Giv brugeren en adgangskode eller et OpenID Connect-subjekt, så brugeren kan logge ind.',
    );
  });

  it('names each wrong field: unknown organisation, unknown role, empty name', async () => {
    const error = await failure(
      newUser({ organisationId: crypto.randomUUID(), roles: ['wizard'], displayName: ' ' }),
    );
    expect(danish(error, 'organisationId')).toBe('Organisationen findes ikke.');
    expect(danish(error, 'roles')).toBe('Ukendt rolle: wizard.');
    expect(danish(error, 'displayName')).toBe('Feltet skal udfyldes.');
  });

  it('refuses a username or an OpenID Connect subject already in use, on its field', async () => {
    const { user } = await newUser({ oidcSubject: 'oidc-syntetisk-dublet' });
    const username = await failure(newUser({ username: user.username }));
    expect(username).toMatchObject({ code: 'CONFLICT', fields: { username: 'user.duplicate_username' } });
    const subject = await failure(newUser({ oidcSubject: 'oidc-syntetisk-dublet' }));
    expect(subject).toMatchObject({
      code: 'CONFLICT',
      fields: { oidcSubject: 'user.duplicate_oidc_subject' },
    });
  });
});

describe('updateUserByAdmin', () => {
  it('changes name, roles, organisation and subject, and audits what changed (not the subject)', async () => {
    const { user } = await newUser();
    const updated = await updateUserByAdmin(ctx, user.id, {
      displayName: 'Syntetisk Analytiker',
      organisationId: administration.id,
      roles: ['analyst', 'procurement'],
      oidcSubject: 'oidc-hemmeligt-subjekt',
    });
    expect(updated).toMatchObject({
      displayName: 'Syntetisk Analytiker',
      roles: ['analyst', 'procurement'],
      organisation: { id: administration.id },
      oidcSubject: 'oidc-hemmeligt-subjekt',
    });
    const rows = await auditRows(user.id);
    expect(rows.at(-1)).toMatchObject({
      action: 'update',
      criteria: {
        changes: {
          displayName: { to: 'Syntetisk Analytiker' },
          roles: { from: ['caseworker'], to: ['analyst', 'procurement'] },
          organisation: { from: jobCentre.code, to: administration.code },
          oidcSubject: 'changed',
        },
      },
    });
    expect(JSON.stringify(rows.at(-1)!.criteria)).not.toContain('oidc-hemmeligt-subjekt');
  });

  it('writes no audit row when nothing changed', async () => {
    const { user } = await newUser();
    const before = (await auditRows(user.id)).length;
    await updateUserByAdmin(ctx, user.id, {
      displayName: user.displayName,
      organisationId: user.organisation.id,
      roles: ['caseworker'],
      oidcSubject: null,
    });
    expect(await auditRows(user.id)).toHaveLength(before);
  });

  it('answers NOT_FOUND for an unknown user', async () => {
    const error = await failure(getUserForAdmin(ctx, crypto.randomUUID()));
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('the last active administrator', () => {
  it('keeps the admin role while no other active user has it, and gives it up once one does', async () => {
    const input = {
      displayName: admin.displayName,
      organisationId: administration.id,
      roles: ['analyst'],
      oidcSubject: null,
    };
    const error = await failure(updateUserByAdmin(ctx, admin.userId, input));
    expect(error.code).toBe('INVALID_STATE');
    expect(translate('da', error.message, error.params)).toBe(
      `${admin.username} er den sidste aktive administrator og skal beholde rollen administrator. Giv først en anden aktiv bruger rollen.`,
    );
    expect(error.fields).toEqual({ roles: 'user.last_admin_role' });

    // A second admin who is deactivated does not count.
    const { user: second } = await newUser({ roles: ['admin'], organisationId: administration.id });
    await setUserActive(ctx, second.id, false);
    expect((await failure(updateUserByAdmin(ctx, admin.userId, input))).code).toBe('INVALID_STATE');

    await setUserActive(ctx, second.id, true);
    const secondCtx = ctxFor(database.db, ctx.keys, {
      ...admin,
      userId: second.id,
      username: second.username,
    });
    // With two active admins one may give up the role; the other is then the last and stays active.
    expect(
      await updateUserByAdmin(secondCtx, second.id, { ...input, displayName: 'Anden Admin' }),
    ).toMatchObject({ roles: ['analyst'] });
    const last = await failure(setUserActive(secondCtx, admin.userId, false));
    expect(last.message).toBe('user.last_admin_deactivate');
  });

  it('refuses that an administrator deactivates themselves', async () => {
    const error = await failure(setUserActive(ctx, admin.userId, false));
    expect(error.code).toBe('INVALID_STATE');
    expect(translate('en', error.message)).toBe('You cannot deactivate yourself. Ask another administrator.');
  });
});

describe('deactivating and reactivating', () => {
  it("ends a deactivated user's sessions, and lets a reactivated one sign in again", async () => {
    const { user } = await newUser();
    const session = await createSession(database.db, user.id, 8);
    const deactivated = await setUserActive(ctx, user.id, false);
    expect(deactivated.isActive).toBe(false);
    expect(await resolveSession(database.db, session.token)).toBeUndefined();
    const sessions = await database.db
      .selectFrom('userSession')
      .select('userId')
      .where('userId', '=', user.id)
      .execute();
    expect(sessions).toEqual([]);
    expect((await auditRows(user.id)).at(-1)).toMatchObject({
      action: 'update',
      criteria: { change: 'deactivate', endedSessions: 1 },
    });

    expect((await setUserActive(ctx, user.id, true)).isActive).toBe(true);
    const again = await createSession(database.db, user.id, 8);
    expect(await resolveSession(database.db, again.token)).toBeDefined();
    expect((await auditRows(user.id)).at(-1)!.criteria).toMatchObject({ change: 'reactivate' });
  });

  it('lists users with their last sign-in, set when a session starts', async () => {
    const { user } = await newUser();
    const find = async () => (await listUsersForAdmin(ctx)).items.find((u) => u.id === user.id)!;
    expect((await find()).lastSignInAt).toBeNull();
    await startSession(database.db, user.id, 8, 'request-1', 'password');
    const listed = await find();
    expect(listed.lastSignInAt).not.toBeNull();
    // Set at the sign-in, so not before the user existed (no wall-clock limit: a busy machine is slow).
    expect(Date.parse(listed.lastSignInAt!)).toBeGreaterThanOrEqual(Date.parse(listed.createdAt));
  });
});

describe('resetUserPassword', () => {
  it('sets a new password the old one no longer opens, and ends the sessions', async () => {
    const { user, password: first } = await newUser();
    const session = await createSession(database.db, user.id, 8);
    const { password } = await resetUserPassword(ctx, user.id);
    expect(password).not.toBe(first);
    const stored = await database.db
      .selectFrom('appUser')
      .select('passwordHash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(stored.passwordHash, password!)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, first!)).toBe(false);
    expect(await resolveSession(database.db, session.token)).toBeUndefined();
    const row = (await auditRows(user.id)).at(-1)!;
    expect(row.criteria).toEqual({ change: 'password_reset', endedSessions: 1 });
    expect(JSON.stringify(row.criteria)).not.toContain(password);
  });

  it("refuses to reset the administrator's own password", async () => {
    const error = await failure(resetUserPassword(ctx, admin.userId));
    expect(error.message).toBe('user.reset_self');
  });
});

describe('changeOwnPassword', () => {
  async function signedInUser() {
    const { user, password } = await newUser();
    const actor: Actor = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      organisationId: jobCentre.id,
      organisationKind: 'job_centre',
      organisationName: jobCentre.name,
      roles: ['caseworker'],
    };
    return { user, password: password!, ctx: ctxFor(database.db, ctx.keys, actor) };
  }

  it('refuses a wrong current password and a short new one, on their fields', async () => {
    const own = await signedInUser();
    const wrong = await failure(
      changeOwnPassword(own.ctx, { currentPassword: 'forkert', newPassword: TEST_PASSWORD }, undefined),
    );
    expect(danish(wrong, 'currentPassword')).toBe('Den nuværende adgangskode er forkert.');
    const short = await failure(
      changeOwnPassword(own.ctx, { currentPassword: own.password, newPassword: 'kort' }, undefined),
    );
    expect(danish(short, 'newPassword')).toBe('Adgangskoden skal have mindst 12 tegn.');
  });

  it('changes the password, keeps the session in use and ends the others', async () => {
    const own = await signedInUser();
    const current = await createSession(database.db, own.user.id, 8);
    const other = await createSession(database.db, own.user.id, 8);
    const result = await changeOwnPassword(
      own.ctx,
      { currentPassword: own.password, newPassword: 'et nyt langt kodeord' },
      current.token,
    );
    expect(result).toEqual({ ok: true, endedSessions: 1 });
    expect(await resolveSession(database.db, current.token)).toBeDefined();
    expect(await resolveSession(database.db, other.token)).toBeUndefined();
    const stored = await database.db
      .selectFrom('appUser')
      .select('passwordHash')
      .where('id', '=', own.user.id)
      .executeTakeFirstOrThrow();
    expect(await verifyPassword(stored.passwordHash, 'et nyt langt kodeord')).toBe(true);
    const row = (await auditRows(own.user.id)).at(-1)!;
    expect(row).toMatchObject({ action: 'update', actorUsername: own.user.username });
    expect(JSON.stringify(row.criteria)).not.toContain('kodeord');
  });

  it('refuses a single sign-on user, who has no password here', async () => {
    const { user } = await newUser({ withPassword: false, oidcSubject: 'oidc-syntetisk-egen' });
    const error = await failure(
      changeOwnPassword(
        ctxFor(database.db, ctx.keys, { ...admin, userId: user.id, username: user.username }),
        { currentPassword: 'x', newPassword: TEST_PASSWORD },
        undefined,
      ),
    );
    expect(error.message).toBe('user.no_local_password');
  });
});
