import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.ts';
import { selectTuples } from './tuples.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe('selectTuples', () => {
  it('reads uuid, date, boolean, integer, null and encoded bytea as the rows would give them', async () => {
    const rows = await selectTuples<[string, string, boolean, number, string | null, string]>(
      database.db,
      sql`SELECT * FROM (VALUES
            ('4f7c2f57-1a1d-4c4e-9c37-3f1f2a9e8b01'::uuid, '2019-02-28'::date, true, 42, NULL::text, encode('\\x00ff'::bytea, 'hex')),
            ('0b5e0f3c-2d6a-4d7e-8f90-1a2b3c4d5e6f'::uuid, '1999-12-31'::date, false, -7, 'a "quoted", text', encode('\\x01'::bytea, 'base64'))
          ) AS v (id, starts_on, is_open, n, note, codes)`,
      ['id', 'startsOn', 'isOpen', 'n', 'note', 'codes'],
      ['startsOn'],
    );
    expect(rows).toEqual([
      ['0b5e0f3c-2d6a-4d7e-8f90-1a2b3c4d5e6f', '1999-12-31', false, -7, 'a "quoted", text', 'AQ=='],
      ['4f7c2f57-1a1d-4c4e-9c37-3f1f2a9e8b01', '2019-02-28', true, 42, null, '00ff'],
    ]);
  });

  it('gives an empty list for no rows, and the same rows as the query builder', async () => {
    const none = await selectTuples(
      database.db,
      database.db.selectFrom('organisation').select(['id']).where('code', '=', 'no-such-code'),
      ['id'],
    );
    expect(none).toEqual([]);
    await database.db
      .insertInto('organisation')
      .values([
        { kind: 'provider', code: 'tp-b', name: 'Tuples B' },
        { kind: 'provider', code: 'tp-a', name: 'Tuples A' },
      ])
      .execute();
    const query = database.db
      .selectFrom('organisation')
      .select(['code', 'name'])
      .where('code', 'like', 'tp-%');
    const tuples = await selectTuples<[string, string]>(database.db, query, ['code', 'name'], ['code']);
    const rows = await query.orderBy('code').execute();
    expect(tuples).toEqual(rows.map((r) => [r.code, r.name]));
  });
});
