import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../../../test/support/db.ts';
import { openPostgres, type Database, type Db } from '../db/client.ts';
import { listMigrations, migrate } from '../db/migrate.ts';
import { recordAudit, verifyAuditChain } from './audit.ts';
import { canonicalJson, GENESIS_HASH } from './audit-chain.ts';
import { sealAuditTrail, startAuditSealer } from './audit-sealer.ts';

const SYSTEM = { userId: null, username: 'system:test', organisationId: null };

function write(db: Db, requestId: string) {
  return db
    .transaction()
    .execute((tx) =>
      recordAudit(tx, SYSTEM, requestId, { action: 'read', entityType: 'test', criteria: { requestId } }),
    );
}

async function chainOf(db: Db) {
  return db.selectFrom('auditEvent').select(['seq', 'chainSeq', 'requestId']).orderBy('chainSeq').execute();
}

describe('the audit sealer', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database?.close());

  it('seals on its timer, seals the rest when stopped, and reports errors instead of throwing', async () => {
    const errors: unknown[] = [];
    const stop = startAuditSealer(database.db, (error) => errors.push(error), 20);
    await write(database.db, 'timer');
    await vi.waitFor(async () => expect((await verifyAuditChain(database.db)).checked).toBe(1), {
      timeout: 30_000,
      interval: 50,
    });
    await stop();
    await write(database.db, 'after-stop');
    expect(await verifyAuditChain(database.db)).toMatchObject({ checked: 1, pending: 1 });

    const broken = {
      selectFrom: () => {
        throw new Error('database gone');
      },
    } as unknown as Db;
    const stopBroken = startAuditSealer(broken, (error) => errors.push(error), 20);
    await stopBroken();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => (e as Error).message === 'database gone')).toBe(true);
    await sealAuditTrail(database.db);
  });

  it.skipIf(!onPostgres)(
    'chains a row that commits after a higher-numbered one at a later position',
    async () => {
      const late = await database.db.startTransaction().execute();
      await recordAudit(late, SYSTEM, 'late', { action: 'read', entityType: 'test' });
      // The audit INSERT is deferred (pg-client.ts): the next statement sends it, taking its seq now.
      await sql`SELECT 1`.execute(late);
      await write(database.db, 'early');
      await sealAuditTrail(database.db);
      await late.commit().execute();
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, pending: 1 });
      await sealAuditTrail(database.db);
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, pending: 0 });
      const chain = (await chainOf(database.db)).filter((r) => ['early', 'late'].includes(r.requestId!));
      expect(chain.map((r) => r.requestId)).toEqual(['early', 'late']);
      expect(chain[1]!.seq).toBeLessThan(chain[0]!.seq);
      expect(chain[1]!.chainSeq).toBe(chain[0]!.chainSeq! + 1);
    },
  );

  it.skipIf(!onPostgres)('does not fork the chain with two sealers at work at once', async () => {
    const second: Database = await openPostgres(database.url!, { max: 2 });
    try {
      for (let round = 0; round < 5; round++) {
        await Promise.all([
          ...Array.from({ length: 20 }, (_, i) => write(database.db, `round${round}-${i}`)),
          sealAuditTrail(database.db),
          sealAuditTrail(second.db),
          sealAuditTrail(second.db),
        ]);
      }
      await Promise.all([sealAuditTrail(database.db), sealAuditTrail(second.db)]);
      await sealAuditTrail(database.db);
      expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, pending: 0, problemCount: 0 });
      const chain = await chainOf(database.db);
      expect(chain.map((r) => r.chainSeq)).toEqual(chain.map((_, i) => i + 1));
    } finally {
      await second.close();
    }
  });
});

/** The hash of the writer before migration 0012, as it was (git history of audit-chain.ts). */
function oldWriterHash(prevHash: string, row: Record<string, unknown> & { occurredAt: Date }): string {
  const content = canonicalJson([
    row.seq,
    row.occurredAt.toISOString(),
    row.actorUserId,
    row.actorUsername,
    row.organisationId,
    row.action,
    row.entityType,
    row.entityId,
    row.citizenId,
    [...(row.resultCitizenIds as string[])].sort(),
    row.criteria ?? null,
    row.requestId,
  ]);
  return crypto.createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

describe('migration 0012', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrations: listMigrations().filter((m) => m.name < '0012') });
  });
  afterAll(() => database?.close());

  it('keeps a trail chained before it valid, also rows hashed with an upper-case citizen id', async () => {
    const { db } = database;
    const citizen = crypto.randomUUID();
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq++) {
      const row = {
        seq,
        occurredAt: new Date(Date.UTC(2026, 10, 23, 12, 0, seq, 123)),
        actorUserId: crypto.randomUUID(),
        actorUsername: 'sagsbehandler',
        organisationId: null,
        action: 'read',
        entityType: 'citizen',
        // The defect of issue 10: the id as the URL spelled it, in the text column and in the hash.
        entityId: seq === 2 ? citizen.toUpperCase() : citizen,
        citizenId: seq === 2 ? citizen.toUpperCase() : citizen,
        resultCitizenIds: [crypto.randomUUID(), crypto.randomUUID()],
        criteria: { page: seq, name: 'Å' },
        requestId: `r${seq}`,
      };
      const hash = oldWriterHash(prev, row);
      await sql`INSERT INTO audit_event (seq, occurred_at, actor_user_id, actor_username, organisation_id, action,
          entity_type, entity_id, citizen_id, result_citizen_ids, criteria, request_id, prev_hash, hash)
        VALUES (${row.seq}, ${row.occurredAt}, ${row.actorUserId}, ${row.actorUsername}, NULL, 'read', 'citizen',
          ${row.entityId}, ${row.citizenId}, ${row.resultCitizenIds}::uuid[], ${JSON.stringify(row.criteria)},
          ${row.requestId}, ${prev}, ${hash})`.execute(db);
      await sql`UPDATE audit_head SET seq = ${seq}, hash = ${hash}`.execute(db);
      prev = hash;
    }

    await migrate(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 3 });
    await write(db, 'after');
    await sealAuditTrail(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: 4 });
    const newest = await db
      .selectFrom('auditEvent')
      .select(['seq', 'chainSeq'])
      .where('requestId', '=', 'after');
    expect(await newest.executeTakeFirstOrThrow()).toEqual({ seq: 4, chainSeq: 4 });

    await sql`UPDATE audit_event SET entity_type = 'course' WHERE seq = 2`.execute(db);
    expect((await verifyAuditChain(db)).problems).toEqual([{ reason: 'changed', position: 2, seq: 2 }]);
  });
});
