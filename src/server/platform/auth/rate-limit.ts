// Sign-in limits, stored in the database so all instances count together (docs/security.md, "Sign-in
// limits"). An attempt reserves its row before the password is checked, under an advisory lock per
// username and per address, and an attempt in flight counts against the limit until it is settled: so
// parallel requests cannot all pass the check, and at most MAX_FAILURES_PER_USERNAME wrong passwords
// are ever checked for a username in the window (issue 10, defect 5).
//
// Pools (issue 10, defect 6; OWASP device cookies):
// - a trusted browser (a valid device cookie for the username): its own failures, 5 per window;
// - every other client: the username's failures from untrusted clients, 5 per window, then refused
//   without a password check until the oldest failure ages out;
// - an address with 30 failures in the window gets no password check for usernames that do not exist
//   (the same answer, no argon2 work), but a real user at that address is not locked out by it.
import { sql } from 'kysely';
import type { Db } from '../db/client.ts';

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_DEVICE = 5;
export const MAX_FAILURES_PER_IP = 30;
// A reservation older than this belonged to a request that died: it counts as a failure. So an attempt
// waiting for others in flight waits this long at most, without a deadline of its own that a slow
// machine could miss.
const IN_FLIGHT_MS = 60_000;
const MAX_PAUSE_MS = 250;

export type Reservation =
  | {
      kind: 'reserved';
      attemptId: number;
      /** False at a flagged address for a username that cannot sign in: refuse without argon2. */
      checkPassword: boolean;
      /** The attempt counts in the trusted browser's own pool. */
      trusted: boolean;
    }
  | { kind: 'refused'; retryAfterMinutes: number };

export interface AttemptInput {
  username: string;
  ip: string;
  /** The device id of a valid device cookie for this username (device-cookie.ts). */
  device: string | undefined;
  /** The username belongs to an active user with a password. */
  isKnownUser: boolean;
}

interface PoolCount {
  failures: number;
  inFlight: number;
  oldestFailure: Date | null;
}

async function countPool(
  tx: Db,
  pool: { username: string; device: string | null } | { ip: string },
  since: Date,
  now: Date,
): Promise<PoolCount> {
  const inFlightFrom = new Date(now.getTime() - IN_FLIGHT_MS);
  const failed = sql<boolean>`(succeeded = false OR (succeeded IS NULL AND attempted_at <= ${inFlightFrom}))`;
  let query = tx
    .selectFrom('loginAttempt')
    .select([
      sql<number>`count(*) FILTER (WHERE ${failed})`.as('failures'),
      sql<number>`count(*) FILTER (WHERE succeeded IS NULL AND attempted_at > ${inFlightFrom})`.as(
        'inFlight',
      ),
      sql<Date | null>`min(attempted_at) FILTER (WHERE ${failed})`.as('oldestFailure'),
    ])
    .where('attemptedAt', '>', since);
  if ('ip' in pool) query = query.where('ip', '=', pool.ip);
  else {
    query = query.where('username', '=', pool.username);
    query =
      pool.device === null ? query.where('device', 'is', null) : query.where('device', '=', pool.device);
  }
  const row = await query.executeTakeFirstOrThrow();
  return {
    failures: Number(row.failures),
    inFlight: Number(row.inFlight),
    oldestFailure: row.oldestFailure ? new Date(row.oldestFailure) : null,
  };
}

/** Serialises reservations for one key across connections and instances until the transaction ends. */
async function lockKey(tx: Db, key: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`indsats.login.${key}`}, 0))`.execute(tx);
}

async function insertAttempt(tx: Db, input: AttemptInput, device: string | null, now: Date) {
  const row = await tx
    .insertInto('loginAttempt')
    .values({ username: input.username, ip: input.ip, device, succeeded: null, attemptedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function minutesUntil(oldestFailure: Date | null, now: Date): number {
  const unlockAt = (oldestFailure ?? now).getTime() + WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((unlockAt - now.getTime()) / 60_000));
}

async function reserveOnce(tx: Db, input: AttemptInput, now: Date): Promise<Reservation | 'busy'> {
  // Always username before address, so two reservations never wait for each other in a cycle.
  await lockKey(tx, `user:${input.username}`);
  await lockKey(tx, `ip:${input.ip}`);
  const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);

  if (input.device) {
    const pool = await countPool(tx, { username: input.username, device: input.device }, windowStart, now);
    if (pool.failures < MAX_FAILURES_PER_DEVICE) {
      if (pool.failures + pool.inFlight >= MAX_FAILURES_PER_DEVICE) return 'busy';
      const attemptId = await insertAttempt(tx, input, input.device, now);
      return { kind: 'reserved', attemptId, checkPassword: true, trusted: true };
    }
    // A trusted browser past its own limit is treated like any other client.
  }

  // A sign-in from an untrusted client clears that pool's earlier failures; one from a trusted browser
  // does not, so the account holder signing in does not give someone guessing elsewhere new tries.
  const lastSuccess = await tx
    .selectFrom('loginAttempt')
    .select((eb) => eb.fn.max<Date | null>('attemptedAt').as('at'))
    .where('username', '=', input.username)
    .where('device', 'is', null)
    .where('succeeded', '=', true)
    .where('attemptedAt', '>', windowStart)
    .executeTakeFirst();
  const since = lastSuccess?.at ? new Date(lastSuccess.at) : windowStart;
  const pool = await countPool(tx, { username: input.username, device: null }, since, now);
  if (pool.failures >= MAX_FAILURES_PER_USERNAME) {
    return { kind: 'refused', retryAfterMinutes: minutesUntil(pool.oldestFailure, now) };
  }
  if (pool.failures + pool.inFlight >= MAX_FAILURES_PER_USERNAME) return 'busy';

  const address = await countPool(tx, { ip: input.ip }, windowStart, now);
  const isFlagged = address.failures + address.inFlight >= MAX_FAILURES_PER_IP;
  const attemptId = await insertAttempt(tx, input, null, now);
  return { kind: 'reserved', attemptId, checkPassword: input.isKnownUser || !isFlagged, trusted: false };
}

/**
 * Reserves a sign-in attempt, or refuses it (HTTP 429). Attempts over the limit only because others for
 * the same pool are still being checked wait for those to settle: many correct sign-ins at once all pass.
 */
export async function reserveLoginAttempt(db: Db, input: AttemptInput): Promise<Reservation> {
  // Backing off: a flood of parallel guesses polls for about one password check, then is refused.
  for (let pause = 10; ; pause = Math.min(pause * 2, MAX_PAUSE_MS)) {
    const result = await db.transaction().execute((tx) => reserveOnce(tx, input, new Date()));
    if (result !== 'busy') return result;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** Records the outcome of a reserved attempt: true when the password was right. */
export async function settleLoginAttempt(db: Db, attemptId: number, succeeded: boolean): Promise<void> {
  await db.updateTable('loginAttempt').set({ succeeded }).where('id', '=', attemptId).execute();
}
