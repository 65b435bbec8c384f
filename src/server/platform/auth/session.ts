// Database-backed sessions: any server instance can resolve a cookie issued by another.
import crypto from 'node:crypto';
import type { Role } from '../../../shared/permissions.ts';
import type { Actor } from '../context.ts';
import type { Db } from '../db/client.ts';
import { compiledQuery } from '../db/compiled-query.ts';

export const SESSION_COOKIE = 'indsats_session';
export const CSRF_COOKIE = 'indsats_csrf';
export const CSRF_HEADER = 'x-csrf-token';
/** A session unused this long ends, whatever its absolute expiry. */
export const IDLE_MINUTES = 60;
const TOUCH_EVERY_MS = 60_000;

export function randomToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

function hashToken(token: string): Buffer {
  return crypto.createHash('sha256').update(token).digest();
}

export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
}

export async function createSession(
  db: Db,
  userId: string,
  hours: number,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + hours * 3_600_000);
  await db
    .insertInto('userSession')
    .values({ tokenHash: hashToken(token), userId, csrfToken, expiresAt })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** Compiled once (compiled-query.ts): it runs before every signed-in request. */
const sessionByTokenHash = compiledQuery((db, p: { tokenHash: Buffer }) =>
  db
    .selectFrom('userSession as s')
    .innerJoin('appUser as u', 'u.id', 's.userId')
    .innerJoin('organisation as o', 'o.id', 'u.organisationId')
    .select([
      's.csrfToken',
      's.expiresAt',
      's.lastSeenAt',
      'u.id as userId',
      'u.username',
      'u.displayName',
      'u.roles',
      'u.isActive',
      'o.id as organisationId',
      'o.kind as organisationKind',
      'o.name as organisationName',
    ])
    .where('s.tokenHash', '=', p.tokenHash),
);

export async function resolveSession(db: Db, token: string): Promise<SessionInfo | undefined> {
  const tokenHash = hashToken(token);
  const [row] = (await sessionByTokenHash(db, { tokenHash })).rows;
  if (!row) return undefined;
  const now = Date.now();
  if (
    !row.isActive ||
    row.expiresAt.getTime() <= now ||
    row.lastSeenAt.getTime() + IDLE_MINUTES * 60_000 <= now
  ) {
    await db.deleteFrom('userSession').where('tokenHash', '=', tokenHash).execute();
    return undefined;
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db
      .updateTable('userSession')
      .set({ lastSeenAt: new Date(now) })
      .where('tokenHash', '=', tokenHash)
      .execute();
  }
  return {
    csrfToken: row.csrfToken,
    actor: {
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      organisationId: row.organisationId,
      organisationKind: row.organisationKind,
      organisationName: row.organisationName,
      roles: row.roles as Role[],
    },
  };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('userSession').where('tokenHash', '=', hashToken(token)).execute();
}

/**
 * Ends every session of a user (deactivated, password reset), or every one but `keepToken`'s (the user
 * changed their own password in that session). Returns how many ended.
 */
export async function deleteUserSessions(db: Db, userId: string, keepToken?: string): Promise<number> {
  let query = db.deleteFrom('userSession').where('userId', '=', userId);
  if (keepToken) query = query.where('tokenHash', '!=', hashToken(keepToken));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db): Promise<number> {
  const idleCutoff = new Date(Date.now() - IDLE_MINUTES * 60_000);
  const result = await db
    .deleteFrom('userSession')
    .where((eb) => eb.or([eb('expiresAt', '<=', new Date()), eb('lastSeenAt', '<=', idleCutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Constant-time comparison of CSRF tokens. */
export function tokensMatch(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
