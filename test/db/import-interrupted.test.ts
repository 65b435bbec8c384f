// An import killed with -9, for real: its batch is marked failed ("interrupted") when indsats starts
// again, and on the embedded database its process's lock on the data folder is taken over; meanwhile a
// second process is refused the folder (issue 10, defect 9).
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/server/platform/db/client.ts';
import { LOCK_FILE } from '../../src/server/platform/db/data-dir-lock.ts';
import { migrate } from '../../src/server/platform/db/migrate.ts';
import { createTestDatabase, onPostgres, type TestDatabase } from '../support/db.ts';

const BIN = path.resolve('bin/indsats.mjs');
const secret = crypto.randomBytes(32).toString('hex');
let dataDir: string;
let pgDatabase: TestDatabase | undefined;

function env(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    INDSATS_DATA_DIR: dataDir,
    INDSATS_SECRET_KEY: secret,
    DATABASE_URL: pgDatabase?.url ?? '',
  };
}

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 180_000,
    env: env(),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function withCliDatabase<T>(work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: pgDatabase?.url, dataDir });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** A DREAM extract of `persons` rows × 104 weeks (about 0.4 kB a row), every CPR number different. */
function writeRegister(file: string, persons: number): void {
  const weeks = Array.from(
    { length: 104 },
    (_, i) => `y_${19 + Math.floor(i / 52)}${String((i % 52) + 1).padStart(2, '0')}`,
  );
  const codes = weeks.map(() => '130').join(',');
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, `PNR,${weeks.join(',')}\n`);
  let chunk = '';
  for (let i = 0; i < persons; i++) {
    // Born 1950–1999 (7th digit 0–3: the 1900s), a different day or serial number for every row.
    const day = (i % 28) + 1;
    const month = (Math.floor(i / 28) % 12) + 1;
    const year = 50 + (Math.floor(i / 336) % 50);
    const serial = Math.floor(i / 16_800);
    const cpr = `${String(day).padStart(2, '0')}${String(month).padStart(2, '0')}${year}${String(serial).padStart(4, '0')}`;
    chunk += `${cpr},${codes}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'indsats-interrupted-'));
  if (onPostgres) pgDatabase = await createTestDatabase();
  await withCliDatabase((database) => migrate(database.db));
});
afterAll(async () => {
  await pgDatabase?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Each command starts a process that compiles the CLI and opens the database: seconds each on a busy machine.
describe('an interrupted import', { timeout: 300_000 }, () => {
  it.skipIf(onPostgres)('is not started while another process has the embedded database open', async () => {
    const codebook = path.join(dataDir, 'koder.csv');
    fs.writeFileSync(codebook, 'code,meaning,category\n130,Kontanthjælp,benefit\n');
    const refused = await withCliDatabase(async () => cli(['import', 'codebook', codebook]));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `bruges allerede af en anden indsats-proces (pid ${process.pid}). Stop den først, eller brug DATABASE_URL.`,
    );
    expect(refused.stderr).toContain(`already in use by another indsats process (pid ${process.pid})`);
    // Closed, the folder is free again.
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('is marked failed, "interrupted", when indsats starts again after a kill -9', async () => {
    const register = path.join(dataDir, 'dream.csv');
    writeRegister(register, 40_000);
    const child = spawn(process.execPath, [BIN, 'import', 'register', register], {
      env: env(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    // Killed once it reports a tenth of the file imported: mid-way, whatever the machine's speed.
    const lines = readline.createInterface({ input: child.stderr });
    let output = '';
    for await (const line of lines) {
      output += `${line}\n`;
      if (/^Importing register: \d+ %/.test(line)) break;
    }
    expect(output).toMatch(/Importing register: \d+ %/);
    if (!onPostgres) {
      const lock = JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')) as { pid: number };
      expect(lock.pid).toBe(child.pid);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    lines.close();

    // Started again: the dead process's lock is taken over and its batch marked interrupted.
    const codebook = path.join(dataDir, 'koder.csv');
    fs.writeFileSync(codebook, 'code,meaning,category\n130,Kontanthjælp,benefit\n');
    const again = cli(['import', 'codebook', codebook]);
    expect(again.code, again.stderr).toBe(0);
    if (!onPostgres) expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    const { batch, persons } = await withCliDatabase(async (database) => ({
      batch: await database.db
        .selectFrom('importBatch')
        .select(['status', 'errors', 'errorCount', 'finishedAt', 'ownerPid'])
        .where('kind', '=', 'register')
        .executeTakeFirstOrThrow(),
      persons: await database.db
        .selectFrom('registerPerson')
        .select(database.db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    }));
    expect(batch).toMatchObject({
      status: 'failed',
      errorCount: 1,
      errors: [{ line: 0, message: 'import.interrupted' }],
      ownerPid: child.pid,
    });
    expect(batch.finishedAt).not.toBeNull();
    // Nothing of the interrupted import was kept.
    expect(Number(persons.n)).toBe(0);
  });
});
