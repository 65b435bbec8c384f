import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestDatabase } from '../../../../test/support/db.ts';
import type { DatabaseSchema } from './schema.ts';

// The statement names are the process's (at most MAX_NAMED_STATEMENTS), and the files of the db project
// share a worker's modules (vitest.config.ts): this file takes pg-client, and the database client that
// uses it, anew, so the names it sees are its own.
vi.resetModules();
const { DEFERRED, MAX_NAMED_PARAMETERS, isDeferred, statementName } = await import('./pg-client.ts');
const { createTestDatabase } = await import('../../../../test/support/db.ts');

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe('statementName', () => {
  it('names a parameterised text by its content, the same each time', () => {
    const a = statementName('select $1::int', 1);
    expect(a).toMatch(/^indsats_[\w-]{22}$/);
    expect(statementName('select $1::int', 1)).toBe(a);
    expect(statementName('select $1::text', 1)).not.toBe(a);
  });

  it('leaves statements without parameters, or with very many, unnamed', () => {
    expect(statementName('commit', 0)).toBeUndefined();
    expect(statementName('insert into t values ($1)', MAX_NAMED_PARAMETERS + 1)).toBeUndefined();
  });

  it('knows the mark at the start or the end of a text, not in the middle', () => {
    expect(isDeferred(`${DEFERRED} select 1`)).toBe(true);
    expect(isDeferred(`insert into t values (1) ${DEFERRED}`)).toBe(true);
    expect(isDeferred(`select '${DEFERRED}' as x`)).toBe(false);
  });
});

/** Runs `work` on one pinned connection with a fresh temporary table t (v int, v > 0). */
async function onOneConnection(work: (db: Kysely<DatabaseSchema>) => Promise<void>): Promise<void> {
  await database.db.connection().execute(async (db) => {
    await sql`CREATE TEMP TABLE t (v int CHECK (v > 0))`.execute(db);
    try {
      await work(db);
    } finally {
      await sql`DROP TABLE t`.execute(db);
    }
  });
}
const insert = (v: number) => sql`${sql.raw(DEFERRED)} INSERT INTO t VALUES (${v})`;
async function values(db: Kysely<DatabaseSchema>): Promise<number[]> {
  const { rows } = await sql<{ v: number }>`SELECT v FROM t ORDER BY v`.execute(db);
  return rows.map((r) => r.v);
}

describe('deferred statements', () => {
  it('run, in order, with the next statement or the commit', async () => {
    await onOneConnection(async (db) => {
      const seen = await db.transaction().execute(async (tx) => {
        const answer = await insert(1).execute(tx);
        expect(answer.rows).toEqual([]);
        await insert(2).execute(tx);
        return values(tx);
      });
      expect(seen).toEqual([1, 2]);
      await db.transaction().execute(async (tx) => {
        await insert(3).execute(tx);
      });
      expect(await values(db)).toEqual([1, 2, 3]);
    });
  });

  it('fail as the next statement, and nothing of the transaction commits', async () => {
    await onOneConnection(async (db) => {
      await expect(
        db.transaction().execute(async (tx) => {
          await insert(1).execute(tx);
          await insert(-1).execute(tx);
          await sql`SELECT 1`.execute(tx);
        }),
      ).rejects.toThrow(/check constraint/);
      await expect(
        db.transaction().execute(async (tx) => {
          await insert(2).execute(tx);
          await insert(-2).execute(tx);
        }),
      ).rejects.toThrow(/check constraint/);
      expect(await values(db)).toEqual([]);
      // The connection is usable again, outside and inside a transaction.
      await db.transaction().execute((tx) => insert(5).execute(tx));
      expect(await values(db)).toEqual([5]);
    });
  });

  it('are dropped with a rollback, and run at once outside a transaction', async () => {
    await onOneConnection(async (db) => {
      await expect(
        db.transaction().execute(async (tx) => {
          await insert(1).execute(tx);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      await expect(
        db.transaction().execute(async () => {
          throw new Error('before any statement');
        }),
      ).rejects.toThrow('before any statement');
      expect(await values(db)).toEqual([]);
      await insert(7).execute(db);
      expect(await values(db)).toEqual([7]);
      await expect(insert(-7).execute(db)).rejects.toThrow(/check constraint/);
    });
  });
});

describe('named statements', () => {
  it('prepares a parameterised query once per connection, under its name', async () => {
    await database.db.connection().execute(async (db) => {
      const query = sql<{ n: number }>`SELECT ${41}::int + 1 AS n`;
      const text = query.compile(db).sql;
      expect((await query.execute(db)).rows[0]!.n).toBe(42);
      expect((await query.execute(db)).rows[0]!.n).toBe(42);
      const { rows } = await sql<{ name: string }>`SELECT name FROM pg_prepared_statements
        WHERE statement = ${text}`.execute(db);
      expect(rows.map((r) => r.name)).toEqual([statementName(text, 1)]);
    });
  });
});
