// The retention run's SQL (owner role: it deletes across modules' tables, as the one place that decides
// when personal data has been kept long enough). Every delete is by primary key in batches.
import { sql, type Insertable } from 'kysely';
import type { Db } from '../../platform/db/client.ts';
import type { DeletionLogTable } from '../../platform/db/schema.ts';
import type { Tx } from '../../platform/context.ts';

type Runner = Db | Tx;

/**
 * Every table that names a citizen (a `citizen_id` column), with the last date it shows activity on and
 * when it keeps the case open. A citizen is due when nothing is open and the newest of these dates is
 * before the cutoff. The audit trail names citizens too but has its own rule (audit-prune.ts). A test
 * checks that every table with `citizen_id` is listed here, so a new table cannot be forgotten.
 */
export const CITIZEN_ACTIVITY: readonly { table: string; last: string; open?: string }[] = [
  { table: 'citizen_circumstance', last: 'updated_at::date' },
  { table: 'citizen_provider_link', last: 'created_at::date' },
  {
    table: 'referral',
    last: 'greatest(referred_on, decided_on, updated_at::date)',
    open: "status = 'pending'",
  },
  {
    table: 'course',
    last: 'greatest(ends_on, aftercare_ends_on, updated_at::date)',
    open: 'ends_on IS NULL OR (aftercare_starts_on IS NOT NULL AND aftercare_ends_on IS NULL)',
  },
  // The caseworkers of a course: its dates are the course's.
  { table: 'course_caseworker', last: 'NULL::date' },
  { table: 'course_stage', last: 'greatest(ends_on, starts_on, created_at::date)' },
  { table: 'placement', last: 'greatest(ends_on, starts_on, updated_at::date)' },
  { table: 'course_entry', last: 'greatest(entry_on, created_at::date)' },
  { table: 'course_document', last: 'greatest(completed_on, updated_at::date)' },
  { table: 'plan_start', last: 'greatest(started_on, created_at::date)' },
  { table: 'job_talk', last: 'greatest(scheduled_on, held_on, updated_at::date)' },
  { table: 'treatment_referral', last: 'greatest(referred_on, outcome_on, updated_at::date)' },
  // An absence never followed up does not keep the case open for ever: its dates count like the others.
  { table: 'course_absence', last: 'greatest(absent_on, followed_up_on, updated_at::date)' },
  // A party hearing awaiting comments does not keep the case open: the course's dates decide that.
  { table: 'party_hearing', last: 'greatest(sent_on, deadline_on, outcome_on, updated_at::date)' },
  // Pauses (course_pause) name only their course and lie within it (pause.rules.ts): its dates cover them.
];

/** Tables with `citizen_id` that are not case data of their own: the audit trail. */
export const CITIZEN_TABLES_WITH_OWN_RULE = ['audit_event'] as const;

function activityUnion() {
  return sql.join(
    CITIZEN_ACTIVITY.map(
      (t) =>
        sql`SELECT citizen_id, ${sql.raw(t.last)} AS last_on, ${sql.raw(t.open ? `(${t.open})` : 'false')} AS open
            FROM ${sql.table(t.table)}`,
    ),
    sql` UNION ALL `,
  );
}

