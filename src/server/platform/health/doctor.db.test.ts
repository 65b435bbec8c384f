import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { recordAudit, recordVerifyResult, verifyAuditChain } from '../audit/audit.ts';
import { checkKeyFingerprint } from '../crypto/key-check.ts';
import { deriveKeys } from '../crypto/keys.ts';
import { listMigrations } from '../db/migrate.ts';
import { doctorReport, doctorReportText } from './doctor.ts';

let database: TestDatabase;
const keys = testKeys();

beforeAll(async () => {
  database = await createTestDatabase();
  await checkKeyFingerprint(database.db, keys);
});
afterAll(() => database?.close());

describe('doctorReport', () => {
  it('reports a migrated database with its key as OK, and changes nothing', async () => {
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_event`.execute(database.db);
    const report = await doctorReport(database, keys);
    expect(report).toMatchObject({
      ok: true,
      database: { kind: database.kind },
      migrations: { applied: listMigrations().length, pending: [], unknown: [] },
      key: { fingerprint: keys.fingerprint, status: 'matches' },
      audit: { unsealed: 0 },
      imports: { running: 0 },
      problems: [],
    });
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_event`.execute(database.db);
    expect(after.rows).toEqual(before.rows);
    expect(doctorReportText(report)).toMatch(/none pending[\s\S]*matches the data[\s\S]*\nOK\n$/);
  });

  it('names pending and unknown migrations, another key and no key', async () => {
    const files = listMigrations();
    const newer = await doctorReport(database, keys, [...files, { name: '9999_future', sql: '' }]);
    expect(newer.migrations.pending).toEqual(['9999_future']);
    expect(newer.problems).toEqual([
      expect.stringContaining('1 migration(s) not applied: run indsats migrate'),
    ]);
    const older = await doctorReport(database, keys, files.slice(0, -1));
    expect(older.migrations.unknown).toEqual([files.at(-1)!.name]);
    expect(older.problems).toEqual([expect.stringContaining('a newer version wrote it')]);
    const other = await doctorReport(database, deriveKeys(Buffer.alloc(32, 7)));
    expect(other.key.status).toBe('differs');
    expect(other.problems).toEqual([expect.stringContaining('not the one the data was written with')]);
    const none = await doctorReport(database, undefined);
    expect(none).toMatchObject({ ok: false, key: { fingerprint: null, status: 'no_key' } });
  });

  it('shows the last audit verify, and a failed one as a problem', async () => {
    expect((await doctorReport(database, keys)).audit!.lastVerify).toBeNull();
    expect(doctorReportText(await doctorReport(database, keys))).toContain('last verify: never');
    const at = new Date('2026-12-06T08:00:00Z');
    const result = await verifyAuditChain(database.db);
    await recordVerifyResult(database.db, result, at);
    const ok = await doctorReport(database, keys);
    expect(ok.audit!.lastVerify).toEqual({
      at: at.toISOString(),
      ok: true,
      checked: result.checked,
      problemCount: 0,
    });
    expect(ok.ok).toBe(true);
    await recordVerifyResult(database.db, { ...result, ok: false, problemCount: 3 }, at);
    const failed = await doctorReport(database, keys);
    expect(failed.problems).toEqual([
      'the last audit verify (2026-12-06T08:00:00.000Z) found 3 problem(s): indsats audit verify lists them.',
    ]);
    await recordVerifyResult(database.db, result, at);
  });

  it('reports audit rows left unsealed for more than a minute', async () => {
    await database.db.transaction().execute((tx) =>
      recordAudit(tx, { userId: null, username: 'doctor-test', organisationId: null }, 'doctor', {
        action: 'read',
        entityType: 'test',
      }),
    );
    expect((await doctorReport(database, keys)).audit).toMatchObject({ unsealed: 1 });
    await sql`UPDATE audit_event SET occurred_at = now() - interval '2 minutes' WHERE chain_seq IS NULL`.execute(
      database.db,
    );
    const report = await doctorReport(database, keys);
    expect(report.ok).toBe(false);
    expect(report.audit!.oldestUnsealedSeconds).toBeGreaterThanOrEqual(120);
    expect(report.problems).toEqual([expect.stringContaining('indsats audit seal chains them')]);
  });
});
