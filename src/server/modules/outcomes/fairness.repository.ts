// The fair comparison's SQL: what a course's cell is read from (fairness.rules.ts decides the cell).
// Which courses count and succeed is read by the seed-2020 tables' own queries (outcome.repository.ts,
// grouped by course), so the two reports cannot disagree on who is in a denominator.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { unpackWeeklyCodes, type BenefitCodes } from '../../platform/db/register-codes.ts';
import { selectTuples } from '../../platform/db/tuples.ts';
import { benefitWeeksBefore, HISTORY_WEEKS } from './fairness.rules.ts';
import type { Period } from './outcome-tables.ts';

/** What a course's cell is made from. */
export interface CourseCaseMixFacts {
  startsOn: string;
  /**
   * The citizen's CPR number, encrypted (base64 of citizen.cpr_encrypted): the birth date is read from it
   * and nothing else. The same citizen's courses carry the same text, so it is decrypted once.
   */
  cpr: string;
  /**
   * The weeks with a benefit code in the 156 weeks before the start's week (benefitWeeksBefore); null
   * when the person is not in the register or the extract lacks any of those weeks.
   */
  benefitWeeks: number | null;
}

/** Every course ending in any of the periods (the three tables' populations), by course id. */
export async function loadCaseMixFacts(
  db: Db | Tx,
  periods: readonly Period[],
  benefitCodes: BenefitCodes,
): Promise<Map<string, CourseCaseMixFacts>> {
  if (periods.length === 0) return new Map();
  const inPeriods = sql.join(
    periods.map((p) => sql`(c.ends_on BETWEEN ${p.from}::date AND ${p.to}::date)`),
    sql` OR `,
  );
  return loadHistorySlices(
    db,
    sql`SELECT c.id, c.starts_on AS on_day, ci.cpr_encrypted, ci.cpr_hash
          FROM course c JOIN citizen ci ON ci.id = c.citizen_id
         WHERE ${inPeriods}`,
    benefitCodes,
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
  benefitCodes: BenefitCodes,
): Promise<{ referrals: ReferralFacts[]; facts: Map<string, CourseCaseMixFacts> }> {
  const rows = await selectTuples<[string, string, ReferralFacts['status'], boolean]>(
    db,
    sql`SELECT r.id, r.provider_id, r.status,
               coalesce(c.ends_on IS NOT NULL AND c.ends_on - c.starts_on <= ${earlyDays}::int, false) AS is_early_end
          FROM referral r LEFT JOIN course c ON c.referral_id = r.id
         WHERE r.referred_on BETWEEN ${period.from}::date AND ${period.to}::date`,
    { id: 'text', providerId: 'text', status: 'text', isEarlyEnd: 'bool' },
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
    sql`SELECT r.id, r.referred_on AS on_day, ci.cpr_encrypted, ci.cpr_hash
          FROM referral r JOIN citizen ci ON ci.id = r.citizen_id
         WHERE r.referred_on BETWEEN ${period.from}::date AND ${period.to}::date`,
    benefitCodes,
  );
  return { referrals, facts };
}

/** The population's rows with each day's 156-week window: from its ISO week's Monday, 156 weeks back. */
function windowsOf(pop: RawBuilder<unknown>) {
  return sql`
    SELECT base.id, base.on_day AS starts_on, base.cpr_encrypted, base.cpr_hash,
           base.on_day - (extract(isodow FROM base.on_day)::int - 1) - ${HISTORY_WEEKS * 7}::int AS window_monday
      FROM (${pop}) AS base`;
}

/**
 * For each row of `pop` (id, on_day, cpr_encrypted, cpr_hash): the day, the encrypted CPR number and the
 * person's benefit weeks in the 156 weeks before the day's ISO week. A person whose bits are of the
 * codebook's key (register_person.benefit_weeks, migration 0030) is counted by the database with
 * bit_count, reading no codes; the others (none once the imports have run) are read by a second query as
 * the slice of their weekly codes and counted by benefitWeeksBefore (fairness-history.db.test.ts holds
 * the two to the same answers). Read as tuples (platform/db/tuples.ts): one line per course of three periods.
 */
async function loadHistorySlices(
  db: Db | Tx,
  pop: RawBuilder<unknown>,
  benefitCodes: BenefitCodes,
): Promise<Map<string, CourseCaseMixFacts>> {
  const key = benefitCodes.key;
  const rows = await selectTuples<[string, string, string, boolean, boolean, number | null]>(
    db,
    sql`
      SELECT w.id, w.starts_on, encode(w.cpr_encrypted, 'base64') AS cpr,
             rp.first_week_monday IS NOT NULL AS in_register,
             coalesce(rp.benefit_key = ${key}, false) AS fresh,
             CASE WHEN rp.benefit_key = ${key} AND w.window_monday >= rp.first_week_monday
                   AND (w.window_monday - rp.first_week_monday) / 7 + ${HISTORY_WEEKS}::int <= length(rp.benefit_weeks)
                  THEN bit_count(substring(rp.benefit_weeks
                                   FROM (w.window_monday - rp.first_week_monday) / 7 + 1
                                   FOR ${HISTORY_WEEKS}::int))::int
             END AS counted
        FROM (${windowsOf(pop)}) w LEFT JOIN register_person rp ON rp.person_hash = w.cpr_hash`,
    { id: 'text', startsOn: 'text', cpr: 'text', inRegister: 'bool', fresh: 'bool', counted: 'int' },
  );
  const facts = new Map<string, CourseCaseMixFacts>();
  const stale: string[] = [];
  for (const [id, startsOn, cpr, inRegister, fresh, counted] of rows) {
    facts.set(id, { startsOn, cpr, benefitWeeks: inRegister && fresh ? counted : null });
    if (inRegister && !fresh) stale.push(id);
  }
  if (stale.length > 0) {
    const slices = await selectTuples<[string, string, string | null]>(
      db,
      sql`
        SELECT id, first_week_monday + 7 * lo AS slice_monday,
               CASE WHEN hi > lo
                    THEN encode(substring(weekly_codes FROM 2 * lo + 1 FOR 2 * (hi - lo)), 'hex') END AS codes
          FROM (SELECT w.id, rp.first_week_monday, rp.weekly_codes,
                       greatest((w.window_monday - rp.first_week_monday) / 7, 0) AS lo,
                       least((w.window_monday - rp.first_week_monday) / 7 + ${HISTORY_WEEKS}::int,
                             length(rp.weekly_codes) / 2) AS hi
                  FROM (${windowsOf(pop)}) w JOIN register_person rp ON rp.person_hash = w.cpr_hash
                 WHERE rp.benefit_key IS DISTINCT FROM ${key}) s`,
      { id: 'text', sliceMonday: 'text', codes: 'text' },
    );
    for (const [id, sliceMonday, codes] of slices) {
      const course = facts.get(id)!;
      course.benefitWeeks = benefitWeeksBefore(
        {
          firstWeekMonday: sliceMonday,
          weeklyCodes: codes ? unpackWeeklyCodes(Buffer.from(codes, 'hex')) : [],
        },
        course.startsOn,
        benefitCodes.categoryOf,
      );
    }
  }
  return facts;
}
