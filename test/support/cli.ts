// The `indsats` command as an operator runs it, for tests: a real process on a real database — a
// fresh data folder for PGlite, or with DATABASE_URL a fresh PostgreSQL database — with one key.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../src/server/platform/db/client.ts';
import { deriveKeys, parseSecret, type Keys } from '../../src/server/platform/crypto/keys.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';

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
  run(args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv; timeout?: number }): CliResult;
  /** Opens the command's database in the test (after the command has closed it: PGlite is locked). */
  withDatabase<T>(work: (database: Database) => Promise<T>): Promise<T>;
  keys(): Keys;
  close(): Promise<void>;
}

export async function createCliWorld(prefix = 'indsats-cli-'): Promise<CliWorld> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const secret = crypto.randomBytes(32).toString('hex');
  // A fresh, migrated database on PostgreSQL; on PGlite the command creates it in dataDir.
  const pgDatabase = process.env.DATABASE_URL ? await createTestDatabase() : undefined;
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
    run(args, options = {}) {
      const result = spawnSync(process.execPath, [BIN, ...args], {
        encoding: 'utf8',
        input: options.input ?? '',
        timeout: options.timeout ?? 120_000,
        env: env(options.env),
      });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    async withDatabase(work) {
      const database = await openDatabase({ databaseUrl: pgDatabase?.url, dataDir });
      try {
        return await work(database);
      } finally {
        await database.close();
      }
    },
    keys: () => deriveKeys(parseSecret(secret)),
    async close() {
      await pgDatabase?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
