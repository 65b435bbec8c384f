// Actions past their deadline appear in their owner's task list (issue 14), and only there: not before the
// deadline has passed, not once done, not in anybody else's list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { listTasks } from '../talks/talk.service.ts';
import { addAction, createMeeting, updateAction } from './meeting.service.ts';
import { todayInCopenhagen as today } from '../../../shared/dates.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const meetingTasks = async (who: keyof typeof world.users) =>
  (await listTasks(ctx(who))).items.filter((task) => task.kind === 'meeting_action');

describe("meeting actions in the owner's task list", () => {
  it('lists an open action the day after its deadline, links its meeting, and drops it once done', async () => {
    const { id } = await createMeeting(ctx('procurement'), world.organisations.providerA.id, {
      heldOn: addDays(today(), -30),
    });
    const owner = world.users.providerLead.userId;
    const add = (text: string, offset: number) =>
      addAction(ctx('procurement'), id, { text, ownerId: owner, dueOn: addDays(today(), offset) });
    await add('Frist i går', -1);
    await add('Frist i dag', 0);
    const meeting = await add('Frist i morgen', 1);

    const tasks = await meetingTasks('providerLead');
    expect(tasks).toEqual([
      {
        key: `meeting_action:${meeting.actions.find((a) => a.text === 'Frist i går')!.id}`,
        kind: 'meeting_action',
        dueOn: addDays(today(), -1),
        overdue: true,
        courseId: null,
        referralId: null,
        citizenName: '',
        detail: null,
        companyName: null,
        meetingId: id,
        providerName: world.organisations.providerA.name,
        actionText: 'Frist i går',
      },
    ]);
    expect(await meetingTasks('providerStaff')).toEqual([]);
    expect(await meetingTasks('caseworker')).toEqual([]);

    await updateAction(ctx('procurement'), tasks[0]!.key.split(':')[1]!, { status: 'done' });
    expect(await meetingTasks('providerLead')).toEqual([]);
  });

  it("lists a caseworker's own overdue action beside their course tasks", async () => {
    const { id } = await createMeeting(ctx('caseworker'), world.organisations.providerB.id, {
      heldOn: addDays(today(), -20),
    });
    await addAction(ctx('caseworker'), id, {
      text: 'Send henvisningsoversigt',
      ownerId: world.users.caseworker.userId,
      dueOn: addDays(today(), -5),
    });
    expect((await meetingTasks('caseworker')).map((t) => t.actionText)).toEqual(['Send henvisningsoversigt']);
  });

  it("lists an analyst's overdue action in a task list that holds no course tasks", async () => {
    const { id } = await createMeeting(ctx('procurement'), world.organisations.providerA.id, {
      heldOn: addDays(today(), -40),
    });
    await addAction(ctx('procurement'), id, {
      text: 'Opgør henvisninger pr. kvartal',
      ownerId: world.users.analyst.userId,
      dueOn: addDays(today(), -2),
    });
    // The analyst may not read courses (task.read without course.read): only the meeting action is listed.
    const all = (await listTasks(ctx('analyst'))).items;
    expect(all.map((t) => [t.kind, t.actionText])).toEqual([
      ['meeting_action', 'Opgør henvisninger pr. kvartal'],
    ]);
  });
});
