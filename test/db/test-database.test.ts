// The test databases themselves: on PGlite each file's database starts from the run's migrated image
// (test/support/db-image.ts), so it must be fully migrated, empty and the file's own.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../src/server/platform/db/migrate.ts';
import { createTestDatabase, onPostgres } from '../support/db.ts';
import { IMAGE_VARIABLE } from '../support/db-image.ts';

describe.skipIf(onPostgres)('a PGlite test database', () => {
  it('starts from the run’s migrated image: nothing left to migrate, no rows, and its own data', async () => {
    expect(process.env[IMAGE_VARIABLE]).toMatch(/migrated\.tar$/);
    const first = await createTestDatabase();
    const second = await createTestDatabase();
    try {
      await expect(migrate(first.db)).resolves.toEqual([]);
      const applied = await sql<{ n: number }>`SELECT count(*)::int AS n FROM schema_migration`.execute(
        first.db,
      );
      expect(applied.rows[0]!.n).toBe(listMigrations().length);
      const users = await sql<{ n: number }>`SELECT count(*)::int AS n FROM app_user`.execute(first.db);
      expect(users.rows[0]!.n).toBe(0);
      await sql`INSERT INTO organisation (kind, code, name) VALUES ('administration', 'kun-i-den-foerste', 'Kun i den første')`.execute(
        first.db,
      );
      const inSecond = await sql<{ n: number }>`SELECT count(*)::int AS n FROM organisation`.execute(
        second.db,
      );
      expect(inSecond.rows[0]!.n).toBe(0);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
