// Follow-up meetings with providers (issue 14): the administration and the job centre record meetings and
// actions, the provider's lead reads its own provider's and comments, another provider's answers 404, and
// every change is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertOrganisation, insertUser } from '../../../../test/support/factories.ts';
import type { Actor } from '../../platform/context.ts';
import {
  addAction,
  addComment,
  createMeeting,
  getMeeting,
  listProviderMeetings,
  updateAction,
  updateMeeting,
} from './meeting.service.ts';
import { todayInCopenhagen as today } from '../../../shared/dates.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const ctxOf = (actor: Actor) => ctxFor(database.db, keys, actor);
const ctx = (who: keyof typeof world.users) => ctxOf(world.users[who]);
const day = (offset: number) => addDays(today(), offset);
const providerA = () => world.organisations.providerA.id;
const providerB = () => world.organisations.providerB.id;

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code, ...(fields ? { fields } : {}) });
}

async function auditRows(entityId: string) {
  return database.db
    .selectFrom('auditEvent')
    .select(['action', 'entityType'])
    .where('entityId', '=', entityId)
    .execute();
}

async function meetingAtA(offset = -7) {
  return createMeeting(ctx('procurement'), providerA(), {
    heldOn: day(offset),
    participantUserIds: [world.users.procurement.userId, world.users.providerLead.userId],
    externals: [{ name: 'Lone Lokal', organisation: 'Lokaludvalget' }],
    minutes: 'Gennemgang af resultater.',
  });
}

describe('meetings', () => {
  it('records a meeting with users and named externals, and audits it', async () => {
    const { id } = await meetingAtA();
    const meeting = await getMeeting(ctx('procurement'), id);
    expect(meeting.heldOn).toBe(day(-7));
    expect(meeting.minutes).toBe('Gennemgang af resultater.');
    expect(meeting.participants.map((p) => p.name)).toEqual(
      expect.arrayContaining([world.users.procurement.displayName, 'Lone Lokal']),
    );
    expect(meeting.participants.find((p) => p.userId === null)).toMatchObject({
      organisationName: 'Lokaludvalget',
    });
    expect(meeting.canManage).toBe(true);
    expect(await auditRows(id)).toEqual([{ action: 'create', entityType: 'provider_meeting' }]);
  });

  it('refuses a participant from another provider', async () => {
    await expectAppError(
      createMeeting(ctx('caseworker'), providerA(), {
        heldOn: day(0),
        participantUserIds: [world.users.otherProviderStaff.userId],
      }),
      'VALIDATION_FAILED',
      { participantUserIds: 'meeting.participant_unknown' },
    );
  });

  it("shows the provider's lead its own provider's meetings and answers 404 for another's", async () => {
    const { id } = await meetingAtA();
    const list = await listProviderMeetings(ctx('providerLead'), providerA());
    expect(list.meetings.map((m) => m.id)).toContain(id);
    expect(list.canManage).toBe(false);
    expect(list.canComment).toBe(true);
    expect(list.people).toEqual([]);
    const other = await createMeeting(ctx('admin'), providerB(), { heldOn: day(-1) });
    await expectAppError(getMeeting(ctx('providerLead'), other.id), 'NOT_FOUND');
    await expectAppError(listProviderMeetings(ctx('providerLead'), providerB()), 'NOT_FOUND');
  });

  it('answers 404 for an organisation that is not a provider', async () => {
    await expectAppError(listProviderMeetings(ctx('admin'), world.organisations.jobCentre.id), 'NOT_FOUND');
  });

  it('changes the minutes and replaces the participants', async () => {
    const { id } = await meetingAtA();
    const changed = await updateMeeting(ctx('analyst'), id, {
      minutes: 'Nyt referat',
      participantUserIds: [world.users.analyst.userId],
    });
    expect(changed.minutes).toBe('Nyt referat');
    expect(changed.participants.map((p) => p.name)).toEqual([world.users.analyst.displayName, 'Lone Lokal']);
  });
});

