// Login rate limiting, stored in the database so all instances count together.
// Per username: 5 failures in 15 minutes lock further tries until the oldest failure ages out.
// Per client address: 30 failures in 15 minutes (guessing across many usernames).
import type { Db } from '../db/client.ts';

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 30;

export interface RateLimitVerdict {
  allowed: boolean;
  retryAfterMinutes: number;
}

async function failuresSince(
  db: Db,
  column: 'username' | 'ip',
  value: string,
  since: Date,
): Promise<{ count: number; oldest: Date | null }> {
  const row = await db
    .selectFrom('loginAttempt')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.min<Date | null>('attemptedAt').as('oldest'),
    ])
    .where(column, '=', value)
    .where('succeeded', '=', false)
    .where('attemptedAt', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), oldest: row.oldest ? new Date(row.oldest) : null };
}

export async function checkLoginRate(
  db: Db,
  username: string,
  ip: string,
  now = new Date(),
): Promise<RateLimitVerdict> {
  const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const lastSuccess = await db
    .selectFrom('loginAttempt')
    .select((eb) => eb.fn.max<Date | null>('attemptedAt').as('at'))
    .where('username', '=', username)
    .where('succeeded', '=', true)
    .executeTakeFirst();
  // A successful sign-in clears the username's earlier failures.
  const since =
    lastSuccess?.at && new Date(lastSuccess.at) > windowStart ? new Date(lastSuccess.at) : windowStart;
  for (const [column, value, limit, from] of [
    ['username', username, MAX_FAILURES_PER_USERNAME, since],
    ['ip', ip, MAX_FAILURES_PER_IP, windowStart],
  ] as const) {
    const { count, oldest } = await failuresSince(db, column, value, from);
    if (count >= limit && oldest) {
      const unlockAt = oldest.getTime() + WINDOW_MINUTES * 60_000;
      return {
        allowed: false,
        retryAfterMinutes: Math.max(1, Math.ceil((unlockAt - now.getTime()) / 60_000)),
      };
    }
  }
  return { allowed: true, retryAfterMinutes: 0 };
}

export async function recordLoginAttempt(
  db: Db,
  username: string,
  ip: string,
  succeeded: boolean,
): Promise<void> {
  await db.insertInto('loginAttempt').values({ username, ip, succeeded }).execute();
}
