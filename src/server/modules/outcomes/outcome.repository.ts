// The outcomes module's SQL. Each table's population is read in one query; the register is sliced in
// the database to M2's few weeks and month, so a course costs a handful of values, not its person's
// whole extract (260+ weeks); placements and plans are gathered per citizen in the same query. The
// rules (outcome.rules.ts) then decide in memory: the SQL only fetches, it never classifies.
import { sql, type RawBuilder } from 'kysely';
import type { RegisterCategory } from '../../platform/db/schema.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Tx } from '../../platform/context.ts';
import type { ExitWindow, Provider } from './outcome.rules.ts';

type Conn = Db | Tx;

export interface Period {
  from: string;
  to: string;
}

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

/** Courses alike in everything the exit rules read: provider, end month and M2 as the register has it. */
export interface ExitGroup {
  providerId: string;
  endMonth: string;
  inRegister: boolean;
  /** Index of M2's first week in the person's weekly codes (may be negative or past the end). */
  weekOffset: number | null;
  /** M2's weeks as far as the extract has them, from week max(weekOffset, 0); null = a null cell. */
  codes: (number | null)[];
  /** M2's degree, or null when the extract lacks the month. */
  degree: number | null;
  count: number;
}

// PGlite hands rows over one by one at some 20 µs each, so 100,000 courses as rows cost seconds. Each
// population is therefore grouped (courses alike collapse to one line with a count) and returned as one
// text value, a line per group with fields separated by "|", which is split here in milliseconds.
async function blobLines(db: Conn, query: RawBuilder<{ blob: string | null }>): Promise<string[][]> {
  const result = await query.execute(db);
  const blob = result.rows[0]?.blob;
  return blob ? blob.split('\n').map((line) => line.split('|')) : [];
}

function monthNumber(iso: string): number {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return y * 12 + m - 1;
}

const nullableNumber = (text: string) => (text === '' ? null : Number(text));

/**
 * Every course ending in the period with its person's M2 cut out of the register: the weekly codes
 * from M2's first week (as many as M2 has) and the degree of M2. The windows come from the rules.
 */
export async function loadExitGroups(
  db: Conn,
  period: Period,
  windows: readonly ExitWindowOfMonth[],
): Promise<ExitGroup[]> {
  if (windows.length === 0) return [];
  const values = sql.join(
    windows.map(
      (w) =>
        sql`(${w.endMonth}::date, ${w.weekMondays[0]!}::date, ${w.weekMondays.length}::int, ${monthNumber(w.month)}::int)`,
    ),
  );
  const offset = sql`((win.first_monday - rp.first_week_monday) / 7)`;
  // M2 as a month number (year × 12 + month − 1) against the person's first month, in double precision
  // (date_part), which is much faster than extract's numeric on 100,000 rows.
  const monthOffset = sql`(win.m2_number - (date_part('year', rp.first_month) * 12 + date_part('month', rp.first_month) - 1))::int`;
  const lines = await blobLines(
    db,
    sql<{ blob: string | null }>`
      WITH win (end_month, first_monday, week_count, m2_number) AS (VALUES ${values}),
      slice AS (
        SELECT c.provider_id, win.end_month,
               rp.person_hash IS NOT NULL AS in_register,
               ${offset} AS week_offset,
               rp.weekly_codes[${offset} + 1 : ${offset} + win.week_count] AS codes,
               rp.employment_degrees[${monthOffset} + 1] AS degree
          FROM course c
          JOIN citizen ci ON ci.id = c.citizen_id
          JOIN win ON win.end_month = c.ends_on - (date_part('day', c.ends_on)::int - 1)
          LEFT JOIN register_person rp ON rp.person_hash = ci.cpr_hash
         WHERE c.ends_on BETWEEN ${period.from}::date AND ${period.to}::date),
      grouped AS (
        SELECT provider_id, end_month, in_register, week_offset, codes, degree, count(*) AS n
          FROM slice GROUP BY 1, 2, 3, 4, 5, 6)
      SELECT string_agg(concat_ws('|', provider_id, to_char(end_month, 'YYYY-MM-DD'), in_register::int,
               coalesce(week_offset::text, ''), coalesce(array_to_string(codes, ',', 'n'), ''),
               coalesce(degree::text, ''), n), E'\n') AS blob
        FROM grouped`,
  );
  return lines.map(([providerId, endMonth, inRegister, weekOffset, codes, degree, n]) => ({
    providerId: providerId!,
    endMonth: endMonth!,
    inRegister: inRegister === '1',
    weekOffset: nullableNumber(weekOffset!),
    codes: codes ? codes.split(',').map((c) => (c === 'n' ? null : Number(c))) : [],
    degree: nullableNumber(degree!),
    count: Number(n),
  }));
}

/** Courses alike for the placement and plan rules: provider, course period and the citizen's starts. */
export interface StartsGroup {
  providerId: string;
  startsOn: string;
  endsOn: string;
  /** Start dates of the citizen's placements (of the kinds asked for) or plans. */
  starts: string[];
  count: number;
}

async function loadStartsGroups(
  db: Conn,
  period: Period,
  starts: RawBuilder<unknown>,
): Promise<StartsGroup[]> {
  const lines = await blobLines(
    db,
    sql<{ blob: string | null }>`
      WITH pop AS (
        SELECT provider_id, citizen_id, starts_on, ends_on FROM course
         WHERE ends_on BETWEEN ${period.from}::date AND ${period.to}::date),
      starts (citizen_id, list) AS (${starts}),
      grouped AS (
        SELECT pop.provider_id, pop.starts_on, pop.ends_on, starts.list, count(*) AS n
          FROM pop LEFT JOIN starts ON starts.citizen_id = pop.citizen_id
         GROUP BY 1, 2, 3, 4)
      SELECT string_agg(concat_ws('|', provider_id, to_char(starts_on, 'YYYY-MM-DD'),
               to_char(ends_on, 'YYYY-MM-DD'), coalesce(list, ''), n), E'\n') AS blob
        FROM grouped`,
  );
  return lines.map(([providerId, startsOn, endsOn, list, n]) => ({
    providerId: providerId!,
    startsOn: startsOn!,
    endsOn: endsOn!,
    starts: list ? list.split(',') : [],
    count: Number(n),
  }));
}

/** Courses ending in the period with the start dates of their citizens' placements of the given kinds. */
export function loadPlacementGroups(
  db: Conn,
  period: Period,
  kinds: readonly string[],
): Promise<StartsGroup[]> {
  return loadStartsGroups(
    db,
    period,
    sql`SELECT p.citizen_id, string_agg(to_char(p.starts_on, 'YYYY-MM-DD'), ',' ORDER BY p.starts_on)
          FROM placement p
         WHERE p.kind = ANY(${[...kinds]}::text[]) AND p.citizen_id IN (SELECT citizen_id FROM pop)
         GROUP BY p.citizen_id`,
  );
}

/** Courses ending in the period with the start dates of their citizens' plans (either type). */
export function loadPlanGroups(db: Conn, period: Period): Promise<StartsGroup[]> {
  return loadStartsGroups(
    db,
    period,
    sql`SELECT p.citizen_id, string_agg(to_char(p.started_on, 'YYYY-MM-DD'), ',' ORDER BY p.started_on)
          FROM plan_start p
         WHERE p.citizen_id IN (SELECT citizen_id FROM pop)
         GROUP BY p.citizen_id`,
  );
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
