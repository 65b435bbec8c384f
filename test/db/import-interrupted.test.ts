// An import killed with -9, for real: its batch is marked failed ("interrupted") when indsats starts
// again, and on the embedded database its process's lock on the data folder is taken over; meanwhile a
// second process is refused the folder (issue 10, defect 9).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/platform/db/client.ts';
import { LOCK_FILE } from '../../src/server/platform/db/data-dir-lock.ts';
import { migrate } from '../../src/server/platform/db/migrate.ts';
import { BIN, createCliWorld, type CliWorld } from '../support/cli.ts';
import { onPostgres } from '../support/db.ts';

let world: CliWorld;
/** A second process: the test itself holds the embedded database open. */
const cliProcess = (args: string[]) => world.run(args, { timeout: 180_000 });
const withCliDatabase = <T>(work: (database: Database) => Promise<T>) => world.withDatabase(work);

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
  world = await createCliWorld('indsats-interrupted-', { keepOpen: false });
  await withCliDatabase((database) => migrate(database.db));
});
afterAll(() => world?.close());

// The refused import and the killed one are processes (a lock held by another pid, a real kill -9): seconds
// each on a busy machine.
describe('an interrupted import', { timeout: 300_000 }, () => {
  it.skipIf(onPostgres)('is not started while another process has the embedded database open', async () => {
    const codebook = path.join(world.dataDir, 'koder.csv');
    fs.writeFileSync(codebook, 'code,meaning,category\n130,Kontanthjælp,benefit\n');
    const refused = await withCliDatabase(async () => cliProcess(['import', 'codebook', codebook]));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `bruges allerede af en anden indsats-proces (pid ${process.pid}). Stop den først, eller brug DATABASE_URL.`,
    );
    expect(refused.stderr).toContain(`already in use by another indsats process (pid ${process.pid})`);
    // Closed, the folder is free again.
    expect(fs.existsSync(path.join(world.dataDir, LOCK_FILE))).toBe(false);
  });

  it('is marked failed, "interrupted", when indsats starts again after a kill -9', async () => {
    const register = path.join(world.dataDir, 'dream.csv');
    writeRegister(register, 40_000);
    const child = spawn(process.execPath, [BIN, 'import', 'register', register], {
      env: world.env(),
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
      const lock = JSON.parse(fs.readFileSync(path.join(world.dataDir, LOCK_FILE), 'utf8')) as {
        pid: number;
      };
      expect(lock.pid).toBe(child.pid);
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    lines.close();

    // Started again (in this process): the dead process's lock is taken over and its batch marked
    // interrupted.
    const codebook = path.join(world.dataDir, 'koder.csv');
    fs.writeFileSync(codebook, 'code,meaning,category\n130,Kontanthjælp,benefit\n');
    const again = await world.cli(['import', 'codebook', codebook]);
    expect(again.code, again.stderr).toBe(0);
    if (!onPostgres) expect(fs.existsSync(path.join(world.dataDir, LOCK_FILE))).toBe(false);
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
