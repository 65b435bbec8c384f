// The SQL of the committee's reports (migration 0028, issue 14): schedule lines, packs and decisions.
// Takes a transaction, returns plain rows. Packs and decisions are only ever inserted and read: the
// database refuses to change them (the migration's triggers).
import { sql } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { CommitteeCadence, CommitteeReportKind } from '../../platform/db/schema-committee.ts';

type Runner = Db | Tx;

/** Who may own a schedule line: active users with the analyst or admin role (they make the packs). */
export function listOwners(db: Runner) {
  return db
    .selectFrom('appUser')
    .select(['id', 'displayName as name'])
    .where('isActive', '=', true)
    .where(sql<boolean>`roles && ARRAY['analyst', 'admin']::text[]`)
    .orderBy('displayName')
    .orderBy('id')
    .execute();
}

const scheduleColumns = [
  's.id',
  's.title',
  's.kind',
  's.cadence',
  sql<string>`s.first_due_on::text`.as('firstDueOn'),
  // date[] as text: the driver would make Date objects of a date array.
  sql<string[]>`s.due_dates::text[]`.as('dueDates'),
  's.contents',
  's.ownerId',
  'u.displayName as ownerName',
  's.isActive',
] as const;

export function listSchedule(db: Runner, filter: { ownerId?: string; activeOnly?: boolean } = {}) {
  let query = db
    .selectFrom('committeeReportSchedule as s')
    .innerJoin('appUser as u', 'u.id', 's.ownerId')
    .select(scheduleColumns);
  if (filter.ownerId) query = query.where('s.ownerId', '=', filter.ownerId);
  if (filter.activeOnly) query = query.where('s.isActive', '=', true);
  return query.orderBy('s.firstDueOn').orderBy('s.title').orderBy('s.id').execute();
}

export type ScheduleRow = Awaited<ReturnType<typeof listSchedule>>[number];

export function findScheduleLine(db: Runner, id: string) {
  return db
    .selectFrom('committeeReportSchedule as s')
    .innerJoin('appUser as u', 'u.id', 's.ownerId')
    .select(scheduleColumns)
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export interface ScheduleValues {
  title: string;
  kind: CommitteeReportKind;
  cadence: CommitteeCadence;
  firstDueOn: string;
  dueDates: string[];
  contents: string;
  ownerId: string;
}

export async function insertScheduleLine(db: Runner, values: ScheduleValues & { createdBy: string }) {
  const row = await db
    .insertInto('committeeReportSchedule')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateScheduleLine(
  db: Runner,
  id: string,
  values: Partial<ScheduleValues & { isActive: boolean }>,
) {
  await db
    .updateTable('committeeReportSchedule')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

/** The meeting dates of the packs that deliver each schedule line. */
export async function deliveriesBySchedule(db: Runner): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('committeePack')
    .select([sql<string>`meeting_on::text`.as('meetingOn'), 'scheduleIds'])
    .execute();
  const byLine = new Map<string, string[]>();
  for (const row of rows) {
    for (const id of row.scheduleIds) byLine.set(id, [...(byLine.get(id) ?? []), row.meetingOn]);
  }
  return byLine;
}

export interface PackValues {
  title: string;
  caseNumber: string | null;
  meetingOn: string;
  reportId: string;
  previousReportId: string | null;
  reports: unknown[];
  budgetYear: number;
  budgetStatus: object;
  summary: string;
  recommendation: string;
  presentation: string;
  scheduleIds: string[];
  createdBy: string;
}

export async function insertPack(db: Runner, values: PackValues): Promise<string> {
  const row = await db
    .insertInto('committeePack')
    .values({
      ...values,
      reports: JSON.stringify(values.reports),
      budgetStatus: JSON.stringify(values.budgetStatus),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const packSummaryColumns = [
  'p.id',
  'p.title',
  'p.caseNumber',
  sql<string>`p.meeting_on::text`.as('meetingOn'),
  'u.displayName as createdByName',
  'p.createdAt',
  sql<boolean>`d.pack_id IS NOT NULL`.as('hasDecision'),
] as const;

export function listPacks(db: Runner) {
  return db
    .selectFrom('committeePack as p')
    .innerJoin('appUser as u', 'u.id', 'p.createdBy')
    .leftJoin('committeePackDecision as d', 'd.packId', 'p.id')
    .select(packSummaryColumns)
    .orderBy('p.meetingOn', 'desc')
    .orderBy('p.createdAt', 'desc')
    .orderBy('p.id')
    .execute();
}

export function findPack(db: Runner, id: string) {
  return db
    .selectFrom('committeePack as p')
    .innerJoin('appUser as u', 'u.id', 'p.createdBy')
    .leftJoin('committeePackDecision as d', 'd.packId', 'p.id')
    .select([
      ...packSummaryColumns,
      'p.reportId',
      'p.previousReportId',
      'p.reports',
      'p.budgetYear',
      'p.budgetStatus',
      'p.summary',
      'p.recommendation',
      'p.presentation',
      'p.scheduleIds',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export type PackRow = NonNullable<Awaited<ReturnType<typeof findPack>>>;

export function findDecision(db: Runner, packId: string) {
  return db
    .selectFrom('committeePackDecision as d')
    .innerJoin('appUser as u', 'u.id', 'd.recordedBy')
    .select([
      sql<string>`d.decided_on::text`.as('decidedOn'),
      'd.decision',
      'u.displayName as recordedByName',
      'd.recordedAt',
    ])
    .where('d.packId', '=', packId)
    .executeTakeFirst();
}

export type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecision>>>;

/** Inserts the decision unless one is recorded; false when one was. */
export async function insertDecision(
  db: Runner,
  values: { packId: string; decidedOn: string; decision: string; recordedBy: string },
): Promise<boolean> {
  const rows = await db
    .insertInto('committeePackDecision')
    .values(values)
    .onConflict((oc) => oc.column('packId').doNothing())
    .returning('packId')
    .execute();
  return rows.length === 1;
}
