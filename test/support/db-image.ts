// Global setup of the `db` project: one migrated, empty PGlite data folder for the whole run, as a tarball
// in the temp folder. Each test file's in-memory database starts from it (test/support/db.ts) instead of
// running initdb and every migration again, which is most of a PGlite test database's start-up.
// On PostgreSQL (DATABASE_URL) there is nothing to do: each file gets a fresh database there.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openPglite } from '../../src/server/platform/db/client.ts';
import { migrate } from '../../src/server/platform/db/migrate.ts';

/** The environment variable that tells the test files where the image is (absent: start from scratch). */
export const IMAGE_VARIABLE = 'INDSATS_TEST_PGLITE_IMAGE';

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.DATABASE_URL) return undefined;
  const database = await openPglite(undefined);
  let file: string;
  try {
    await migrate(database.db);
    const image = await database.image!();
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'indsats-test-db-'));
    file = path.join(folder, 'migrated.tar');
    await fs.writeFile(file, Buffer.from(await image.arrayBuffer()));
  } finally {
    await database.close();
  }
  process.env[IMAGE_VARIABLE] = file;
  return async () => {
    delete process.env[IMAGE_VARIABLE];
    await fs.rm(path.dirname(file), { recursive: true, force: true });
  };
}
