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
  const KINDS = {
    id: 'text',
    startsOn: 'text',
    isOpen: 'bool',
    n: 'int',
    note: 'text',
    codes: 'text',
  } as const;

  it('reads uuid, date, boolean, integer, null, empty text and encoded bytea as the rows would give them', async () => {
    const rows = await selectTuples<[string, string, boolean, number | null, string | null, string]>(
      database.db,
      sql`SELECT * FROM (VALUES
            ('4f7c2f57-1a1d-4c4e-9c37-3f1f2a9e8b01'::uuid, '2019-02-28'::date, true, 42, NULL::text, encode('\\x00ff'::bytea, 'hex')),
            ('0b5e0f3c-2d6a-4d7e-8f90-1a2b3c4d5e6f'::uuid, '1999-12-31'::date, false, -7, 'a "quoted", text; with ,', encode('\\x01'::bytea, 'base64')),
            ('9a5e0f3c-2d6a-4d7e-8f90-1a2b3c4d5e6f'::uuid, '2000-01-01'::date, NULL, NULL, '', '')
          ) AS v (id, starts_on, is_open, n, note, codes)`,
      KINDS,
      ['startsOn'],
    );
    expect(rows).toEqual([
      ['0b5e0f3c-2d6a-4d7e-8f90-1a2b3c4d5e6f', '1999-12-31', false, -7, 'a "quoted", text; with ,', 'AQ=='],
      ['9a5e0f3c-2d6a-4d7e-8f90-1a2b3c4d5e6f', '2000-01-01', null, null, '', ''],
      ['4f7c2f57-1a1d-4c4e-9c37-3f1f2a9e8b01', '2019-02-28', true, 42, null, '00ff'],
    ]);
  });

  it('refuses a text value holding a separator rather than shift the columns', async () => {
    for (const separator of ['\x1f', '\x1e']) {
      await expect(
        selectTuples(
          database.db,
          sql`SELECT * FROM (VALUES ('a' || ${separator} || 'b', 1), ('c', 2)) AS v (note, n)`,
          { note: 'text', n: 'int' },
        ),
      ).rejects.toThrow(/values for 2 columns/);
    }
  });

  it('gives an empty list for no rows, and the same rows as the query builder', async () => {
    const none = await selectTuples(
      database.db,
      database.db.selectFrom('organisation').select(['id']).where('code', '=', 'no-such-code'),
      { id: 'text' },
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
    const tuples = await selectTuples<[string, string]>(database.db, query, { code: 'text', name: 'text' }, [
      'code',
    ]);
    const rows = await query.orderBy('code').execute();
    expect(tuples).toEqual(rows.map((r) => [r.code, r.name]));
  });
});
