// The fair comparison's SQL: what a course's cell is read from (fairness.rules.ts decides the cell).
// Which courses count and succeed is read by the seed-2020 tables' own queries (outcome.repository.ts,
// grouped by course), so the two reports cannot disagree on who is in a denominator.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { unpackWeeklyCodes } from '../../platform/db/register-codes.ts';
import { selectTuples } from '../../platform/db/tuples.ts';
import { HISTORY_WEEKS, type WeekCodes } from './fairness.rules.ts';
import type { Period } from './outcome-tables.ts';

/** What a course's cell is made from. */
export interface CourseCaseMixFacts {
  startsOn: string;
  /** The citizen, so that a citizen's CPR number is decrypted once however many courses they had. */
  citizenId: string;
  /** The citizen's CPR number, encrypted: the birth date is read from it and nothing else. */
  cprEncrypted: Buffer;
  /**
   * The person's weeks from the 156th week before the start's week, as far as the extract holds them
   * (a slice of register_person.weekly_codes); null when the person is not in the register.
   */
  history: WeekCodes | null;
}

/**
 * Every course ending in any of the periods (the three tables' populations), by course id, with the
 * slice of its person's weekly codes that the benefit history reads: at most 156 weeks, so a person of
 * 1,800 weeks sends 312 bytes, not 3.6 kB.
 */
export async function loadCaseMixFacts(
  db: Db | Tx,
  periods: readonly Period[],
): Promise<Map<string, CourseCaseMixFacts>> {
  if (periods.length === 0) return new Map();
  const inPeriods = sql.join(
    periods.map((p) => sql`(c.ends_on BETWEEN ${p.from}::date AND ${p.to}::date)`),
    sql` OR `,
  );
  return loadHistorySlices(
    db,
    sql`SELECT c.id, c.starts_on AS on_day, ci.id AS citizen_id, ci.cpr_encrypted, ci.cpr_hash
          FROM course c JOIN citizen ci ON ci.id = c.citizen_id
         WHERE ${inPeriods}`,
  );
}

/** A referral of the selection watch, with what its cell is made from (as of the day it was referred). */
export interface ReferralFacts {
  id: string;
  providerId: string;
  status: 'pending' | 'accepted' | 'rejected' | 'withdrawn';
  /** Its course ended within `earlyDays` days of its start. */
  isEarlyEnd: boolean;
}

/** The referrals made in the period, and the case-mix facts of each as of its referral day, by id. */
export async function loadReferralFacts(
  db: Db | Tx,
  period: Period,
  earlyDays: number,
): Promise<{ referrals: ReferralFacts[]; facts: Map<string, CourseCaseMixFacts> }> {
  const rows = await selectTuples<[string, string, ReferralFacts['status'], boolean]>(
    db,
    sql`SELECT r.id, r.provider_id, r.status,
               coalesce(c.ends_on IS NOT NULL AND c.ends_on - c.starts_on <= ${earlyDays}::int, false) AS is_early_end
          FROM referral r LEFT JOIN course c ON c.referral_id = r.id
         WHERE r.referred_on BETWEEN ${period.from}::date AND ${period.to}::date`,
    ['id', 'providerId', 'status', 'isEarlyEnd'],
    ['id'],
  );
  const referrals = rows.map(([id, providerId, status, isEarlyEnd]) => ({
    id,
    providerId,
    status,
    isEarlyEnd,
  }));
  const facts = await loadHistorySlices(
    db,
    sql`SELECT r.id, r.referred_on AS on_day, ci.id AS citizen_id, ci.cpr_encrypted, ci.cpr_hash
          FROM referral r JOIN citizen ci ON ci.id = r.citizen_id
         WHERE r.referred_on BETWEEN ${period.from}::date AND ${period.to}::date`,
  );
  return { referrals, facts };
}

/**
 * For each row of `pop` (id, on_day, citizen_id, cpr_encrypted, cpr_hash): the day, the encrypted CPR number and
 * the slice of the person's weekly codes of the 156 weeks before the day's ISO week. Read as tuples
 * (platform/db/tuples.ts): a report reads one line per course of three periods.
 */
async function loadHistorySlices(
  db: Db | Tx,
  pop: RawBuilder<unknown>,
): Promise<Map<string, CourseCaseMixFacts>> {
  const query = sql`
    WITH base AS (${pop}),
    pop AS (
      SELECT base.id, base.on_day AS starts_on, base.citizen_id, base.cpr_encrypted, base.cpr_hash,
             base.on_day - (extract(isodow FROM base.on_day)::int - 1) - ${HISTORY_WEEKS * 7}::int AS window_monday
        FROM base),
    w AS (
      SELECT pop.id, pop.starts_on, pop.citizen_id, pop.cpr_encrypted, rp.first_week_monday, rp.weekly_codes,
             greatest((pop.window_monday - rp.first_week_monday) / 7, 0) AS lo,
             least((pop.window_monday - rp.first_week_monday) / 7 + ${HISTORY_WEEKS}::int,
                   length(rp.weekly_codes) / 2) AS hi
        FROM pop LEFT JOIN register_person rp ON rp.person_hash = pop.cpr_hash)
    SELECT id AS course_id, starts_on, citizen_id, encode(cpr_encrypted, 'base64') AS cpr,
           first_week_monday IS NOT NULL AS in_register,
           first_week_monday + 7 * lo AS slice_monday,
           CASE WHEN hi > lo THEN encode(substring(weekly_codes FROM 2 * lo + 1 FOR 2 * (hi - lo)), 'hex') END AS codes
      FROM w`;
  const rows = await selectTuples<[string, string, string, string, boolean, string | null, string | null]>(
    db,
    query,
    ['courseId', 'startsOn', 'citizenId', 'cpr', 'inRegister', 'sliceMonday', 'codes'],
  );
  return new Map(
    rows.map(([courseId, startsOn, citizenId, cpr, inRegister, sliceMonday, codes]) => [
      courseId,
      {
        startsOn,
        citizenId,
        cprEncrypted: Buffer.from(cpr, 'base64'),
        history: inRegister
          ? {
              firstWeekMonday: sliceMonday!,
              weeklyCodes: codes ? unpackWeeklyCodes(Buffer.from(codes, 'hex')) : [],
            }
          : null,
      },
    ]),
  );
}
