// Which running batches count as interrupted: their process, by host, pid and start time, and their
// heartbeat (issue 10, defect 9).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { importFile, writeCsv, TEST_OPERATOR } from './import.fixtures.ts';
import { failInterruptedImports, startImport, SYSTEM_IMPORT_PERMISSIONS } from './import.service.ts';
import { HEARTBEAT_MS, OWNER, startHeartbeat } from './services/interrupted-imports.ts';

let database: TestDatabase;
const keys = testKeys();

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const db = () => database.db;

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

async function runningBatch(
  name: string,
  owner: { host: string | null; pid: number | null; startedAt: string | null },
  heartbeatAgo: number | null,
): Promise<string> {
  const row = await db()
    .insertInto('importBatch')
    .values({
      kind: 'codebook',
      fileName: name,
      fileSha256: '',
      startedBy: 'test',
      ownerHost: owner.host,
      ownerPid: owner.pid,
      ownerStartedAt: owner.startedAt,
      heartbeatAt: heartbeatAgo === null ? null : sql<Date>`now() - make_interval(secs => ${heartbeatAgo})`,
      startedAt: sql<Date>`now() - interval '1 hour'`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function statusOf(id: string) {
  return db()
    .selectFrom('importBatch')
    .select(['status', 'errors'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

describe('failInterruptedImports', () => {
  it('fails the batches whose process has gone and leaves those whose process lives', async () => {
    const host = os.hostname();
    const gone = {
      ownButNotRunning: await runningBatch('a', OWNER, 1),
      deadPid: await runningBatch('b', { host, pid: deadPid(), startedAt: OWNER.startedAt }, 1),
      earlierLifeOfThisPid: await runningBatch('c', { ...OWNER, startedAt: '2020-01-01T00:00:00Z' }, 1),
      otherHostSilent: await runningBatch(
        'd',
        { host: 'anden-server', pid: 4242, startedAt: OWNER.startedAt },
        300,
      ),
      beforeOwners: await runningBatch('e', { host: null, pid: null, startedAt: null }, null),
    };
    const living = {
      livingPidOnThisHost: await runningBatch(
        'f',
        { host, pid: process.ppid, startedAt: OWNER.startedAt },
        1,
      ),
      otherHostBeating: await runningBatch(
        'g',
        { host: 'anden-server', pid: 4242, startedAt: OWNER.startedAt },
        5,
      ),
    };
    const failed = await failInterruptedImports(db());
    expect(failed.sort()).toEqual(Object.values(gone).sort());
    for (const id of Object.values(gone)) {
      expect(await statusOf(id)).toEqual({
        status: 'failed',
        errors: [{ line: 0, message: 'import.interrupted' }],
      });
    }
    for (const id of Object.values(living)) expect((await statusOf(id)).status).toBe('running');
    await db().updateTable('importBatch').set({ status: 'failed' }).where('status', '=', 'running').execute();
  });

  it("never fails an import this process runs, and the next import fails the others' first", async () => {
    const file = writeCsv(['code,meaning,category', '130,K,benefit']);
    const { batchId, done } = await startImport(db(), keys, {
      kind: 'codebook',
      filePath: file,
      fileName: 'koder.csv',
      options: {},
      actor: TEST_OPERATOR,
      permissions: SYSTEM_IMPORT_PERMISSIONS,
      requestId: null,
    });
    const checked = failInterruptedImports(db());
    expect(await checked).not.toContain(batchId);
    expect((await done).status).toBe('succeeded');
    const stale = await runningBatch(
      'h',
      { host: os.hostname(), pid: deadPid(), startedAt: OWNER.startedAt },
      1,
    );
    await importFile(db(), keys, 'codebook', ['code,meaning,category', '130,K,benefit']);
    expect((await statusOf(stale)).status).toBe('failed');
  });

  it('stamps the heartbeat of a running import every few seconds, which keeps it running', async () => {
    // Another machine's import, silent for ten minutes: only a new heartbeat keeps it.
    const id = await runningBatch('i', { host: 'anden-server', pid: 4242, startedAt: OWNER.startedAt }, 600);
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const stop = startHeartbeat(db(), id);
      vi.advanceTimersByTime(HEARTBEAT_MS);
      await vi.waitFor(async () => {
        const row = await db()
          .selectFrom('importBatch')
          .select(sql<boolean>`heartbeat_at > now() - interval '1 minute'`.as('fresh'))
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(row.fresh).toBe(true);
      });
      stop();
    } finally {
      vi.useRealTimers();
    }
    expect(await failInterruptedImports(db())).toEqual([]);
    expect((await statusOf(id)).status).toBe('running');
  });
});
