// The SQL of follow-up meetings with providers (migration 0025, issue 14): meetings, participants, agreed
// actions and comments. Takes a transaction, returns plain rows; who may see which provider's rows is
// decided by the service (and row-level security keeps a provider's users to their own).
import { sql } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { MeetingActionStatus } from '../../platform/db/schema.ts';

export function findProvider(tx: Tx, id: string) {
  return tx
    .selectFrom('organisation')
    .select(['id', 'name', 'code', 'kind'])
    .where('id', '=', id)
    .where('kind', '=', 'provider')
    .executeTakeFirst();
}

/** Who may take part or own an action: active users of the administration, job centres and the provider. */
export function listPeople(tx: Tx, providerId: string) {
  return tx
    .selectFrom('appUser')
    .innerJoin('organisation', 'organisation.id', 'appUser.organisationId')
    .select(['appUser.id', 'appUser.displayName as name', 'organisation.name as organisationName'])
    .where('appUser.isActive', '=', true)
    .where((eb) =>
      eb.or([
        eb('organisation.kind', 'in', ['administration', 'job_centre']),
        eb('organisation.id', '=', providerId),
      ]),
    )
    .orderBy('organisation.name')
    .orderBy('appUser.displayName')
    .orderBy('appUser.id')
    .execute();
}

export type PersonRow = Awaited<ReturnType<typeof listPeople>>[number];

export function listMeetingsOfProvider(tx: Tx, providerId: string, onDate: string) {
  return tx
    .selectFrom('providerMeeting as m')
    .select((eb) => [
      'm.id',
      'm.heldOn',
      sql<boolean>`m.agenda IS NOT NULL`.as('hasAgenda'),
      eb
        .selectFrom('providerMeetingParticipant as p')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('p.meetingId', '=', 'm.id')
        .as('participants'),
      eb
        .selectFrom('providerMeetingAction as a')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('a.meetingId', '=', 'm.id')
        .where('a.status', '=', 'open')
        .as('openActions'),
      eb
        .selectFrom('providerMeetingAction as a')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('a.meetingId', '=', 'm.id')
        .where('a.status', '=', 'open')
        .where('a.dueOn', '<', onDate)
        .as('overdueActions'),
      eb
        .selectFrom('providerMeetingComment as c')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('c.meetingId', '=', 'm.id')
        .as('comments'),
    ])
    .where('m.providerId', '=', providerId)
    .orderBy('m.heldOn', 'desc')
    .orderBy('m.createdAt', 'desc')
    .orderBy('m.id')
    .execute();
}

