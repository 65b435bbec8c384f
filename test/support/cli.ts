// The `indsats` command for tests, on a real database — a data folder of its own for PGlite, or with
// DATABASE_URL a fresh PostgreSQL database — with one key: `cli` runs it in this process (runCli, with
// collected output: the default), `run` starts the real bin as an operator does (smoke tests, signals).
// On PGlite the data folder starts as a copy of the run's migrated one (test/support/db-image.ts), so a
// command does not run initdb and every migration first; `{ fresh: true }` starts from an empty folder.
// There `cli` keeps the folder's PGlite open between commands (opened at the first, handed to runCli,
// closed by `close`), as opening it took most of a command's time; `{ keepOpen: false }`, and `fresh`,
// open and close it in each command as the bin does. `run` (a process) needs it closed: such worlds
// keep nothing open.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/program.ts';
import type { CliStream } from '../../src/cli/output.ts';
import { openDatabase, type Database } from '../../src/server/platform/db/client.ts';
import { deriveKeys, parseSecret, type Keys } from '../../src/server/platform/crypto/keys.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { migratedDataDir } from './db-image.ts';

export const BIN = path.resolve('bin/indsats.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliWorld {
  dataDir: string;
  secret: string;
  /** The PostgreSQL database when DATABASE_URL is set, else undefined (PGlite in dataDir). */
  pgDatabase: TestDatabase | undefined;
  /** The environment the command runs with (NODE_ENV=test, the data folder, the key, the database). */
  env(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** `indsats <args>` in this process: the same program, streams and exit code as the bin, no process. */
  cli(args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv }): Promise<CliResult>;
  /**
   * `indsats <args>` as a process through bin/indsats.mjs: for the smoke test and what needs a process.
   * Only in a world that keeps nothing open (the process locks the folder).
   */
  run(args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv; timeout?: number }): CliResult;
  /** The command's database in the test: the one kept open, or opened after the command closed it. */
  withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T>;
  keys(): Keys;
  close(): Promise<void>;
}

export async function createCliWorld(
  prefix = 'indsats-cli-',
  options: { fresh?: boolean; keepOpen?: boolean } = {},
): Promise<CliWorld> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const secret = crypto.randomBytes(32).toString('hex');
  // A fresh, migrated database on PostgreSQL; on PGlite a copy of the migrated data folder, or with
  // `fresh` (or no image) none: the first command creates it in dataDir.
  const pgDatabase = process.env.DATABASE_URL ? await createTestDatabase() : undefined;
  const migrated = pgDatabase || options.fresh ? undefined : migratedDataDir();
  if (migrated) fs.cpSync(migrated, dataDir, { recursive: true });
  // The PGlite kept open for every command and the test, opened at first use.
  const keepOpen = !pgDatabase && !options.fresh && (options.keepOpen ?? true);
  let open: Promise<Database> | undefined;
  const kept = () => (keepOpen ? (open ??= openDatabase({ databaseUrl: undefined, dataDir })) : undefined);
  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    ...process.env,
    NODE_ENV: 'test',
    INDSATS_DATA_DIR: dataDir,
    INDSATS_SECRET_KEY: secret,
    DATABASE_URL: pgDatabase?.url ?? '',
    ...extra,
  });
  return {
    dataDir,
    secret,
    pgDatabase,
    env,
    cli: async (args, options = {}) =>
      runCliCollected(args, { input: options.input, env: env(options.env), database: await kept() }),
    run(args, options = {}) {
      if (keepOpen) throw new Error('world.run needs a world that keeps nothing open: { keepOpen: false }');
      const result = spawnSync(process.execPath, [BIN, ...args], {
        encoding: 'utf8',
        input: options.input ?? '',
        timeout: options.timeout ?? 120_000,
        env: env(options.env),
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    async withDatabase(work) {
      const shared = await kept();
      if (shared) return work(shared);
      const database = await openDatabase({ databaseUrl: pgDatabase?.url, dataDir });
      try {
        return await work(database);
      } finally {
        await database.close();
      }
    },
    keys: () => deriveKeys(parseSecret(secret)),
    async close() {
      await (await open)?.close();
      await pgDatabase?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A stream that keeps what is written, as bytes (binary output too), read back as UTF-8. */
export function collectingStream(): CliStream & { text(): string } {
  const chunks: Buffer[] = [];
  return {
    isTTY: false,
    write(chunk) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
      return true;
    },
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}

/** `indsats <args>` in this process with `env` and standard input `input` (empty by default). */
export async function runCliCollected(
  args: string[],
  options: { input?: string; env: NodeJS.ProcessEnv; database?: Database },
): Promise<CliResult> {
  const stdout = collectingStream();
  const stderr = collectingStream();
  const code = await runCli(args, {
    stdout,
    stderr,
    stdin: options.input ?? '',
    env: options.env,
    ...(options.database ? { database: options.database } : {}),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