describe('actions and comments', () => {
  it('adds an action with an owner and a deadline, marks it overdue after the deadline, and closes it', async () => {
    const { id } = await meetingAtA();
    const withAction = await addAction(ctx('procurement'), id, {
      text: 'Indsend liste over virksomhedspartnerskaber',
      ownerId: world.users.providerLead.userId,
      dueOn: day(-1),
    });
    const action = withAction.actions[0]!;
    expect(action).toMatchObject({ status: 'open', overdue: true, closedOn: null });
    expect(action.owner.name).toBe(world.users.providerLead.displayName);
    const list = await listProviderMeetings(ctx('providerLead'), providerA());
    expect(list.openActions.map((a) => a.id)).toContain(action.id);
    expect(list.meetings.find((m) => m.id === id)).toMatchObject({ openActions: 1, overdueActions: 1 });

    const done = await updateAction(ctx('procurement'), action.id, { status: 'done' });
    expect(done.actions[0]).toMatchObject({ status: 'done', closedOn: today(), overdue: false });
    const reopened = await updateAction(ctx('procurement'), action.id, { status: 'open', dueOn: day(14) });
    expect(reopened.actions[0]).toMatchObject({ status: 'open', closedOn: null, overdue: false });
    expect((await auditRows(action.id)).map((r) => r.action)).toEqual(['create', 'update', 'update']);
  });

  it('refuses an owner who could not take part', async () => {
    const { id } = await meetingAtA();
    await expectAppError(
      addAction(ctx('procurement'), id, {
        text: 'x',
        ownerId: world.users.otherProviderStaff.userId,
        dueOn: day(3),
      }),
      'VALIDATION_FAILED',
      { ownerId: 'meeting.owner_unknown' },
    );
  });

  it("lets the provider's lead comment on a meeting and its action, but not change the action", async () => {
    const { id } = await meetingAtA();
    const meeting = await addAction(ctx('caseworker'), id, {
      text: 'Afklar mentorfordeling',
      ownerId: world.users.caseworker.userId,
      dueOn: day(10),
    });
    const actionId = meeting.actions[0]!.id;
    const commented = await addComment(ctx('providerLead'), id, { body: 'Vi har sat det i gang.', actionId });
    expect(commented.comments).toMatchObject([
      { body: 'Vi har sat det i gang.', actionId, author: { name: world.users.providerLead.displayName } },
    ]);
    await expectAppError(updateAction(ctx('providerLead'), actionId, { status: 'done' }), 'FORBIDDEN');
    expect((await auditRows(commented.comments[0]!.id)).map((r) => r.entityType)).toEqual([
      'provider_meeting_comment',
    ]);
  });

  it("refuses a comment on another meeting's action", async () => {
    const first = await meetingAtA();
    const second = await meetingAtA();
    const withAction = await addAction(ctx('admin'), first.id, {
      text: 'Opfølgning',
      ownerId: world.users.admin.userId,
      dueOn: day(5),
    });
    await expectAppError(
      addComment(ctx('admin'), second.id, { body: 'x', actionId: withAction.actions[0]!.id }),
      'VALIDATION_FAILED',
      { actionId: 'meeting.action_unknown' },
    );
  });

  it("hides another provider's action from a provider user (404)", async () => {
    const other = await createMeeting(ctx('admin'), providerB(), { heldOn: day(-2) });
    const meeting = await addAction(ctx('admin'), other.id, {
      text: 'B',
      ownerId: world.users.admin.userId,
      dueOn: day(2),
    });
    const outsider = await insertUser(database.db, await insertOrganisation(database.db, 'provider'), [
      'provider_lead',
    ]);
    await expectAppError(addComment(ctxOf(outsider), other.id, { body: 'x' }), 'NOT_FOUND');
    expect(meeting.actions).toHaveLength(1);
  });
});