/** Citizens whose case has been closed since before `cutoff` (a date), at most `limit`. */
export async function findCitizensDue(db: Runner, cutoff: string, limit: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    WITH activity AS (${activityUnion()})
    SELECT c.id FROM citizen c
    LEFT JOIN activity a ON a.citizen_id = c.id
    GROUP BY c.id, c.updated_at
    HAVING NOT coalesce(bool_or(a.open), false)
       AND greatest(c.updated_at::date, max(a.last_on)) < ${cutoff}::date
    ORDER BY c.id
    LIMIT ${limit}`.execute(db);
  return rows.map((r) => r.id);
}

export async function countCitizensDue(db: Runner, cutoff: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    WITH activity AS (${activityUnion()}),
    due AS (
      SELECT c.id FROM citizen c
      LEFT JOIN activity a ON a.citizen_id = c.id
      GROUP BY c.id, c.updated_at
      HAVING NOT coalesce(bool_or(a.open), false)
         AND greatest(c.updated_at::date, max(a.last_on)) < ${cutoff}::date
    )
    SELECT count(*) AS n FROM due`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Deletes the citizens and their register rows (keyed by the same look-up hash). Every other row that
 * names them goes with them (ON DELETE CASCADE: circumstances, referrals, courses, entries, notes,
 * documents, absences, party hearings, talks, placements, plans, treatment referrals, provider links),
 * and so does every row that names only their course (course_pause: ON DELETE CASCADE from course).
 */
export async function deleteCitizens(
  tx: Tx,
  ids: readonly string[],
): Promise<{ citizens: number; register: number }> {
  if (ids.length === 0) return { citizens: 0, register: 0 };
  const register = await tx
    .deleteFrom('registerPerson')
    .where('personHash', 'in', (eb) => eb.selectFrom('citizen').select('cprHash').where('id', 'in', ids))
    .executeTakeFirst();
  const citizens = await tx.deleteFrom('citizen').where('id', 'in', ids).executeTakeFirst();
  return { citizens: Number(citizens.numDeletedRows), register: Number(register.numDeletedRows) };
}

/** Register persons who are no citizen here, whose last register week began before `cutoff` (two bytes a week). */
function registerDue(db: Runner, cutoff: string) {
  return db
    .selectFrom('registerPerson')
    .where(sql<boolean>`first_week_monday + 7 * (length(weekly_codes) / 2 - 1) < ${cutoff}::date`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('citizen')
            .select('citizen.id')
            .whereRef('citizen.cprHash', '=', 'registerPerson.personHash'),
        ),
      ),
    );
}

export async function countRegisterDue(db: Runner, cutoff: string): Promise<number> {
  const row = await registerDue(db, cutoff)
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteRegisterDue(tx: Tx, cutoff: string, limit: number): Promise<number> {
  const hashes = (await registerDue(tx, cutoff).select('personHash').limit(limit).execute()).map(
    (r) => r.personHash,
  );
  if (hashes.length === 0) return 0;
  const result = await tx.deleteFrom('registerPerson').where('personHash', 'in', hashes).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Finished imports older than `cutoff` that nothing refers to any more: not the source of a register
 * row or a codebook entry, not among a saved outcome report's imports (a published figure names them).
 */
function importsDue(db: Runner, cutoff: Date) {
  return db
    .selectFrom('importBatch')
    .where('status', '!=', 'running')
    .where('startedAt', '<', cutoff)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('registerPerson')
            .select(sql`1`.as('one'))
            .whereRef('registerPerson.importBatchId', '=', 'importBatch.id'),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('registerCode')
            .select(sql`1`.as('one'))
            .whereRef('registerCode.importBatchId', '=', 'importBatch.id'),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('outcomeReport')
            .select(sql`1`.as('one'))
            .where(sql<boolean>`import_batch.id = ANY (outcome_report.import_batch_ids)`),
        ),
      ),
    );
}

export async function countImportsDue(db: Runner, cutoff: Date): Promise<number> {
  const row = await importsDue(db, cutoff)
    .select(sql<string>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteImportsDue(tx: Tx, cutoff: Date, limit: number): Promise<number> {
  const ids = (await importsDue(tx, cutoff).select('importBatch.id').limit(limit).execute()).map((r) => r.id);
  if (ids.length === 0) return 0;
  const result = await tx.deleteFrom('importBatch').where('id', 'in', ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertDeletionLog(
  tx: Tx,
  rows: readonly Insertable<DeletionLogTable>[],
): Promise<void> {
  if (rows.length > 0)
    await tx
      .insertInto('deletionLog')
      .values([...rows])
      .execute();
}

export async function listDeletionLog(db: Runner, limit: number) {
  return db
    .selectFrom('deletionLog')
    .select(['runId', 'rule', 'entity', 'deleted', 'cutoff', 'period', 'ranBy', 'ranAt'])
    .orderBy('ranAt', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The moment `amount` `unit`s before `now`, as PostgreSQL's calendar counts (29 February → 28th). */
export async function cutoffBefore(
  db: Runner,
  now: Date,
  amount: number,
  unit: 'years' | 'months' | 'days',
): Promise<Date> {
  const interval =
    unit === 'years'
      ? sql`make_interval(years => ${amount})`
      : unit === 'months'
        ? sql`make_interval(months => ${amount})`
        : sql`make_interval(days => ${amount})`;
  const { rows } = await sql<{ cutoff: Date }>`SELECT (${now}::timestamptz - ${interval}) AS cutoff`.execute(
    db,
  );
  return new Date(rows[0]!.cutoff);
}
