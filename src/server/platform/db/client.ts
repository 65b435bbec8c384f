// One database code path: Kysely over a pg.Pool, which talks either to a real PostgreSQL
// (DATABASE_URL) or to embedded PGlite through its node-postgres adapter.
import fs from 'node:fs';
import path from 'node:path';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { AppClient } from './pg-client.ts';
import type { DatabaseSchema } from './schema.ts';

export type Db = Kysely<DatabaseSchema>;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Where the data lives, for messages: a data directory or the URL without its password. */
  location: string;
  close(): Promise<void>;
  /** PGlite only: the whole data folder as a tarball, which `openPglite(undefined, { image })` opens. */
  image?(): Promise<Blob>;
}

// Dates are calendar dates, not instants: keep `date` columns as 'YYYY-MM-DD' strings.
pg.types.setTypeParser(1082, (value: string) => value);
// bigint (øre, counts) as numbers: the amounts here stay far below 2^53.
pg.types.setTypeParser(20, (value: string) => Number(value));

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    Client: AppClient,
    // A batch of deferred statements is sent at once (pg-client.ts); Kysely otherwise waits for each.
    pipeline: true,
  });
  // Fail early with a clear message instead of on the first request.
  const client = await pool.connect().catch((error: Error) => {
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(url)}: ${error.message}`);
  });
  client.release();
  const db = new Kysely<DatabaseSchema>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, kind: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}

/**
 * Embedded PostgreSQL (PGlite) in `dataDir/pgdata`, or in memory when dataDir is undefined. A data folder
 * is locked for this process until close() (data-dir-lock.ts): every command that opens it — serve,
 * migrate, import, seed, users, audit, report — comes through here, and a second process is refused.
 */
export async function openPglite(
  dataDir: string | undefined,
  options: {
    /** In memory only: start from this data folder (a tarball from `image()`), not from an empty one. */
    image?: Blob;
  } = {},
): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  let lite;
  let lock: DataDirLock | undefined;
  if (dataDir) {
    lock = lockDataDir(dataDir);
    try {
      const pgdata = path.join(dataDir, 'pgdata');
      fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
      lite = await PGlite.create(pgdata);
    } catch (error) {
      lock.release();
      throw error;
    }
  } else {
    lite = await PGlite.create(options.image ? { loadDataDir: options.image } : {});
  }
  // PGlite has one connection: the adapter's config sets a pool size of 1, so transactions queue.
  const pool = new pg.Pool({
    ...(createPgConfig(lite) as unknown as pg.PoolConfig),
    Client: AppClient,
  });
  const db = new Kysely<DatabaseSchema>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    kind: 'pglite',
    location: dataDir ? path.join(dataDir, 'pgdata') : 'memory',
    close: async () => {
      try {
        await db.destroy();
        await lite.close();
      } finally {
        lock?.release();
      }
    },
    image: () => lite.dumpDataDir('none'),
  };
}

export async function openDatabase(config: {
  databaseUrl: string | undefined;
  dataDir: string;
  /** The PostgreSQL pool's size (default 10); PGlite has one connection. */
  databasePoolMax?: number;
}): Promise<Database> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, config.databasePoolMax ? { max: config.databasePoolMax } : {})
    : openPglite(config.dataDir);
}
