// A database with the demo seeded, for tests that read the demo rather than test its seeding: the run's
// seeded image on PGlite (test/support/db-image.ts, made once per run), else a fresh database seeded here
// (PostgreSQL). Tests of the seeding itself (demo-summary) seed their own.
import type { Keys } from '../../src/server/platform/crypto/keys.ts';
import { seedDemo } from '../../src/server/seed/demo.ts';
import { createTestDatabase, demoTestDatabase, testKeys, type TestDatabase } from './db.ts';

export async function seededDemoDatabase(): Promise<{ database: TestDatabase; keys: Keys }> {
  const image = await demoTestDatabase();
  if (image) return image;
  const database = await createTestDatabase();
  const keys = testKeys();
  await seedDemo(database.db, keys, 'test');
  return { database, keys };
}
