// The SQL of party hearing (migration 0023, issue 12). Takes a transaction, returns plain rows; who may see
// the comments is decided by the service (and row-level security decides which rows).
import type { Tx } from '../../platform/context.ts';
import type {
  PartyHearingMethod,
  PartyHearingOutcome,
  PartyHearingSubject,
} from '../../../shared/courses/party-hearing.constants.ts';

const columns = [
  'partyHearing.id',
  'partyHearing.courseId',
  'partyHearing.citizenId',
  'partyHearing.subject',
  'partyHearing.planStartId',
  'partyHearing.documentUpdatedAt',
  'partyHearing.sentOn',
  'partyHearing.deadlineOn',
  'partyHearing.method',
  'partyHearing.sentBy',
  'partyHearing.outcome',
  'partyHearing.outcomeOn',
  'partyHearing.commentsEncrypted',
  'partyHearing.outcomeBy',
  'partyHearing.createdAt',
] as const;

function selectHearings(tx: Tx) {
  return tx
    .selectFrom('partyHearing')
    .leftJoin('appUser as sender', 'sender.id', 'partyHearing.sentBy')
    .leftJoin('appUser as recorder', 'recorder.id', 'partyHearing.outcomeBy')
    .leftJoin('planStart', 'planStart.id', 'partyHearing.planStartId')
    .select(columns)
    .select([
      'sender.displayName as sentByName',
      'recorder.displayName as outcomeByName',
      'planStart.startedOn as planStartedOn',
    ]);
}

/** A course's hearings, newest sending first. */
export function listHearingsOfCourse(tx: Tx, courseId: string) {
  return selectHearings(tx)
    .where('partyHearing.courseId', '=', courseId)
    .orderBy('partyHearing.sentOn', 'desc')
    .orderBy('partyHearing.createdAt', 'desc')
    .orderBy('partyHearing.id')
    .execute();
}

export type PartyHearingRow = Awaited<ReturnType<typeof listHearingsOfCourse>>[number];

export function findHearing(tx: Tx, id: string) {
  return selectHearings(tx).where('partyHearing.id', '=', id).executeTakeFirst();
}

/** A hearing of the same documentation still awaiting comments (one at a time). */
export function findOpenHearing(
  tx: Tx,
  courseId: string,
  subject: PartyHearingSubject,
  planStartId: string | null,
) {
  let query = tx
    .selectFrom('partyHearing')
    .select(['id', 'sentOn', 'deadlineOn'])
    .where('courseId', '=', courseId)
    .where('subject', '=', subject)
    .where('outcome', 'is', null);
  query = planStartId === null ? query : query.where('planStartId', '=', planStartId);
  return query.executeTakeFirst();
}

/** The last change of each of a course's documents, to tell whether a sent version has changed since. */
export async function documentVersions(tx: Tx, courseId: string): Promise<Map<string, Date>> {
  const rows = await tx
    .selectFrom('courseDocument')
    .select(['kind', 'updatedAt'])
    .where('courseId', '=', courseId)
    .execute();
  return new Map(rows.map((r) => [r.kind, new Date(r.updatedAt)]));
}

export function findPlanStartOfCourse(tx: Tx, id: string) {
  return tx.selectFrom('planStart').select(['id', 'courseId']).where('id', '=', id).executeTakeFirst();
}

export async function hasHearingOfPlanStart(tx: Tx, planStartId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('partyHearing')
    .select('id')
    .where('planStartId', '=', planStartId)
    .executeTakeFirst();
  return Boolean(row);
}

export function insertHearing(
  tx: Tx,
  values: {
    courseId: string;
    citizenId: string;
    subject: PartyHearingSubject;
    planStartId: string | null;
    documentUpdatedAt: Date | null;
    sentOn: string;
    deadlineOn: string;
    method: PartyHearingMethod;
    sentBy: string;
  },
) {
  return tx.insertInto('partyHearing').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateOutcome(
  tx: Tx,
  id: string,
  values: {
    outcome: PartyHearingOutcome;
    outcomeOn: string;
    commentsEncrypted: Buffer | null;
    outcomeBy: string;
  },
): Promise<void> {
  await tx
    .updateTable('partyHearing')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}
