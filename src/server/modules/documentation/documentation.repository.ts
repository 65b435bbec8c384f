// The documentation part's SQL: entries, the course's documents (work capacity, final report), plan
// starts, and what the PDF "input to the preparatory plan" gathers. Takes a transaction; returns rows.
import type { CourseDocumentKind, CourseEntryKind, PlanType } from '../../platform/db/schema.ts';
import type { Tx } from '../../platform/context.ts';

// ---- entries ---------------------------------------------------------------------------------------

export async function isCourseCaseworker(tx: Tx, courseId: string, userId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('courseCaseworker')
    .select('userId')
    .where('courseId', '=', courseId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return Boolean(row);
}

const entryColumns = [
  'courseEntry.id',
  'courseEntry.courseId',
  'courseEntry.citizenId',
  'courseEntry.entryOn',
  'courseEntry.kind',
  'courseEntry.setting',
  'courseEntry.attended',
  'courseEntry.textEncrypted',
  'courseEntry.isSensitive',
  'courseEntry.authorUserId',
  'courseEntry.createdAt',
] as const;

/** A course's entries, newest first; optionally only some kinds. */
export function listEntries(tx: Tx, courseId: string, kinds?: readonly CourseEntryKind[]) {
  let query = tx
    .selectFrom('courseEntry')
    .leftJoin('appUser', 'appUser.id', 'courseEntry.authorUserId')
    .select(entryColumns)
    .select('appUser.displayName as authorName')
    .where('courseEntry.courseId', '=', courseId);
  if (kinds && kinds.length > 0) query = query.where('courseEntry.kind', 'in', kinds);
  return query
    .orderBy('courseEntry.entryOn', 'desc')
    .orderBy('courseEntry.createdAt', 'desc')
    .orderBy('courseEntry.id')
    .execute();
}

export type EntryRow = Awaited<ReturnType<typeof listEntries>>[number];

export function findEntry(tx: Tx, id: string) {
  return tx
    .selectFrom('courseEntry')
    .leftJoin('appUser', 'appUser.id', 'courseEntry.authorUserId')
    .select(entryColumns)
    .select('appUser.displayName as authorName')
    .where('courseEntry.id', '=', id)
    .executeTakeFirst();
}

export function insertEntry(
  tx: Tx,
  values: {
    courseId: string;
    citizenId: string;
    entryOn: string;
    kind: CourseEntryKind;
    setting: 'training' | 'internship' | null;
    attended: boolean | null;
    textEncrypted: Buffer;
    isSensitive: boolean;
    authorUserId: string;
  },
) {
  return tx.insertInto('courseEntry').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function deleteEntry(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('courseEntry').where('id', '=', id).execute();
}

// ---- documents -------------------------------------------------------------------------------------

export function findDocument(tx: Tx, courseId: string, kind: CourseDocumentKind) {
  return tx
    .selectFrom('courseDocument')
    .leftJoin('appUser', 'appUser.id', 'courseDocument.updatedBy')
    .select([
      'courseDocument.contentEncrypted',
      'courseDocument.completedOn',
      'courseDocument.updatedBy',
      'courseDocument.updatedAt',
      'appUser.displayName as updatedByName',
    ])
    .where('courseDocument.courseId', '=', courseId)
    .where('courseDocument.kind', '=', kind)
    .executeTakeFirst();
}

export type DocumentRow = NonNullable<Awaited<ReturnType<typeof findDocument>>>;

/** One document of each kind per course: the first save inserts it, later saves replace it. */
export async function saveDocument(
  tx: Tx,
  values: {
    courseId: string;
    citizenId: string;
    kind: CourseDocumentKind;
    contentEncrypted: Buffer;
    completedOn: string | null;
    updatedBy: string;
  },
): Promise<void> {
  const now = new Date();
  await tx
    .insertInto('courseDocument')
    .values({ ...values, updatedAt: now })
    .onConflict((oc) =>
      oc.columns(['courseId', 'kind']).doUpdateSet({
        contentEncrypted: values.contentEncrypted,
        completedOn: values.completedOn,
        updatedBy: values.updatedBy,
        updatedAt: now,
      }),
    )
    .execute();
}

// ---- plan starts -----------------------------------------------------------------------------------

const planColumns = [
  'planStart.id',
  'planStart.citizenId',
  'planStart.courseId',
  'planStart.planType',
  'planStart.startedOn',
  'planStart.recordedBy',
  'planStart.createdAt',
] as const;

export function listPlanStarts(tx: Tx, courseId: string) {
  return tx
    .selectFrom('planStart')
    .leftJoin('appUser', 'appUser.id', 'planStart.recordedBy')
    .select(planColumns)
    .select('appUser.displayName as recordedByName')
    .where('planStart.courseId', '=', courseId)
    .orderBy('planStart.startedOn', 'desc')
    .orderBy('planStart.createdAt', 'desc')
    .execute();
}

export type PlanStartRow = Awaited<ReturnType<typeof listPlanStarts>>[number];

export function findPlanStart(tx: Tx, id: string) {
  return tx
    .selectFrom('planStart')
    .innerJoin('citizen', 'citizen.id', 'planStart.citizenId')
    .leftJoin('appUser', 'appUser.id', 'planStart.recordedBy')
    .select(planColumns)
    .select(['appUser.displayName as recordedByName', 'citizen.jobCentreId'])
    .where('planStart.id', '=', id)
    .executeTakeFirst();
}

export function insertPlanStart(
  tx: Tx,
  values: { citizenId: string; courseId: string; planType: PlanType; startedOn: string; recordedBy: string },
) {
  return tx.insertInto('planStart').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function deletePlanStart(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('planStart').where('id', '=', id).execute();
}

// ---- what the PDF gathers ----------------------------------------------------------------------------

export function findCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('citizen')
    .select(['id', 'name', 'cprEncrypted'])
    .where('id', '=', citizenId)
    .executeTakeFirstOrThrow();
}

export async function findOrganisationName(tx: Tx, id: string): Promise<string> {
  const row = await tx.selectFrom('organisation').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? '';
}

export async function findUserName(tx: Tx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await tx.selectFrom('appUser').select('displayName').where('id', '=', id).executeTakeFirst();
  return row?.displayName ?? null;
}

export async function listCaseworkerNames(tx: Tx, courseId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('courseCaseworker')
    .innerJoin('appUser', 'appUser.id', 'courseCaseworker.userId')
    .select('appUser.displayName')
    .where('courseCaseworker.courseId', '=', courseId)
    .orderBy('appUser.displayName')
    .execute();
  return rows.map((r) => r.displayName);
}

export function listStages(tx: Tx, courseId: string) {
  return tx
    .selectFrom('courseStage')
    .select(['stage', 'startsOn', 'endsOn'])
    .where('courseId', '=', courseId)
    .orderBy('startsOn')
    .orderBy('createdAt')
    .execute();
}

export function listPlacements(tx: Tx, courseId: string) {
  return tx
    .selectFrom('placement')
    .innerJoin('company', 'company.id', 'placement.companyId')
    .select([
      'placement.kind',
      'placement.startsOn',
      'placement.endsOn',
      'placement.weeklyHoursTenths',
      'company.name as companyName',
    ])
    .where('placement.courseId', '=', courseId)
    .orderBy('placement.startsOn')
    .execute();
}
