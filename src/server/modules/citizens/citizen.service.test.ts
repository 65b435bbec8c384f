import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { withActorTransaction } from '../../platform/context.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildCpr, buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import { createCitizen, getCitizen, getCitizenAccessLog, searchCitizens } from './citizen.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);

async function expectAppError(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code });
}

describe('citizens: scope', () => {
  it('shows a caseworker the citizens of their own job centre only', async () => {
    const list = await searchCitizens(ctx('caseworker'), { page: 1 });
    const ids = list.items.map((c) => c.id).sort();
    expect(ids).toEqual([world.citizens.citizenAtA.id, world.citizens.citizenUnlinked.id].sort());
  });

  it('shows provider users only citizens linked to their provider', async () => {
    const list = await searchCitizens(ctx('providerStaff'), { page: 1 });
    expect(list.items.map((c) => c.id)).toEqual([world.citizens.citizenAtA.id]);
    const other = await searchCitizens(ctx('otherProviderStaff'), { page: 1 });
    expect(other.items.map((c) => c.id)).toEqual([world.citizens.citizenOtherJobCentre.id]);
  });

  it('shows the administration no citizens at all', async () => {
    const list = await searchCitizens(ctx('analyst'), { page: 1 });
    expect(list.items).toEqual([]);
  });

  it('answers NOT_FOUND for a citizen out of scope, so existence does not leak', async () => {
    await expectAppError(getCitizen(ctx('otherCaseworker'), world.citizens.citizenAtA.id), 'NOT_FOUND');
    await expectAppError(getCitizen(ctx('providerStaff'), world.citizens.citizenUnlinked.id), 'NOT_FOUND');
    await expectAppError(
      getCitizenAccessLog(ctx('otherCaseworker'), world.citizens.citizenAtA.id),
      'NOT_FOUND',
    );
  });

  it('finds a citizen by CPR number, with or without the hyphen, and by part of the name', async () => {
    const { cpr, name, id } = world.citizens.citizenAtA;
    const plain = await searchCitizens(ctx('caseworker'), { q: cpr, page: 1 });
    const hyphen = await searchCitizens(ctx('caseworker'), {
      q: `${cpr.slice(0, 6)}-${cpr.slice(6)}`,
      page: 1,
    });
    const byName = await searchCitizens(ctx('caseworker'), { q: name.split(' ')[1]!.toUpperCase(), page: 1 });
    expect(plain.items.map((c) => c.id)).toEqual([id]);
    expect(hyphen.items.map((c) => c.id)).toEqual([id]);
    expect(byName.items.map((c) => c.id)).toContain(id);
  });

  it('treats % and _ in a name search as text, not wildcards', async () => {
    const list = await searchCitizens(ctx('caseworker'), { q: '%', page: 1 });
    expect(list.items).toEqual([]);
  });
});

describe('citizens: row-level security without the application filter', () => {
  const rawCitizenIds = (who: keyof typeof world.users) =>
    withActorTransaction(ctx(who), async (tx) =>
      (await sql<{ id: string }>`SELECT id FROM citizen ORDER BY id`.execute(tx)).rows.map((r) => r.id),
    );

  it("returns only the caseworker's own job centre's rows to a bare SELECT", async () => {
    expect(await rawCitizenIds('caseworker')).toEqual(
      [world.citizens.citizenAtA.id, world.citizens.citizenUnlinked.id].sort(),
    );
  });

  it("returns only the provider's linked citizens to a bare SELECT", async () => {
    expect(await rawCitizenIds('providerStaff')).toEqual([world.citizens.citizenAtA.id]);
  });

  it('returns nothing to the administration', async () => {
    expect(await rawCitizenIds('analyst')).toEqual([]);
    expect(await rawCitizenIds('admin')).toEqual([]);
  });

  it('hides other providers’ links and the audit rows of citizens out of scope', async () => {
    const links = await withActorTransaction(
      ctx('providerStaff'),
      async (tx) =>
        (await sql<{ providerId: string }>`SELECT provider_id FROM citizen_provider_link`.execute(tx)).rows,
    );
    expect(links.map((l) => l.providerId)).toEqual([world.organisations.providerA.id]);
    await getCitizen(ctx('otherCaseworker'), world.citizens.citizenOtherJobCentre.id);
    const audit = await withActorTransaction(
      ctx('caseworker'),
      async (tx) =>
        (
          await sql<{
            citizenId: string;
          }>`SELECT citizen_id FROM audit_event WHERE citizen_id IS NOT NULL`.execute(tx)
        ).rows,
    );
    expect(audit.map((a) => a.citizenId)).not.toContain(world.citizens.citizenOtherJobCentre.id);
  });

  it('refuses the app role an UPDATE or DELETE of the audit trail and any read of password hashes', async () => {
    for (const statement of [
      sql`UPDATE audit_event SET action = 'read'`,
      sql`DELETE FROM audit_event`,
      sql`SELECT password_hash FROM app_user`,
    ]) {
      await expect(
        withActorTransaction(ctx('caseworker'), (tx) => statement.execute(tx)),
      ).rejects.toMatchObject({ code: '42501' });
    }
  });

  it('refuses a provider user an INSERT of a citizen at the database level', async () => {
    const insert = withActorTransaction(ctx('providerStaff'), (tx) =>
      sql`INSERT INTO citizen (job_centre_id, cpr_hash, cpr_encrypted, name) VALUES (${world.organisations.jobCentre.id}, '\\x01', '\\x01', 'x')`.execute(
        tx,
      ),
    );
    await expect(insert).rejects.toMatchObject({ code: '42501' });
  });
});

