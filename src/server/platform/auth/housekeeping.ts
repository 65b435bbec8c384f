// Data minimisation for sign-in data: ended sessions, sign-in attempts older than a day (the rate
// limit looks back 15 minutes) and abandoned single sign-on attempts are deleted.
import type { Db } from '../db/client.ts';
import { purgeExpiredOidcLogins } from './oidc.ts';
import { deleteExpiredSessions } from './session.ts';

const ATTEMPTS_KEPT_HOURS = 24;

export async function housekeep(db: Db, now = new Date()): Promise<{ sessions: number; attempts: number }> {
  const sessions = await deleteExpiredSessions(db);
  const attempts = await db
    .deleteFrom('loginAttempt')
    .where('attemptedAt', '<', new Date(now.getTime() - ATTEMPTS_KEPT_HOURS * 3_600_000))
    .executeTakeFirst();
  await purgeExpiredOidcLogins(db);
  return { sessions, attempts: Number(attempts.numDeletedRows) };
}
