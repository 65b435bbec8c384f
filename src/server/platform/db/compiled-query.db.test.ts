import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.ts';
import type { Db } from './client.ts';
import { compiledQuery } from './compiled-query.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe('compiledQuery', () => {
  it('builds once and runs with each call’s values, keeping the constants', async () => {
    const build = vi.fn((db: Db, p: { kind: string; name: string }) =>
      db
        .selectFrom('organisation')
        .select(['name', 'kind'])
        .where('kind', '=', p.kind as 'provider')
        .where('name', 'like', p.name)
        .where('code', 'is not', null)
        .where('kind', 'in', ['provider', 'job_centre']),
    );
    const query = compiledQuery(build);
    await database.db
      .insertInto('organisation')
      .values([
        { kind: 'provider', code: 'cq-a', name: 'Compiled A' },
        { kind: 'job_centre', code: 'cq-b', name: 'Compiled B' },
      ])
      .execute();
    const first = await query(database.db, { kind: 'provider', name: 'Compiled%' });
    const second = await query(database.db, { kind: 'job_centre', name: 'Compiled%' });
    const none = await query(database.db, { kind: 'provider', name: 'Nobody%' });
    expect(first.rows).toEqual([{ name: 'Compiled A', kind: 'provider' }]);
    expect(second.rows).toEqual([{ name: 'Compiled B', kind: 'job_centre' }]);
    expect(none.rows).toEqual([]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('runs in a transaction as in the database, with the camel-case names', async () => {
    const query = compiledQuery((db, p: { n: number }) =>
      db.selectNoFrom([sql<number>`${p.n}::int * 2`.as('double_value')]),
    );
    const inside = await database.db.transaction().execute((tx) => query(tx, { n: 21 }));
    expect(inside.rows).toEqual([{ doubleValue: 42 }]);
  });

  it('refuses a value used as SQL text or only in the builder’s own logic', async () => {
    const raw = compiledQuery((db, p: { column: string }) =>
      db.selectFrom('organisation').select(sql.raw<string>(p.column).as('x')),
    );
    await expect(raw(database.db, { column: 'name' })).rejects.toThrow(/column used other than as a value/);
    const logic = compiledQuery((db, p: { all: boolean }) =>
      p.all ? db.selectFrom('organisation').select('name') : db.selectFrom('organisation').select('code'),
    );
    await expect(logic(database.db, { all: false })).rejects.toThrow(/all used other than as a value/);
  });
});
