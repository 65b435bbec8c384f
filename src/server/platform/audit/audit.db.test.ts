import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { getCitizen } from '../../modules/citizens/citizen.service.ts';
import { verifyAuditChain } from './audit.ts';

let database: TestDatabase;
const keys = testKeys();

beforeAll(async () => {
  database = await createTestDatabase();
  const world = await buildWorld(database.db, keys);
  const ctx = ctxFor(database.db, keys, world.users.caseworker);
  for (let i = 0; i < 6; i++) await getCitizen(ctx, world.citizens.citizenAtA.id);
});
afterAll(() => database?.close());

describe('audit verify', () => {
  it('reports an intact chain', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, checked: 6 });
  });

  it('stays intact under concurrent writers', async () => {
    const world = await buildWorld(database.db, keys);
    const ctx = ctxFor(database.db, keys, world.users.caseworker);
    await Promise.all(Array.from({ length: 8 }, () => getCitizen(ctx, world.citizens.citizenAtA.id)));
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('finds a row changed directly in SQL', async () => {
    await sql`UPDATE audit_event SET actor_username = 'someone' WHERE seq = 3`.execute(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      problem: { seq: 3, reason: 'hash_mismatch' },
    });
  });

  it('finds a row deleted directly in SQL', async () => {
    await sql`DELETE FROM audit_event WHERE seq = 2`.execute(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      problem: { seq: 3, reason: 'gap' },
    });
  });

  it('finds the newest rows deleted directly in SQL', async () => {
    await sql`DELETE FROM audit_event WHERE seq < 5`.execute(database.db);
    await sql`UPDATE audit_event SET seq = seq - 4, prev_hash = prev_hash WHERE seq >= 5`.execute(
      database.db,
    );
    const last = await database.db
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.max('seq').as('max'))
      .executeTakeFirstOrThrow();
    await sql`DELETE FROM audit_event WHERE seq = ${last.max}`.execute(database.db);
    const result = await verifyAuditChain(database.db);
    expect(result.ok).toBe(false);
  });
});
