// The fair comparison's SQL: what a course's cell is read from (fairness.rules.ts decides the cell).
// Which courses count and succeed is read by the seed-2020 tables' own queries (outcome.repository.ts,
// grouped by course), so the two reports cannot disagree on who is in a denominator.
import { sql } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { unpackWeeklyCodes } from '../../platform/db/register-codes.ts';
import { HISTORY_WEEKS, type WeekCodes } from './fairness.rules.ts';
import type { Period } from './outcome-tables.ts';

/** What a course's cell is made from. */
export interface CourseCaseMixFacts {
  startsOn: string;
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
  // The window's first Monday: the Monday of the start's ISO week, 156 weeks back. Both it and
  // first_week_monday are Mondays, so their difference divides by 7.
  const result = await sql<{
    courseId: string;
    startsOn: string;
    cprEncrypted: Buffer;
    inRegister: boolean;
    sliceMonday: string | null;
    codes: Buffer | null;
  }>`
    WITH pop AS (
      SELECT c.id, c.starts_on, ci.cpr_encrypted, ci.cpr_hash,
             c.starts_on - (extract(isodow FROM c.starts_on)::int - 1) - ${HISTORY_WEEKS * 7}::int AS window_monday
        FROM course c JOIN citizen ci ON ci.id = c.citizen_id
       WHERE ${inPeriods}),
    w AS (
      SELECT pop.id, pop.starts_on, pop.cpr_encrypted, rp.first_week_monday, rp.weekly_codes,
             greatest((pop.window_monday - rp.first_week_monday) / 7, 0) AS lo,
             least((pop.window_monday - rp.first_week_monday) / 7 + ${HISTORY_WEEKS}::int,
                   length(rp.weekly_codes) / 2) AS hi
        FROM pop LEFT JOIN register_person rp ON rp.person_hash = pop.cpr_hash)
    SELECT id AS course_id, starts_on::text AS starts_on, cpr_encrypted,
           first_week_monday IS NOT NULL AS in_register,
           (first_week_monday + 7 * lo)::text AS slice_monday,
           CASE WHEN hi > lo THEN substring(weekly_codes FROM 2 * lo + 1 FOR 2 * (hi - lo)) END AS codes
      FROM w`.execute(db);
  return new Map(
    result.rows.map((row) => [
      row.courseId,
      {
        startsOn: row.startsOn,
        cprEncrypted: row.cprEncrypted,
        history: row.inRegister
          ? {
              firstWeekMonday: row.sliceMonday!,
              weeklyCodes: row.codes ? unpackWeeklyCodes(row.codes) : [],
            }
          : null,
      },
    ]),
  );
}
