// Generating a meeting's agenda (issue 14): figures from the other modules' services, kept with the meeting
// as a snapshot that does not move when the figures do; only the administration and the job centre
// generate it; it is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { addAction, createMeeting, generateAgenda, getMeeting } from './meeting.service.ts';
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

describe('generateAgenda', () => {
  it('keeps the agenda as it was made, while the figures move on', async () => {
    const { id } = await createMeeting(ctx('procurement'), world.organisations.providerA.id, {
      heldOn: today(),
    });
    await addAction(ctx('procurement'), id, {
      text: 'Før dagsordenen',
      ownerId: world.users.providerLead.userId,
      dueOn: addDays(today(), -3),
    });
    const meeting = await generateAgenda(ctx('procurement'), id);
    expect(meeting.agendaGeneratedOn).toBe(today());
    const keysOf = meeting.agenda!.sections.map((s) => [s.key, s.available]);
    expect(keysOf).toEqual([
      ['outcomes', true],
      // No courses: the fair comparison has no row for the provider (the section says so).
      ['fairness', true],
      ['talks', true],
      // No budget frame for the year in this database.
      ['capacity', false],
      ['billing', true],
      ['actions', true],
      ['complaints', true],
    ]);
    const actions = meeting.agenda!.sections.find((s) => s.key === 'actions')!;
    expect(actions.items).toEqual([
      {
        text: 'Før dagsordenen',
        ownerName: world.users.providerLead.displayName,
        dueOn: addDays(today(), -3),
        overdue: true,
      },
    ]);

    await addAction(ctx('procurement'), id, {
      text: 'Efter dagsordenen',
      ownerId: world.users.procurement.userId,
      dueOn: addDays(today(), 7),
    });
    const later = await getMeeting(ctx('providerLead'), id);
    expect(later.agenda).toEqual(meeting.agenda);
    expect(later.actions).toHaveLength(2);

    const audit = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'criteria'])
      .where('entityId', '=', id)
      .where('action', '=', 'update')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it("refuses the provider's lead (403)", async () => {
    const { id } = await createMeeting(ctx('admin'), world.organisations.providerA.id, { heldOn: today() });
    const promise = generateAgenda(ctx('providerLead'), id);
    await expect(promise).rejects.toBeInstanceOf(AppError);
    await expect(promise).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
