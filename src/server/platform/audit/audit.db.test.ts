import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { getCitizen } from '../../modules/citizens/citizen.service.ts';
import { withActorTransaction } from '../context.ts';
import { recordAudit, verifyAuditChain } from './audit.ts';
import { sealAuditTrail } from './audit-sealer.ts';

const keys = testKeys();

async function setUp() {
  const database = await createTestDatabase();
  const world = await buildWorld(database.db, keys);
  const ctx = ctxFor(database.db, keys, world.users.caseworker);
  const read = (times: number) =>
    Promise.all(Array.from({ length: times }, () => getCitizen(ctx, world.citizens.citizenAtA.id)));
  return { database, world, ctx, read };
}

describe('writing, sealing and verifying the audit trail', () => {
  let database: TestDatabase;
  let env: Awaited<ReturnType<typeof setUp>>;

  beforeAll(async () => {
    env = await setUp();
    database = env.database;
  });
  afterAll(() => database?.close());

  it('writes rows unchained, which verify reports as pending until the sealer chains them', async () => {
    await env.read(6);
    const unsealed = await database.db
      .selectFrom('auditEvent')
      .select(['chainSeq', 'hash'])
      .where('chainSeq', 'is', null)
      .execute();
    expect(unsealed).toHaveLength(6);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 0, pending: 6 });
    expect(await sealAuditTrail(database.db)).toBe(6);
    expect(await verifyAuditChain(database.db)).toEqual({
      ok: true,
      checked: 6,
      pending: 0,
      problemCount: 0,
      problemsByReason: {},
      problems: [],
    });
    expect(await sealAuditTrail(database.db)).toBe(0);
  });

  it('stays intact under concurrent writers', async () => {
    await env.read(8);
    await sealAuditTrail(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 14 });
  });

  it('verifies a read by an id in upper case, stored and hashed in one spelling (issue 10)', async () => {
    const id = env.world.citizens.citizenAtA.id;
    await getCitizen(env.ctx, id.toUpperCase());
    await sealAuditTrail(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, problemCount: 0 });
    const row = await database.db
      .selectFrom('auditEvent')
      .select(['entityId', 'citizenId'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ entityId: id, citizenId: id });
  });

  it('reports a row left unsealed for more than a minute as a fault', async () => {
    await env.read(1);
    const { seq } = await database.db
      .selectFrom('auditEvent')
      .select('seq')
      .where('chainSeq', 'is', null)
      .executeTakeFirstOrThrow();
    await sql`UPDATE audit_event SET occurred_at = now() - interval '2 minutes' WHERE seq = ${seq}`.execute(
      database.db,
    );
    const result = await verifyAuditChain(database.db);
    expect(result).toMatchObject({ ok: false, problemCount: 1, problemsByReason: { unsealed: 1 } });
    expect(result.problems).toEqual([{ reason: 'unsealed', seq, occurredAt: expect.any(String) }]);
    await sealAuditTrail(database.db);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('lets the app role insert the content of a row only, and never change the trail', async () => {
    const asApp = (statement: ReturnType<typeof sql>) =>
      withActorTransaction(env.ctx, (tx) => statement.execute(tx));
    for (const statement of [
      sql`UPDATE audit_event SET chain_seq = chain_seq + 1000, prev_hash = 'x', hash = 'y'`,
      sql`UPDATE audit_event SET actor_username = 'x'`,
      sql`DELETE FROM audit_event`,
      sql`UPDATE audit_head SET seq = 0`,
      sql`INSERT INTO audit_event (actor_username, action, entity_type, chain_seq, prev_hash, hash)
          VALUES ('x', 'read', 'citizen', 1000, 'x', 'y')`,
      sql`INSERT INTO audit_event (seq, actor_username, action, entity_type) VALUES (100000, 'x', 'read', 'citizen')`,
      sql`INSERT INTO audit_event (occurred_at, actor_username, action, entity_type)
          VALUES (now() - interval '1 day', 'x', 'read', 'citizen')`,
    ]) {
      await expect(asApp(statement)).rejects.toMatchObject({ code: '42501' });
    }
    // What recordAudit does, as the app role: allowed.
    await withActorTransaction(env.ctx, (tx) =>
      recordAudit(tx, { userId: null, username: 'x', organisationId: null }, null, {
        action: 'read',
        entityType: 'citizen',
      }),
    );
    await sealAuditTrail(database.db);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });
});

describe('verify reports every problem', () => {
  let env: Awaited<ReturnType<typeof setUp>>;

  beforeAll(async () => {
    env = await setUp();
    await env.read(12);
    await sealAuditTrail(env.database.db);
  });
  afterAll(() => env?.database.close());

  it('finds two changed rows and a deleted one, with the exact count', async () => {
    const { db } = env.database;
    await sql`UPDATE audit_event SET actor_username = 'someone' WHERE chain_seq = 3`.execute(db);
    await sql`UPDATE audit_event SET criteria = '{"page": 2}' WHERE chain_seq = 8`.execute(db);
    await sql`DELETE FROM audit_event WHERE chain_seq = 5`.execute(db);
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({
      ok: false,
      checked: 11,
      problemCount: 3,
      problemsByReason: { changed: 2, missing: 1 },
    });
    expect(result.problems).toEqual([
      { reason: 'changed', position: 3, seq: expect.any(Number) },
      { reason: 'missing', position: 5 },
      { reason: 'changed', position: 8, seq: expect.any(Number) },
    ]);
  });

  it('counts deleted rows at the end against the head', async () => {
    await sql`DELETE FROM audit_event WHERE chain_seq > 10`.execute(env.database.db);
    const result = await verifyAuditChain(env.database.db);
    expect(result.problemCount).toBe(5);
    expect(result.problems.slice(3)).toEqual([
      { reason: 'missing', position: 11 },
      { reason: 'missing', position: 12 },
    ]);
  });

  it('lists the first 100 problems of many and counts them all', async () => {
    const { db } = env.database;
    await env.read(150);
    await sealAuditTrail(db);
    await sql`UPDATE audit_event SET request_id = 'forged' WHERE chain_seq > 12`.execute(db);
    const result = await verifyAuditChain(db);
    // The 5 problems above, then 150 changed rows; the head now points past the deleted 11 and 12.
    expect(result.problemCount).toBe(155);
    expect(result.problemsByReason).toEqual({ changed: 152, missing: 3 });
    expect(result.problems).toHaveLength(100);
  });
});
