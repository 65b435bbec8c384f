// The outcomes module's SQL. Each table is one query that returns a few lines per provider, however many
// courses: the database reads the register and the case files where they lie and counts courses alike.
// The rules stay in outcome.rules.ts:
//   - exit: the SQL reads M2's weeks out of each person's packed weeks and gathers facts (weeks lacking, the
//     degree's sign, the categories present as bits); statusOfFacts decides each group's status;
//   - placement and plan: the SQL counts the courses with a start in the rules' window (countingWindow
//     with PLACEMENT_AFTER_END / PLAN_AFTER_END, turned into date arithmetic here).
// outcome.sql-parity.db.test.ts checks both against the pure rules on generated people and courses.
import { sql, type RawBuilder } from 'kysely';
import { REGISTER_CATEGORIES, type RegisterCategory } from '../../platform/db/schema.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Tx } from '../../platform/context.ts';
import type { AfterEnd, ExitFacts, ExitWindow } from './outcome.rules.ts';
import type { Period, Provider } from './outcome-tables.ts';

type Conn = Db | Tx;

export type { Period };

export async function listProviders(db: Conn): Promise<Map<string, Provider>> {
  const rows = await db
    .selectFrom('organisation')
    .select(['id', 'code', 'name'])
    .where('kind', '=', 'provider')
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findOrganisationCode(db: Conn, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('organisation').select('code').where('id', '=', id).executeTakeFirst();
  return row?.code;
}

/** The codebook as code number → category (codes are 3-digit text, packed as smallint). */
export async function loadCodebook(db: Conn): Promise<Map<number, RegisterCategory>> {
  const rows = await db.selectFrom('registerCode').select(['code', 'category']).execute();
  return new Map(rows.map((r) => [Number(r.code), r.category]));
}

export interface ExitWindowOfMonth extends ExitWindow {
  /** The first day of the end month whose courses have this M2. */
  endMonth: string;
}

/** Courses alike in everything the exit rules read: the same provider and the same facts of M2. */
export interface ExitFactsGroup {
  providerId: string;
  /** Null when the person is not in the register. */
  facts: ExitFacts | null;
  count: number;
}

/** Codes are three digits, so a table of 1,000 entries maps any code to its category's bit. */
const CODE_COUNT = 1000;
/** The most weeks a month has (DREAM's weeks of a month: the ISO weeks whose Thursday falls in it). */
const MAX_WEEKS = 5;
const bitOf = (category: RegisterCategory) => 1 << REGISTER_CATEGORIES.indexOf(category);

function monthNumber(iso: string): number {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
}

/**
 * The SQL of the exit facts, in parts, for the three tables' query (loadExitFacts) and the fair
 * comparison's (fairness.repository.ts): per course (c: course, rp: register_person, left-joined) the
 * database reads M2's weeks (from the window's first Monday, as many as M2 has) out of the person's packed
 * codes and M2's degree out of the monthly degrees; per group it counts the weeks M2 lacks and ORs the
 * categories' bits of the codes present (`categoryOf` tells each code's category as the rules count it:
 * countedCategory).
 */
export function exitFactsSql(
  windows: readonly ExitWindowOfMonth[],
  categoryOf: (code: number) => RegisterCategory | null,
) {
  const values = sql.join(
    windows.map(
      (w) =>
        sql`(${w.endMonth}::date, ${w.weekMondays[0]!}::date, ${w.weekMondays.length}::int, ${monthNumber(w.month)}::int)`,
    ),
  );
  const bits = Array.from({ length: CODE_COUNT }, (_, code) => {
    const category = categoryOf(code);
    return category ? bitOf(category) : 0;
  });
  // The i-th week of M2 (from 0) as its index in the person's weeks, and its code: two bytes,
  // big-endian (platform/db/register-codes.ts); null when outside the person's weeks.
  const index = (i: number) => sql`(s.first + ${sql.lit(i)})`;
  const week = (i: number) =>
    sql`CASE WHEN ${index(i)} >= 0 AND ${index(i)} < s.stored
             THEN (get_byte(s.codes, 2 * ${index(i)}) << 8) | get_byte(s.codes, 2 * ${index(i)} + 1) END`;
  const weekNumbers = Array.from({ length: MAX_WEEKS }, (_, i) => i);
  const missing = sql.join(
    weekNumbers.map((i) => sql`(s.weeks > ${sql.lit(i)} AND ${week(i)} IS NULL)::int`),
    sql` + `,
  );
  const mask = sql.join(
    weekNumbers.map(
      (i) => sql`CASE WHEN s.weeks > ${sql.lit(i)} THEN coalesce(b.bits[${week(i)} + 1], 0) ELSE 0 END`,
    ),
    sql` | `,
  );
  // M2 as a month number (year × 12 + month − 1) against the person's first month, in double precision
  // (date_part), which is much faster than extract's numeric on 100,000 rows.
  const monthOffset = sql`(win.m2_number - (date_part('year', rp.first_month) * 12 + date_part('month', rp.first_month) - 1))::int`;
  const windowRows =
    windows.length > 0
      ? sql`VALUES ${values}`
      : sql`SELECT NULL::date, NULL::date, NULL::int, NULL::int WHERE false`;
  return {
    /** WITH lists: win (each end month's M2) and b (each code's category bit). */
    withs: sql`win (end_month, first_monday, week_count, m2_number) AS (${windowRows}),
               b AS (SELECT ${bits}::int[] AS bits)`,
    /** Joins a course's window: the one of its end month. */
    windowOfCourse: sql`win.end_month = c.ends_on - (date_part('day', c.ends_on)::int - 1)`,
    /** A course's columns of M2 (in a subquery s), with c, win and rp in scope. */
    courseColumns: sql`rp.person_hash IS NOT NULL AS in_register, win.week_count AS weeks,
             (win.first_monday - rp.first_week_monday) / 7 AS first, rp.weekly_codes AS codes,
             length(rp.weekly_codes) / 2 AS stored,
             rp.employment_degrees[${monthOffset} + 1] AS degree`,
    /** The group's facts over s CROSS JOIN b: in_register, weeks, weeks_missing, degree_sign, mask. */
    factColumns: sql`s.in_register, s.weeks, ${missing} AS weeks_missing, sign(s.degree)::int AS degree_sign,
             ${mask} AS mask`,
  };
}

/** A group's exit facts from its columns (camelCase, as the CamelCasePlugin names them). */
export function exitFactsOf(row: {
  inRegister: boolean;
  weeks: number;
  weeksMissing: number;
  degreeSign: number | null;
  mask: number;
}): ExitFacts | null {
  return row.inRegister
    ? {
        weeks: row.weeks,
        weeksMissing: row.weeksMissing,
        degree: row.degreeSign,
        categories: new Set(REGISTER_CATEGORIES.filter((c) => (row.mask & bitOf(c)) !== 0)),
      }
    : null;
}

/** The facts of M2 for every course ending in the period, grouped (a few lines per provider). */
export async function loadExitFacts(
  db: Conn,
  period: Period,
  windows: readonly ExitWindowOfMonth[],
  categoryOf: (code: number) => RegisterCategory | null,
): Promise<ExitFactsGroup[]> {
  if (windows.length === 0) return [];
  const exit = exitFactsSql(windows, categoryOf);
  const result = await sql<{
    providerId: string;
    inRegister: boolean;
    weeks: number;
    weeksMissing: number;
    degreeSign: number | null;
    mask: number;
    n: string;
  }>`
    WITH ${exit.withs},
    s AS (
      SELECT c.provider_id, ${exit.courseColumns}
        FROM course c
        JOIN citizen ci ON ci.id = c.citizen_id
        JOIN win ON ${exit.windowOfCourse}
        LEFT JOIN register_person rp ON rp.person_hash = ci.cpr_hash
       WHERE c.ends_on BETWEEN ${period.from}::date AND ${period.to}::date)
    SELECT s.provider_id, ${exit.factColumns}, count(*) AS n
      FROM s CROSS JOIN b
     GROUP BY 1, 2, 3, 4, 5, 6`.execute(db);
  // Column names arrive in camelCase (CamelCasePlugin).
  return result.rows.map((row) => ({
    providerId: row.providerId,
    facts: exitFactsOf(row),
    count: Number(row.n),
  }));
}

/** Per provider: the courses ending in the period, and of those the ones with a start in the window. */
export interface CountedCourses {
  providerId: string;
  completed: number;
  counted: number;
}

/**
 * Whether a course (the row `course`: citizen_id, starts_on, ends_on) has a start (`starts`: rows of
 * citizen_id, starts_on) on or after its start and at most `after` its end, as an SQL condition.
 */
export function hasStartInWindowSql(
  course: string,
  starts: RawBuilder<unknown>,
  after: AfterEnd,
): RawBuilder<boolean> {
  const ref = (column: string) => sql.ref(`${course}.${column}`);
  const windowEnd =
    after.months === undefined
      ? sql`${ref('ends_on')} + ${after.days}::int`
      : sql`(${ref('ends_on')} + make_interval(months => ${after.months}::int))::date`;
  return sql<boolean>`EXISTS (
    SELECT 1 FROM (${starts}) AS st (citizen_id, starts_on)
     WHERE st.citizen_id = ${ref('citizen_id')}
       AND st.starts_on >= ${ref('starts_on')} AND st.starts_on <= ${windowEnd})`;
}

/**
 * Courses ending in the period per provider, and how many of them have a start (`starts`: rows of
 * citizen_id, starts_on) on or after the course's start and at most `after` its end.
 */
async function countCoursesWithStart(
  db: Conn,
  period: Period,
  starts: RawBuilder<unknown>,
  after: AfterEnd,
): Promise<CountedCourses[]> {
  const result = await sql<{ providerId: string; completed: string; counted: string }>`
    WITH pop AS (
      SELECT id, provider_id, citizen_id, starts_on, ends_on FROM course
       WHERE ends_on BETWEEN ${period.from}::date AND ${period.to}::date),
    hit AS (SELECT pop.id FROM pop WHERE ${hasStartInWindowSql('pop', starts, after)})
    SELECT pop.provider_id, count(*) AS completed, count(hit.id) AS counted
      FROM pop LEFT JOIN hit ON hit.id = pop.id
     GROUP BY 1`.execute(db);
  return result.rows.map((row) => ({
    providerId: row.providerId,
    completed: Number(row.completed),
    counted: Number(row.counted),
  }));
}

/** The starts that place a course: its citizen's placements of the kinds. */
export function placementStartsSql(kinds: readonly string[]): RawBuilder<unknown> {
  return sql`SELECT citizen_id, starts_on FROM placement WHERE kind = ANY(${[...kinds]}::text[])`;
}

/** The starts that give a course a plan: its citizen's plan starts (either type). */
export const PLAN_STARTS_SQL = sql`SELECT citizen_id, started_on FROM plan_start`;

/** Courses ending in the period, counted when their citizen has a placement of the kinds in the window. */
export function countPlacedCourses(
  db: Conn,
  period: Period,
  kinds: readonly string[],
  after: AfterEnd,
): Promise<CountedCourses[]> {
  return countCoursesWithStart(db, period, placementStartsSql(kinds), after);
}

/** Courses ending in the period, counted when their citizen has a plan (either type) in the window. */
export function countCoursesWithPlan(db: Conn, period: Period, after: AfterEnd): Promise<CountedCourses[]> {
  return countCoursesWithStart(db, period, PLAN_STARTS_SQL, after);
}

/** The latest succeeded import of each kind: what a report computed now is made from. */
export async function latestImportBatchIds(db: Conn): Promise<string[]> {
  const rows = await db
    .selectFrom('importBatch')
    .select(['id', 'kind'])
    .distinctOn('kind')
    .where('status', '=', 'succeeded')
    .orderBy('kind')
    .orderBy('startedAt', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

// Saved reports

export interface SavedReportRow {
  id: string;
  title: string;
  definitionVersion: string;
  parameters: Record<string, unknown>;
  importBatchIds: string[];
  results: Record<string, unknown>;
  createdBy: string;
  createdAt: Date;
}

export async function insertReport(
  db: Conn,
  values: {
    title: string;
    definitionVersion: string;
    parameters: unknown;
    importBatchIds: string[];
    results: unknown;
    createdBy: string;
  },
): Promise<SavedReportRow> {
  return db
    .insertInto('outcomeReport')
    .values({
      title: values.title,
      definitionVersion: values.definitionVersion,
      parameters: JSON.stringify(values.parameters),
      importBatchIds: sql<string[]>`${values.importBatchIds}::uuid[]`,
      results: JSON.stringify(values.results),
      createdBy: values.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listReports(db: Conn): Promise<SavedReportRow[]> {
  return db.selectFrom('outcomeReport').selectAll().orderBy('createdAt', 'desc').orderBy('id').execute();
}

export async function findReport(db: Conn, id: string): Promise<SavedReportRow | undefined> {
  return db.selectFrom('outcomeReport').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findReportByTitle(db: Conn, title: string): Promise<SavedReportRow | undefined> {
  return db.selectFrom('outcomeReport').selectAll().where('title', '=', title).executeTakeFirst();
}