describe('citizens: create', () => {
  it('stores the CPR number encrypted and hashed, never in plain text', async () => {
    const cpr = buildCpr();
    const created = await createCitizen(ctx('caseworker'), {
      cpr,
      name: 'Test Testesen',
      district: 'Valby',
      notes: 'Syntetisk note',
    });
    expect(created.cpr).toBe(`${cpr.slice(0, 6)}-${cpr.slice(6)}`);
    expect(created.notes).toBe('Syntetisk note');
    const raw = await sql<Record<string, unknown>>`SELECT * FROM citizen WHERE id = ${created.id}`.execute(
      database.db,
    );
    // Every column as text, bytea columns as their raw bytes: the CPR digits must appear nowhere.
    const text = Object.values(raw.rows[0]!)
      .map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') : String(v)))
      .join('|');
    expect(text).not.toContain(cpr);
    expect(text).not.toContain(cpr.slice(0, 6));
    expect(text).not.toContain('Syntetisk note');
  });

  it('warns, but accepts, a CPR number that fails modulus 11', async () => {
    const created = await createCitizen(ctx('caseworker'), {
      cpr: buildCpr({ modulus11: false }),
      name: 'Uden Kontrolciffer',
      district: null,
    });
    expect(created.warnings).toEqual([{ field: 'cpr', message: expect.stringContaining('modulus 11') }]);
  });

  it('refuses a duplicate CPR number with a field error, also across job centres', async () => {
    const { cpr } = world.citizens.citizenOtherJobCentre;
    const duplicate = createCitizen(ctx('caseworker'), { cpr, name: 'Dublet', district: null });
    await expect(duplicate).rejects.toMatchObject({
      code: 'CONFLICT',
      fields: { cpr: 'citizen.duplicate_cpr' },
    });
  });

  it('refuses an invalid CPR number with a field error', async () => {
    await expect(
      createCitizen(ctx('caseworker'), { cpr: '3102901234', name: 'X', district: null }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { cpr: 'cpr.invalid_date' },
    });
  });
});

describe('citizens: audit', () => {
  it('logs reads, searches with their criteria, and creates in the access log', async () => {
    const { id, cpr } = world.citizens.citizenUnlinked;
    await searchCitizens(ctx('caseworker'), { q: cpr, page: 1 });
    await getCitizen(ctx('caseworker'), id);
    const log = await getCitizenAccessLog(ctx('caseworker'), id);
    const actions = log.items.map((i) => `${i.action}:${i.entityType}`);
    expect(actions.slice(0, 3)).toEqual(['read:citizen_access_log', 'read:citizen', 'search:citizen']);
    expect(log.items[0]!.actor.username).toBe(world.users.caseworker.username);

    const rows = await database.db
      .selectFrom('auditEvent')
      .select(['criteria'])
      .where('action', '=', 'search')
      .execute();
    const criteria = JSON.stringify(rows.map((r) => r.criteria));
    expect(criteria).toContain('cprHash');
    expect(criteria).not.toContain(cpr);
  });

  it('writes no audit row when the action fails', async () => {
    const count = async () =>
      (
        await database.db
          .selectFrom('auditEvent')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = await count();
    await getCitizen(ctx('otherCaseworker'), world.citizens.citizenAtA.id).catch(() => undefined);
    expect(await count()).toBe(before);
  });
});

describe('citizens: detail and pages', () => {
  it('lists the providers working with a citizen, and to a provider user only itself', async () => {
    const { jobCentre, providerA, providerB } = world.organisations;
    const { id } = await insertCitizen(database.db, keys, {
      jobCentreId: jobCentre.id,
      providerIds: [providerA.id, providerB.id],
    });
    const ids = async (who: keyof typeof world.users) =>
      (await getCitizen(ctx(who), id)).providers.map((p) => p.id).sort();
    expect(await ids('caseworker')).toEqual([providerA.id, providerB.id].sort());
    expect(await ids('providerStaff')).toEqual([providerA.id]);
    expect(await ids('otherProviderStaff')).toEqual([providerB.id]);
    const unlinked = await getCitizen(ctx('caseworker'), world.citizens.citizenUnlinked.id);
    expect(unlinked.providers).toEqual([]);
  });

  it('counts every match on every page, also on an empty page past the last', async () => {
    const first = await searchCitizens(ctx('caseworker'), { page: 1 });
    expect(first.total).toBe(first.items.length);
    expect(first.total).toBeGreaterThan(0);
    const past = await searchCitizens(ctx('caseworker'), { page: 2 });
    expect(past).toMatchObject({ items: [], total: first.total, page: 2 });
    const none = await searchCitizens(ctx('caseworker'), { q: 'ingen-hedder-sådan', page: 1 });
    expect(none).toMatchObject({ items: [], total: 0 });
  });
});
