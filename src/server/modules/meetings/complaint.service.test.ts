// Complaints and incidents about a provider (issue 14): recorded and handled by the administration and the
// job centre, sealed in the database, audited, counted on the agenda; a provider's users cannot read them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { createComplaint, listComplaints, updateComplaint } from './meeting.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);

describe('complaints', () => {
  it('records a complaint sealed, handles and closes it, and audits each step', async () => {
    const providerId = world.organisations.providerA.id;
    const created = await createComplaint(ctx('caseworker'), providerId, {
      receivedOn: '2026-02-03',
      kind: 'complaint',
      source: 'citizen',
      description: 'Borgeren Testperson klager over aflyste aftaler.',
    });
    const stored = await database.db
      .selectFrom('providerComplaint')
      .select('descriptionEncrypted')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.descriptionEncrypted.toString('utf8')).not.toContain('Testperson');

    const closed = await updateComplaint(ctx('procurement'), created.id, {
      handling: 'Drøftet med leverandøren.',
      closedOn: '2026-02-20',
    });
    expect(closed).toMatchObject({ handling: 'Drøftet med leverandøren.', closedOn: '2026-02-20' });
    const list = await listComplaints(ctx('admin'), providerId);
    expect(list.items.map((c) => c.description)).toEqual([
      'Borgeren Testperson klager over aflyste aftaler.',
    ]);
    const audit = await database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityType', '=', 'provider_complaint')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'read']);
  });

  it('refuses a closing day before the day received', async () => {
    const created = await createComplaint(ctx('admin'), world.organisations.providerB.id, {
      receivedOn: '2026-03-03',
      kind: 'incident',
      source: 'company',
      description: 'Hændelse i praktikken.',
    });
    const promise = updateComplaint(ctx('admin'), created.id, { closedOn: '2026-03-01' });
    await expect(promise).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { closedOn: 'complaint.closed_before_received' },
    });
  });

  it("does not show a provider's lead the complaints about its own provider", async () => {
    const promise = listComplaints(ctx('providerLead'), world.organisations.providerA.id);
    await expect(promise).rejects.toBeInstanceOf(AppError);
    await expect(promise).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
