// The fair comparison's SQL: a course's cell counted by the database (fairness.rules.ts defines it).
// Which courses count and succeed is read by the seed-2020 tables' own queries (outcome.repository.ts),
// which group their courses by cell as well when asked (cellColumns), so the two reports cannot disagree
// on who is in a denominator and no report reads a line per course.
//
// The database counts a cell from two derived columns: the citizen's birth date (citizen.birth_date,
// migration 0031) and the person's benefit weeks as bits (register_person.benefit_weeks, migration 0030).
// A row whose birth date is not there, or whose bits are of another codebook, is "broken out": its group
// names the one course (or referral), and its cell is read as before, from the decrypted CPR number and
// the weekly codes (loadCaseMixFacts). fairness-cells.db.test.ts holds both ways to the pure definition.
import { sql, type RawBuilder } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { unpackWeeklyCodes, type BenefitCodes } from '../../platform/db/register-codes.ts';
import type { RegisterCategory } from '../../platform/db/schema.ts';
import { selectTuples } from '../../platform/db/tuples.ts';
import {
  AGE_BANDS,
  HISTORY_BANDS,
  type AgeBand,
  type HistoryBand,
} from '../../../shared/outcomes/fairness.constants.ts';
import { AGE_BAND_STARTS, benefitWeeksBefore, HISTORY_BAND_STARTS, HISTORY_WEEKS } from './fairness.rules.ts';
import type { Period } from './outcome-tables.ts';
import {
  exitFactsOf,
  exitFactsSql,
  hasStartInWindowSql,
  PLAN_STARTS_SQL,
  placementStartsSql,
  type ExitWindowOfMonth,
} from './outcome.repository.ts';
import type { AfterEnd, ExitFacts } from './outcome.rules.ts';

/** A cell as the database counted it, or the one course (or referral) whose cell it could not count. */
export type GroupCell =
  { kind: 'counted'; ageBand: AgeBand; historyBand: HistoryBand } | { kind: 'broken_out'; id: string };

/** The row expressions a cell is counted from; `person` is the alias of register_person, left-joined. */
export interface CellRow {
  /** The course's (or referral's) id, named when its cell is broken out. */
  id: RawBuilder<unknown>;
  /** The day the cell is of: the course start (the referral day for a referral). */
  day: RawBuilder<unknown>;
  birthDate: RawBuilder<unknown>;
  person: string;
}

/**
 * bandIndex in SQL: width_bucket gives the number of lower bounds the value has reached (0 below the
 * first), and evaluates the value once; null stays null.
 */
function bandIndexSql(value: RawBuilder<unknown>, starts: readonly number[]): RawBuilder<number> {
  return sql<number>`width_bucket(${value}, ${sql.raw(`ARRAY[${starts.map((s) => Math.trunc(s)).join(', ')}]`)})`;
}

/** ageOn in SQL: whole years, less one before the birthday (29 February counts from 1 March). */
function ageSql(birthDate: RawBuilder<unknown>, day: RawBuilder<unknown>): RawBuilder<number> {
  const monthDay = (d: RawBuilder<unknown>) => sql`(date_part('month', ${d}) * 100 + date_part('day', ${d}))`;
  return sql<number>`((date_part('year', ${day}) - date_part('year', ${birthDate}))::int
    - (${monthDay(day)} < ${monthDay(birthDate)})::int)`;
}

/**
 * The Monday 156 weeks before the ISO week of `day`: the first week of its history. In whole days from
 * 1 January of year 1, a Monday, so no calendar function is called per row.
 */
