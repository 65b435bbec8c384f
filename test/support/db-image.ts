// Global setup of the `db` project: one migrated, empty PGlite database for the whole run (kept between
// runs in node_modules/.cache while the migrations stay the same), both as a data directory and as a
// tarball of its data folder. Each test file's in-memory
// database starts from the tarball (test/support/db.ts), and each CLI test's data directory from a copy
// of the directory (test/support/cli.ts), instead of running initdb and every migration again, which is
// most of a PGlite database's start-up. The real migrations make it, on a data directory as the CLI
// opens one. On PostgreSQL (DATABASE_URL) there is nothing to do: each file gets a fresh database there.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { checkKeyFingerprint } from '../../src/server/platform/crypto/key-check.ts';
import { deriveKeys } from '../../src/server/platform/crypto/keys.ts';
import { openPglite } from '../../src/server/platform/db/client.ts';
import { migrate } from '../../src/server/platform/db/migrate.ts';
import { seedDemo } from '../../src/server/seed/demo.ts';

const MIGRATIONS_DIR = path.resolve('src/server/platform/db/migrations');
const MIGRATE_SOURCE = path.resolve('src/server/platform/db/migrate.ts');
const PGLITE_PACKAGE = path.resolve('node_modules/@electric-sql/pglite/package.json');

/** The environment variable that tells the test files where the image is (absent: start from scratch). */
export const IMAGE_VARIABLE = 'INDSATS_TEST_PGLITE_IMAGE';

/**
 * The demo database of this run (the migrated image with the demo seeded, made once per run since the demo
 * follows today's date and the code), and the hex secret its keys derive from: the HTTP tests' servers
 * start from it (test/support/server.ts) instead of seeding the demo once per file.
 */
export const DEMO_IMAGE_VARIABLE = 'INDSATS_TEST_DEMO_IMAGE';
export const DEMO_SECRET_VARIABLE = 'INDSATS_TEST_DEMO_SECRET';

/** The migrated data directory beside the image `file`. */
const dataDirBeside = (file: string) => path.join(path.dirname(file), 'data');

/** The run's migrated data directory (copy its contents into a data directory of your own), or undefined. */
export function migratedDataDir(): string | undefined {
  const file = process.env[IMAGE_VARIABLE];
  return file ? dataDirBeside(file) : undefined;
}

/**
 * Where the image of these migrations is kept between runs: node_modules/.cache, named by a hash of every
 * migration file, the migration runner and the PGlite version, so that a changed or added migration (or
 * another PGlite) makes a new image and an unchanged tree reuses it. A fresh clone makes it once.
 */
async function cacheFolder(): Promise<string> {
  const hash = crypto.createHash('sha256');
  hash.update(await fs.readFile(PGLITE_PACKAGE));
  hash.update(await fs.readFile(MIGRATE_SOURCE));
  for (const name of (await fs.readdir(MIGRATIONS_DIR)).sort()) {
    hash.update(`\n${name}\n`);
    hash.update(await fs.readFile(path.join(MIGRATIONS_DIR, name)));
  }
  return path.resolve('node_modules/.cache/indsats-test-db', hash.digest('hex').slice(0, 16));
}

/** Runs initdb and every migration on a data directory beside `file`, and writes the tarball `file`. */
async function makeImage(file: string): Promise<void> {
  const database = await openPglite(dataDirBeside(file));
  try {
    await migrate(database.db);
    const image = await database.image!();
    await fs.writeFile(file, Buffer.from(await image.arrayBuffer()));
  } finally {
    await database.close();
  }
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.DATABASE_URL) return undefined;
  const cached = await cacheFolder();
  const file = path.join(cached, 'migrated.tar');
  if (!(await exists(file))) {
    // Made in a folder of its own and renamed into place whole, so a run at the same time (or one
    // stopped half-way) never sees half an image.
    await fs.mkdir(path.dirname(cached), { recursive: true });
    const folder = await fs.mkdtemp(`${cached}.making-`);
    try {
      await makeImage(path.join(folder, 'migrated.tar'));
      await fs.rename(folder, cached).catch(async (error: NodeJS.ErrnoException) => {
        // Another run put the same image there first.
        if (!['EEXIST', 'ENOTEMPTY'].includes(error.code ?? '')) throw error;
        await fs.rm(folder, { recursive: true, force: true });
      });
    } catch (error) {
      await fs.rm(folder, { recursive: true, force: true });
      throw error;
    }
  }
  process.env[IMAGE_VARIABLE] = file;
  const demoFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'indsats-test-demo-'));
  const secret = crypto.randomBytes(32);
  await makeDemoImage(file, path.join(demoFolder, 'demo.tar'), secret);
  process.env[DEMO_IMAGE_VARIABLE] = path.join(demoFolder, 'demo.tar');
  process.env[DEMO_SECRET_VARIABLE] = secret.toString('hex');
  return async () => {
    delete process.env[IMAGE_VARIABLE];
    delete process.env[DEMO_IMAGE_VARIABLE];
    delete process.env[DEMO_SECRET_VARIABLE];
    await fs.rm(demoFolder, { recursive: true, force: true });
  };
}

/** The migrated image `from` with the demo seeded under the keys of `secret`, as the tarball `file`. */
async function makeDemoImage(from: string, file: string, secret: Buffer): Promise<void> {
  const database = await openPglite(undefined, { image: new Blob([await fs.readFile(from)]) });
  try {
    const keys = deriveKeys(secret);
    await checkKeyFingerprint(database.db, keys);
    await seedDemo(database.db, keys, 'test');
    const image = await database.image!();
    await fs.writeFile(file, Buffer.from(await image.arrayBuffer()));
  } finally {
    await database.close();
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
