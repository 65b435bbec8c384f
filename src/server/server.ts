// Starting the app: configuration → keys → database → migrations → HTTP. Shared by the CLI's
// `serve` and by tests, which start real instances on a port.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from './platform/config/config.ts';
import { loadKeys, type Keys } from './platform/crypto/keys.ts';
import { openDatabase, openPglite, type Database } from './platform/db/client.ts';
import { migrate } from './platform/db/migrate.ts';
import { checkKeyFingerprint } from './platform/crypto/key-check.ts';
import { buildApp } from './platform/http/app.ts';
import { ROUTES } from './routes.ts';
import { housekeep } from './platform/auth/housekeeping.ts';
import { sealPlaintextAssessmentNotes } from './modules/courses/course.service.ts';
import { sealPlaintextMinorityBackground } from './modules/referrals/referral.service.ts';
import { fillBirthDates } from './modules/citizens/citizen.service.ts';
import { failInterruptedImports } from './modules/imports/import.service.ts';
import { runDailyRetention, type RetentionResult } from './modules/retention/retention.service.ts';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface Runtime {
  database: Database;
  keys: Keys;
  config: Config;
}

/** Opens the configured database, applies migrations and checks the key matches the data. */
export async function openRuntime(
  config: Config,
  options: {
    inMemory?: boolean;
    /** A database the caller keeps open (and closes): used instead of opening one, never closed here. */
    database?: Database;
  } = {},
): Promise<Runtime> {
  if (config.databaseUrl && config.env === 'production' && !config.secretKey) {
    // Instances sharing one PostgreSQL must share one key; a key generated into a local folder would not be.
    throw new Error(
      'INDSATS_SECRET_KEY is required with DATABASE_URL in production (64 hex digits: openssl rand -hex 32).',
    );
  }
  const keys = loadKeys(config);
  const database =
    options.database ??
    (options.inMemory && !config.databaseUrl ? await openPglite(undefined) : await openDatabase(config));
  try {
    await migrate(database.db);
    await checkKeyFingerprint(database.db, keys);
    // Data the SQL migrations cannot convert because it needs the key.
    await sealPlaintextAssessmentNotes(database.db, keys);
    await sealPlaintextMinorityBackground(database.db, keys);
    await fillBirthDates(database.db, keys);
    // Imports left 'running' by a process that has gone (killed with -9, a stopped machine).
    await failInterruptedImports(database.db);
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
  return { database, keys, config };
}

export async function createHttpApp(
  runtime: Runtime,
  options: { webDir?: string; logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  return buildApp({
    db: runtime.database.db,
    dbKind: runtime.database.kind,
    dbLocation: runtime.database.location,
    keys: runtime.keys,
    config: runtime.config,
    routes: ROUTES,
    webDir: options.webDir ?? WEB_DIR,
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
}

const HOUSEKEEPING_MS = 15 * 60_000;

/**
 * Deletes ended sessions and old sign-in attempts, and marks imports whose process has gone (another
 * instance's, on a shared PostgreSQL) as interrupted, now and every 15 minutes; returns a stop function.
 */
export function startHousekeeping(runtime: Runtime, onError: (error: unknown) => void): () => void {
  const run = () =>
    Promise.all([housekeep(runtime.database.db), failInterruptedImports(runtime.database.db)]).catch(onError);
  void run();
  const timer = setInterval(() => void run(), HOUSEKEEPING_MS);
  timer.unref();
  return () => clearInterval(timer);
}

const RETENTION_FIRST_CHECK_MS = 5 * 60_000;
const RETENTION_CHECK_MS = 60 * 60_000;

/**
 * The daily retention run (modules/retention): first looked at five minutes after the start, so a start
 * is not slowed, then every hour; one instance a day claims and runs it. Returns a stop function.
 */
export function startRetentionSchedule(
  runtime: Runtime,
  onRun: (result: RetentionResult) => void,
  onError: (error: unknown) => void,
): () => void {
  let busy = false;
  const run = () => {
    if (busy) return;
    busy = true;
    runDailyRetention(runtime.database.db, runtime.keys)
      .then((result) => result && onRun(result), onError)
      .finally(() => {
        busy = false;
      });
  };
  let interval: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    run();
    interval = setInterval(run, RETENTION_CHECK_MS);
    interval.unref();
  }, RETENTION_FIRST_CHECK_MS);
  first.unref();
  return () => {
    clearTimeout(first);
    if (interval) clearInterval(interval);
  };
}