function windowMondaySql(day: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(${day} - (${day} - DATE '0001-01-01') % 7 - ${sql.lit(HISTORY_WEEKS * 7)})`;
}

/**
 * The benefit weeks of the 156 weeks from `windowMonday`, counted from the person's bits when they are of
 * the codebook's key; null when they are not, or the person's weeks do not cover the 156 weeks.
 */
function countedWeeksSql(
  person: string,
  windowMonday: RawBuilder<unknown>,
  key: string,
): RawBuilder<number | null> {
  const p = (column: string) => sql.ref(`${person}.${column}`);
  const first = sql`((${windowMonday} - ${p('first_week_monday')}) / 7)`;
  return sql<
    number | null
  >`CASE WHEN ${p('benefit_key')} = ${key} AND ${windowMonday} >= ${p('first_week_monday')}
              AND ${first} + ${sql.lit(HISTORY_WEEKS)} <= length(${p('benefit_weeks')})
             THEN bit_count(substring(${p('benefit_weeks')} FROM ${first} + 1 FOR ${sql.lit(HISTORY_WEEKS)}))::int END`;
}

/**
 * The select list `age_band, history_band, broken_out` of a row: the bands' indexes (AGE_BANDS,
 * HISTORY_BANDS; a null history band is `unknown`), or the row's id in broken_out when the birth date is
 * missing or the person's bits are stale. Group by the three columns (cellOfColumns reads them).
 */
export function cellColumns(benefitKey: string, row: CellRow): RawBuilder<unknown> {
  const p = (column: string) => sql.ref(`${row.person}.${column}`);
  const weeks = countedWeeksSql(row.person, windowMondaySql(row.day), benefitKey);
  return sql`${bandIndexSql(ageSql(row.birthDate, row.day), AGE_BAND_STARTS)} AS age_band,
    ${bandIndexSql(weeks, HISTORY_BAND_STARTS)} AS history_band,
    CASE WHEN ${row.birthDate} IS NULL
           OR (${p('person_hash')} IS NOT NULL AND ${p('benefit_key')} IS DISTINCT FROM ${benefitKey})
         THEN ${row.id}::text END AS broken_out`;
}

/** A group's cell from its three columns (camelCase, as the CamelCasePlugin names them). */
function cellOfColumns(row: {
  ageBand: number | null;
  historyBand: number | null;
  brokenOut: string | null;
}): GroupCell {
  if (row.brokenOut !== null) return { kind: 'broken_out', id: row.brokenOut };
  return {
    kind: 'counted',
    ageBand: AGE_BANDS[row.ageBand!]!,
    historyBand: row.historyBand === null ? 'unknown' : HISTORY_BANDS[row.historyBand]!,
  };
}

/** What the three tables' queries are asked, for the fair comparison's one pass over their courses. */
export interface TablesQuery {
  exit: {
    period: Period;
    windows: readonly ExitWindowOfMonth[];
    categoryOf: (code: number) => RegisterCategory | null;
  };
  placement: { period: Period; kinds: readonly string[]; after: AfterEnd };
  plan: { period: Period; after: AfterEnd };
}

/**
 * Courses alike in provider, cell and everything the three tables read of them: in the exit table's
 * population with the same facts of M2 (else `exit` null), in the placement and plan tables' with a start
 * in the window or not (else null), and their count.
 */
export interface TablesGroup {
  providerId: string;
  cell: GroupCell;
  exit: { facts: ExitFacts | null } | null;
  placement: { counted: boolean } | null;
  plan: { counted: boolean } | null;
  count: number;
}

const inPeriodSql = (period: Period) => sql`c.ends_on BETWEEN ${period.from}::date AND ${period.to}::date`;

/**
 * The three tables' courses in one pass, grouped by cell: the courses ending in any of the periods, each
 * with its cell counted once (cellColumns), the exit facts of the tables' own exit query (exitFactsSql),
 * and the tables' own test of a placement or plan start in the window (hasStartInWindowSql). A few
 * thousand rows, however many courses; fairness.service.test.ts holds the sums to the three tables.
 */
export async function loadTablesByCell(
  db: Db | Tx,
  query: TablesQuery,
  benefitKey: string,
): Promise<TablesGroup[]> {
  const exit = exitFactsSql(query.exit.windows, query.exit.categoryOf);
  const cells = cellColumns(benefitKey, {
    id: sql`c.id`,
    day: sql`c.starts_on`,
    birthDate: sql`ci.birth_date`,
    person: 'rp',
  });
  const result = await sql<{
    providerId: string;
    ageBand: number | null;
    historyBand: number | null;
    brokenOut: string | null;
    inExit: boolean;
    inRegister: boolean;
    weeks: number;
    weeksMissing: number;
    degreeSign: number | null;
    mask: number;
    inPlacement: boolean;
    placed: boolean;
    inPlan: boolean;
    withPlan: boolean;
    n: number;
  }>`
    WITH ${exit.withs},
    course_facts AS (
      SELECT s.id, s.provider_id, s.in_exit, s.in_placement, s.in_plan,
             s.age_band, s.history_band, s.broken_out, ${exit.factColumns}
        FROM (SELECT c.id, c.provider_id, win.end_month IS NOT NULL AS in_exit,
                     ${inPeriodSql(query.placement.period)} AS in_placement,
                     ${inPeriodSql(query.plan.period)} AS in_plan,
                     ${exit.courseColumns}, ${cells}
                FROM course c
                JOIN citizen ci ON ci.id = c.citizen_id
                LEFT JOIN win ON ${inPeriodSql(query.exit.period)} AND ${exit.windowOfCourse}
                LEFT JOIN register_person rp ON rp.person_hash = ci.cpr_hash
               WHERE ${inPeriodSql(query.exit.period)} OR ${inPeriodSql(query.placement.period)}
                  OR ${inPeriodSql(query.plan.period)}) s
        CROSS JOIN b),
    placed AS (
      SELECT c.id FROM course c
       WHERE ${inPeriodSql(query.placement.period)}
         AND ${hasStartInWindowSql('c', placementStartsSql(query.placement.kinds), query.placement.after)}),
    planned AS (
      SELECT c.id FROM course c
       WHERE ${inPeriodSql(query.plan.period)} AND ${hasStartInWindowSql('c', PLAN_STARTS_SQL, query.plan.after)})
    SELECT f.provider_id, f.age_band, f.history_band, f.broken_out, f.in_exit,
           f.in_register, f.weeks, f.weeks_missing, f.degree_sign, f.mask,
           f.in_placement, placed.id IS NOT NULL AS placed, f.in_plan, planned.id IS NOT NULL AS with_plan,
           count(*)::int AS n
      FROM course_facts f
      LEFT JOIN placed ON placed.id = f.id
      LEFT JOIN planned ON planned.id = f.id
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14`.execute(db);
  return result.rows.map((row) => ({
    providerId: row.providerId,
    cell: cellOfColumns(row),
    exit: row.inExit ? { facts: exitFactsOf(row) } : null,
    placement: row.inPlacement ? { counted: row.placed } : null,
    plan: row.inPlan ? { counted: row.withPlan } : null,
    count: row.n,
  }));
}

/** What a broken-out course's (or referral's) cell is made from. */
export interface CaseMixFacts {
  /** The day of the cell: the course start, or the referral day. */
  startsOn: string;
  /** The citizen's CPR number, encrypted (base64 of citizen.cpr_encrypted): read only for the birth date. */
  cpr: string;
  /** benefitWeeksBefore the day; null when the person is not in the register or lacks a week. */
  benefitWeeks: number | null;
}

/** The case-mix facts of the given courses or referrals, by id (the broken-out rows of the groups). */
export async function loadCaseMixFacts(
  db: Db | Tx,
  of: 'course' | 'referral',
  ids: readonly string[],
  benefitCodes: BenefitCodes,
): Promise<Map<string, CaseMixFacts>> {
  if (ids.length === 0) return new Map();
  const pop =
    of === 'course'
      ? sql`SELECT c.id, c.starts_on AS on_day, ci.cpr_encrypted, ci.cpr_hash
              FROM course c JOIN citizen ci ON ci.id = c.citizen_id
             WHERE c.id = ANY(${[...ids]}::uuid[])`
      : sql`SELECT r.id, r.referred_on AS on_day, ci.cpr_encrypted, ci.cpr_hash
              FROM referral r JOIN citizen ci ON ci.id = r.citizen_id
             WHERE r.id = ANY(${[...ids]}::uuid[])`;
  return loadHistorySlices(db, pop, benefitCodes);
}

/** Referrals of the selection watch alike in provider, status, early end and cell, with their count. */
export interface ReferralGroup {
  providerId: string;
  status: 'pending' | 'accepted' | 'rejected' | 'withdrawn';
  /** Its course ended within `earlyDays` days of its start. */
  isEarlyEnd: boolean;
  cell: GroupCell;
  count: number;
}

/** The referrals made in the period, grouped, each cell as of the day it was referred. */
export async function loadReferralGroups(
  db: Db | Tx,
  period: Period,
  earlyDays: number,
  benefitCodes: BenefitCodes,
): Promise<ReferralGroup[]> {
  const cells = cellColumns(benefitCodes.key, {
    id: sql`r.id`,
    day: sql`r.referred_on`,
    birthDate: sql`ci.birth_date`,
    person: 'rp',
  });
  const rows = await selectTuples<
    [string, ReferralGroup['status'], boolean, number | null, number | null, string | null, number]
  >(
    db,
    sql`SELECT provider_id, status, is_early_end, age_band, history_band, broken_out, count(*)::int AS n
          FROM (SELECT r.provider_id, r.status,
                       coalesce(c.ends_on IS NOT NULL AND c.ends_on - c.starts_on <= ${earlyDays}::int, false) AS is_early_end,
                       ${cells}
                  FROM referral r
                  JOIN citizen ci ON ci.id = r.citizen_id
                  LEFT JOIN register_person rp ON rp.person_hash = ci.cpr_hash
                  LEFT JOIN course c ON c.referral_id = r.id
                 WHERE r.referred_on BETWEEN ${period.from}::date AND ${period.to}::date) g
         GROUP BY 1, 2, 3, 4, 5, 6`,
    {
      providerId: 'text',
      status: 'text',
      isEarlyEnd: 'bool',
      ageBand: 'int',
      historyBand: 'int',
      brokenOut: 'text',
      n: 'int',
    },
    ['providerId', 'status', 'isEarlyEnd', 'ageBand', 'historyBand', 'brokenOut'],
  );
  return rows.map(([providerId, status, isEarlyEnd, ageBand, historyBand, brokenOut, n]) => ({
    providerId,
    status,
    isEarlyEnd,
    cell: cellOfColumns({ ageBand, historyBand, brokenOut }),
    count: n,
  }));
}

/**
 * For each row of `pop` (id, on_day, cpr_encrypted, cpr_hash): the day, the encrypted CPR number and the
 * person's benefit weeks in the 156 weeks before the day's ISO week: counted from the bits when they are of
 * the codebook's key, else read by a second query as the slice of the weekly codes and counted by
 * benefitWeeksBefore (fairness-cells.db.test.ts holds the two to the same answers).
 */
async function loadHistorySlices(
  db: Db | Tx,
  pop: RawBuilder<unknown>,
  benefitCodes: BenefitCodes,
): Promise<Map<string, CaseMixFacts>> {
  const key = benefitCodes.key;
  const windowed = sql`SELECT base.id, base.on_day AS starts_on, base.cpr_encrypted, base.cpr_hash,
                              ${windowMondaySql(sql`base.on_day`)} AS window_monday
                         FROM (${pop}) AS base`;
  const rows = await selectTuples<[string, string, string, boolean, boolean, number | null]>(
    db,
    sql`
      SELECT w.id, w.starts_on, encode(w.cpr_encrypted, 'base64') AS cpr,
             rp.first_week_monday IS NOT NULL AS in_register,
             coalesce(rp.benefit_key = ${key}, false) AS fresh,
             ${countedWeeksSql('rp', sql`w.window_monday`, key)} AS counted
        FROM (${windowed}) w LEFT JOIN register_person rp ON rp.person_hash = w.cpr_hash`,
    { id: 'text', startsOn: 'text', cpr: 'text', inRegister: 'bool', fresh: 'bool', counted: 'int' },
  );
  const facts = new Map<string, CaseMixFacts>();
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
                  FROM (${windowed}) w JOIN register_person rp ON rp.person_hash = w.cpr_hash
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
