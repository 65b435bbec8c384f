import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../test/support/factories.ts';
import { withActorTransaction, type Ctx } from './context.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

interface Settings {
  role: string;
  organisationId: string;
  organisationKind: string;
}
const settings = sql<Settings>`SELECT current_user AS role,
  current_setting('indsats.organisation_id', true) AS organisation_id,
  current_setting('indsats.organisation_kind', true) AS organisation_kind`;

describe('withActorTransaction', () => {
  it("runs the work as the restricted app role with the actor's organisation, and only inside", async () => {
    // One pinned connection, so "after" looks at the very connection the transaction used.
    await database.db.connection().execute(async (connection) => {
      const ctx: Ctx = { ...ctxFor(database.db, keys, world.users.caseworker), db: connection };
      const owner = (await settings.execute(connection)).rows[0]!.role;
      const inside = await withActorTransaction(ctx, async (tx) => (await settings.execute(tx)).rows[0]!);
      expect(inside).toEqual({
        role: 'indsats_app',
        organisationId: world.organisations.jobCentre.id,
        organisationKind: 'job_centre',
      });
      const after = (await settings.execute(connection)).rows[0]!;
      expect(after.role).toBe(owner);
      expect(after.organisationId || null).toBeNull();

      await expect(
        withActorTransaction(ctx, async (tx) => {
          await sql`SELECT 1`.execute(tx);
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect((await settings.execute(connection)).rows[0]!.role).toBe(owner);
    });
  });
});
