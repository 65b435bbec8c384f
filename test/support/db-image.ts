// Global setup of the `db` project: one migrated, empty PGlite database for the whole run, in the temp
// folder both as a data directory and as a tarball of its data folder. Each test file's in-memory
// database starts from the tarball (test/support/db.ts), and each CLI test's data directory from a copy
// of the directory (test/support/cli.ts), instead of running initdb and every migration again, which is
// most of a PGlite database's start-up. The real migrations make it, on a data directory as the CLI
// opens one. On PostgreSQL (DATABASE_URL) there is nothing to do: each file gets a fresh database there.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openPglite } from '../../src/server/platform/db/client.ts';
import { migrate } from '../../src/server/platform/db/migrate.ts';

/** The environment variable that tells the test files where the image is (absent: start from scratch). */
export const IMAGE_VARIABLE = 'INDSATS_TEST_PGLITE_IMAGE';

/** The migrated data directory beside the image `file`. */
const dataDirBeside = (file: string) => path.join(path.dirname(file), 'data');

/** The run's migrated data directory (copy its contents into a data directory of your own), or undefined. */
export function migratedDataDir(): string | undefined {
  const file = process.env[IMAGE_VARIABLE];
  return file ? dataDirBeside(file) : undefined;
}

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.DATABASE_URL) return undefined;
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'indsats-test-db-'));
  const file = path.join(folder, 'migrated.tar');
  try {
    const database = await openPglite(dataDirBeside(file));
    try {
      await migrate(database.db);
      const image = await database.image!();
      await fs.writeFile(file, Buffer.from(await image.arrayBuffer()));
    } finally {
      await database.close();
    }
  } catch (error) {
    await fs.rm(folder, { recursive: true, force: true });
    throw error;
  }
  process.env[IMAGE_VARIABLE] = file;
  return async () => {
    delete process.env[IMAGE_VARIABLE];
    await fs.rm(folder, { recursive: true, force: true });
  };
}
