// A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
// PostgreSQL server of DATABASE_URL (dropped again on close), so the same tests run on both engines.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/server/platform/db/client.ts';
import { migrate, type MigrationFile } from '../../src/server/platform/db/migrate.ts';
import { deriveKeys, type Keys } from '../../src/server/platform/crypto/keys.ts';
import { DEMO_IMAGE_VARIABLE, DEMO_SECRET_VARIABLE, IMAGE_VARIABLE } from './db-image.ts';

export interface TestDatabase extends Database {
  /** A connection string for this database (PostgreSQL only). */
  url: string | undefined;
}

export const onPostgres = Boolean(process.env.DATABASE_URL);

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Drops a test database once the pool's connections have really gone: pg's pool.end() resolves before
 * the server has closed them, and DROP … WITH (FORCE) would kill connections still shutting down
 * (an unhandled 57P01 in the test run). So: plain DROP, retried while "being accessed" (55006).
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await client.end();
  }
}

let imageRead: Promise<Blob | undefined> | undefined;

/** The migrated data folder of the run's global setup (test/support/db-image.ts), read once per file. */
function migratedImage(): Promise<Blob | undefined> {
  const file = process.env[IMAGE_VARIABLE];
  if (!file) return Promise.resolve(undefined);
  imageRead ??= fs.readFile(file).then((bytes) => new Blob([bytes]));
  return imageRead;
}

let demoImageRead: Promise<Blob> | undefined;

/**
 * The run's demo database and the keys it was seeded with (test/support/db-image.ts), on PGlite when the
 * db project's global setup made it; else undefined (PostgreSQL, the browser project: seed it yourself).
 */
export async function demoTestDatabase(): Promise<{ database: TestDatabase; keys: Keys } | undefined> {
  const file = process.env[DEMO_IMAGE_VARIABLE];
  const secret = process.env[DEMO_SECRET_VARIABLE];
  if (process.env.DATABASE_URL || !file || !secret) return undefined;
  demoImageRead ??= fs.readFile(file).then((bytes) => new Blob([bytes]));
  const database = await openPglite(undefined, { image: await demoImageRead });
  await migrate(database.db);
  return { database: { ...database, url: undefined }, keys: deriveKeys(Buffer.from(secret, 'hex')) };
}

/** `migrations`: apply only these (a test of a migration starts from the schema before it). */
export async function createTestDatabase(
  options: { migrations?: MigrationFile[] } = {},
): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const image = options.migrations ? undefined : await migratedImage();
    const database = await openPglite(undefined, image ? { image } : {});
    // From the image this only checks that nothing is pending; without one it migrates.
    await migrate(database.db, options.migrations);
    return { ...database, url: undefined };
  }
  const name = `indsats_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  const database = await openPostgres(url, { max: 5 });
  await migrate(database.db, options.migrations);
  return {
    ...database,
    url,
    close: async () => {
      await database.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

export function testKeys(): Keys {
  return deriveKeys(crypto.randomBytes(32));
}
