import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { deriveKeys } from '../crypto/keys.ts';
import { countAuditRowsDue, pruneAuditTrail } from './audit-prune.ts';
import { latestCheckpoint, recordAudit, verifyAuditChain } from './audit.ts';
import { sealAuditTrail } from './audit-sealer.ts';

const keys = testKeys();
const actor = { userId: null, username: 'cli:tester', organisationId: null };
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

async function write(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await database.db
      .transaction()
      .execute((tx) =>
        recordAudit(tx, actor, null, { action: 'read', entityType: 'test', entityId: String(i) }),
      );
  }
  await sealAuditTrail(database.db);
}

async function databaseNow(): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`SELECT clock_timestamp() AS now`.execute(database.db);
  return new Date(rows[0]!.now);
}

describe('pruning the audit trail', () => {
  it('deletes the rows before the cutoff behind a signed checkpoint, and verify still passes', async () => {
    await write(5);
    const cutoff = await databaseNow();
    await write(3);
    expect(await countAuditRowsDue(database.db, cutoff)).toBe(5);

    expect(await pruneAuditTrail(database.db, keys, cutoff)).toBe(5);
    expect(await latestCheckpoint(database.db)).toMatchObject({ chainSeq: 5, deleted: 5, deletedTotal: 5 });
    expect(await verifyAuditChain(database.db, { keys })).toMatchObject({ ok: true, checked: 3 });
    // Nothing more is due, and a second run changes nothing.
    expect(await countAuditRowsDue(database.db, cutoff)).toBe(0);
    expect(await pruneAuditTrail(database.db, keys, cutoff)).toBe(0);

    // New rows chain on; a later pruning of everything leaves an empty chain that still verifies.
    await write(2);
    expect(await pruneAuditTrail(database.db, keys, await databaseNow())).toBe(5);
    expect(await latestCheckpoint(database.db)).toMatchObject({ chainSeq: 10, deleted: 5, deletedTotal: 10 });
    expect(await verifyAuditChain(database.db, { keys })).toMatchObject({ ok: true, checked: 0 });
    await write(1);
    expect(await verifyAuditChain(database.db, { keys })).toMatchObject({ ok: true, checked: 1 });
  });

  it('reports a checkpoint not signed with the key, and rows deleted behind an old checkpoint', async () => {
    const otherKeys = deriveKeys(Buffer.alloc(32, 7));
    const forged = await verifyAuditChain(database.db, { keys: otherKeys });
    expect(forged.ok).toBe(false);
    expect(forged.problems).toEqual([{ reason: 'checkpoint_forged', position: 10 }]);
    await expect(verifyAuditChain(database.db)).rejects.toThrow(/needs the key/);

    // Someone deletes the newest checkpoint to hide rows removed after it: the older one exposes them.
    await database.db.deleteFrom('auditCheckpoint').where('chainSeq', '=', 10).execute();
    const exposed = await verifyAuditChain(database.db, { keys });
    expect(exposed.problemsByReason).toEqual({ missing: 5 });
  });
});