export function findMeeting(tx: Tx, id: string) {
  return tx
    .selectFrom('providerMeeting as m')
    .innerJoin('organisation as o', 'o.id', 'm.providerId')
    .select([
      'm.id',
      'm.providerId',
      'o.name as providerName',
      'm.heldOn',
      'm.minutes',
      'm.agenda',
      'm.agendaGeneratedOn',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export function insertMeeting(
  tx: Tx,
  values: { providerId: string; heldOn: string; minutes: string; createdBy: string },
) {
  return tx.insertInto('providerMeeting').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateMeeting(
  tx: Tx,
  id: string,
  values: { heldOn?: string; minutes?: string },
): Promise<void> {
  await tx
    .updateTable('providerMeeting')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function setAgenda(tx: Tx, id: string, agenda: unknown, generatedOn: string): Promise<void> {
  await tx
    .updateTable('providerMeeting')
    .set({ agenda: JSON.stringify(agenda), agendaGeneratedOn: generatedOn, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export function listParticipants(tx: Tx, meetingId: string) {
  return tx
    .selectFrom('providerMeetingParticipant as p')
    .leftJoin('appUser as u', 'u.id', 'p.userId')
    .leftJoin('organisation as o', 'o.id', 'u.organisationId')
    .select([
      'p.userId',
      'p.externalName',
      'p.externalOrganisation',
      'u.displayName as userName',
      'o.name as userOrganisation',
    ])
    .where('p.meetingId', '=', meetingId)
    .orderBy(sql`p.user_id IS NULL`)
    .orderBy(sql`coalesce(u.display_name, p.external_name)`)
    .orderBy('p.id')
    .execute();
}

/** Replaces a meeting's participants with these users and external people. */
export async function replaceParticipants(
  tx: Tx,
  meeting: { id: string; providerId: string },
  userIds: readonly string[],
  externals: readonly { name: string; organisation: string | null }[],
): Promise<void> {
  await tx.deleteFrom('providerMeetingParticipant').where('meetingId', '=', meeting.id).execute();
  const rows = [
    ...userIds.map((userId) => ({ userId, externalName: null, externalOrganisation: null })),
    ...externals.map((e) => ({ userId: null, externalName: e.name, externalOrganisation: e.organisation })),
  ].map((row) => ({ ...row, meetingId: meeting.id, providerId: meeting.providerId }));
  if (rows.length > 0) await tx.insertInto('providerMeetingParticipant').values(rows).execute();
}

function selectActions(tx: Tx) {
  return tx
    .selectFrom('providerMeetingAction as a')
    .innerJoin('providerMeeting as m', 'm.id', 'a.meetingId')
    .innerJoin('appUser as u', 'u.id', 'a.ownerId')
    .innerJoin('organisation as o', 'o.id', 'u.organisationId')
    .select([
      'a.id',
      'a.meetingId',
      'm.heldOn as meetingHeldOn',
      'a.providerId',
      'a.text',
      'a.ownerId',
      'u.displayName as ownerName',
      'o.name as ownerOrganisation',
      'a.dueOn',
      'a.status',
      'a.closedOn',
    ]);
}

export type ActionRow = Awaited<ReturnType<typeof listActionsOfMeeting>>[number];

export function listActionsOfMeeting(tx: Tx, meetingId: string) {
  return selectActions(tx)
    .where('a.meetingId', '=', meetingId)
    .orderBy('a.dueOn')
    .orderBy('a.createdAt')
    .orderBy('a.id')
    .execute();
}

export function listOpenActionsOfProvider(tx: Tx, providerId: string) {
  return selectActions(tx)
    .where('a.providerId', '=', providerId)
    .where('a.status', '=', 'open')
    .orderBy('a.dueOn')
    .orderBy('a.id')
    .execute();
}

/** The user's own open actions whose deadline has passed (for the task list). */
export function listOverdueActionsOfOwner(tx: Tx, ownerId: string, onDate: string) {
  return tx
    .selectFrom('providerMeetingAction as a')
    .innerJoin('organisation as o', 'o.id', 'a.providerId')
    .select(['a.id', 'a.meetingId', 'a.providerId', 'o.name as providerName', 'a.text', 'a.dueOn'])
    .where('a.ownerId', '=', ownerId)
    .where('a.status', '=', 'open')
    .where('a.dueOn', '<', onDate)
    .orderBy('a.dueOn')
    .orderBy('a.id')
    .execute();
}

export function findAction(tx: Tx, id: string) {
  return selectActions(tx).where('a.id', '=', id).executeTakeFirst();
}

export function insertAction(
  tx: Tx,
  values: {
    meetingId: string;
    providerId: string;
    text: string;
    ownerId: string;
    dueOn: string;
    createdBy: string;
  },
) {
  return tx.insertInto('providerMeetingAction').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateAction(
  tx: Tx,
  id: string,
  values: {
    text: string;
    ownerId: string;
    dueOn: string;
    status: MeetingActionStatus;
    closedOn: string | null;
  },
): Promise<void> {
  await tx
    .updateTable('providerMeetingAction')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export function listComments(tx: Tx, meetingId: string) {
  return tx
    .selectFrom('providerMeetingComment as c')
    .innerJoin('appUser as u', 'u.id', 'c.authorId')
    .innerJoin('organisation as o', 'o.id', 'u.organisationId')
    .select([
      'c.id',
      'c.actionId',
      'c.authorId',
      'u.displayName as authorName',
      'o.name as authorOrganisation',
      'c.body',
      'c.createdAt',
    ])
    .where('c.meetingId', '=', meetingId)
    .orderBy('c.createdAt')
    .orderBy('c.id')
    .execute();
}

export function insertComment(
  tx: Tx,
  values: { meetingId: string; providerId: string; actionId: string | null; authorId: string; body: string },
) {
  return tx.insertInto('providerMeetingComment').values(values).returning('id').executeTakeFirstOrThrow();
}
