// Sign-in and sign-out. Sign-in attempts are counted for the sign-in limits (rate-limit.ts) and written
// to the audit trail (who tried which username, when), never with the password.
import { AppError } from '../../../shared/errors.ts';
import type { Me } from '../../../shared/auth/auth.schemas.ts';
import { permissionsOf } from '../../../shared/permissions.ts';
import { findUserForLogin } from '../../modules/organisations/organisation.repository.ts';
import { normaliseUsername, recordSignIn } from '../../modules/organisations/user.service.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Actor } from '../context.ts';
import type { Config } from '../config/config.ts';
import type { Keys } from '../crypto/keys.ts';
import type { Db } from '../db/client.ts';
import { issueDeviceCookie, trustedDeviceId } from './device-cookie.ts';
import { MIN_PASSWORD_LENGTH, verifyPassword } from './password.ts';
import { reserveLoginAttempt, settleLoginAttempt } from './rate-limit.ts';
import { createSession, deleteSession, resolveSession } from './session.ts';

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

async function auditSignIn(
  db: Db,
  action: 'login' | 'login_failed' | 'logout',
  user: { id: string | null; username: string; organisationId: string | null },
  requestId: string,
  criteria: Record<string, unknown> | null = null,
) {
  await db.transaction().execute((tx) =>
    recordAudit(
      tx,
      { userId: user.id, username: user.username, organisationId: user.organisationId },
      requestId,
      {
        action,
        entityType: 'session',
        criteria,
      },
    ),
  );
}

/** Opens a session for a user already identified (password or OpenID Connect). */
export async function startSession(
  db: Db,
  userId: string,
  hours: number,
  requestId: string,
  method: string,
): Promise<LoginResult> {
  const session = await createSession(db, userId, hours);
  const resolved = await resolveSession(db, session.token);
  if (!resolved) throw new AppError('UNAUTHENTICATED', 'auth.user_inactive');
  // Both ways in (password, OpenID Connect) pass here: the user list's "last sign-in" (migration 0018).
  await recordSignIn(db, userId);
  await auditSignIn(
    db,
    'login',
    { id: userId, username: resolved.actor.username, organisationId: resolved.actor.organisationId },
    requestId,
    { method },
  );
  return { ...session, actor: resolved.actor };
}

export interface PasswordLogin {
  username: string;
  password: string;
  ip: string;
  /** The request's device cookie, if any (device-cookie.ts). */
  deviceCookie: string | undefined;
  requestId: string;
  sessionHours: number;
  env: Config['env'];
  /** Where the refusal of a demo account in production is logged for the operator. */
  warn: (details: Record<string, unknown>, message: string) => void;
}

/** A session, and a new device cookie for the browser that proved the password. */
export type PasswordLoginResult = LoginResult & { deviceCookie: string };

export async function loginWithPassword(
  db: Db,
  keys: Keys,
  input: PasswordLogin,
): Promise<PasswordLoginResult> {
  const username = normaliseUsername(input.username);
  const user = await findUserForLogin(db, username);
  const canSignIn = Boolean(user?.isActive && user.passwordHash);
  const reservation = await reserveLoginAttempt(db, {
    username,
    ip: input.ip,
    device: trustedDeviceId(keys, input.deviceCookie, username),
    isKnownUser: canSignIn,
  });
  if (reservation.kind === 'refused') {
    throw new AppError('RATE_LIMITED', 'auth.rate_limited', {
      params: { minutes: reservation.retryAfterMinutes },
    });
  }
  // At an address flagged for guessing, a username that cannot sign in costs no argon2 work.
  const passwordOk =
    reservation.checkPassword && (await verifyPassword(user?.passwordHash ?? null, input.password));
  await settleLoginAttempt(db, reservation.attemptId, Boolean(user && canSignIn && passwordOk));
  if (!user || !canSignIn || !passwordOk) {
    await auditSignIn(
      db,
      'login_failed',
      { id: user?.id ?? null, username, organisationId: user?.organisationId ?? null },
      input.requestId,
    );
    throw new AppError('UNAUTHENTICATED', 'auth.invalid_credentials');
  }
  // Only the demo seed creates accounts with a password under the minimum length (allowShortPassword):
  // such an account in a production database was seeded before it went into production.
  if (input.env === 'production' && input.password.length < MIN_PASSWORD_LENGTH) {
    input.warn(
      { username, event: 'demo_account_refused' },
      'Sign-in with a demo account refused in production: deactivate or delete the demo users',
    );
    await auditSignIn(
      db,
      'login_failed',
      { id: user.id, username, organisationId: user.organisationId },
      input.requestId,
      {
        reason: 'demo_account_in_production',
      },
    );
    throw new AppError('FORBIDDEN', 'auth.demo_account_in_production');
  }
  const session = await startSession(db, user.id, input.sessionHours, input.requestId, 'password');
  return { ...session, deviceCookie: issueDeviceCookie(keys, username) };
}

export async function logout(db: Db, token: string, actor: Actor, requestId: string): Promise<void> {
  await deleteSession(db, token);
  await auditSignIn(
    db,
    'logout',
    { id: actor.userId, username: actor.username, organisationId: actor.organisationId },
    requestId,
  );
}

export function describeActor(actor: Actor, csrfToken: string): Me {
  return {
    user: { id: actor.userId, username: actor.username, displayName: actor.displayName, roles: actor.roles },
    organisation: { id: actor.organisationId, name: actor.organisationName, kind: actor.organisationKind },
    permissions: [...permissionsOf(actor.roles)],
    csrfToken,
  };
}
