// Many rows of a few columns, read as one row: the query's rows become one JSON array of arrays in the
// database, and one JSON.parse here. For reports that read a line per course (100,000 and more): each row a
// driver returns is a JavaScript object made from its own protocol message (with PGlite, copied out of
// WebAssembly) and renamed by the CamelCasePlugin, which costs more than the query itself; one row of JSON
// costs a few bytes per value (bench/fairness-bench.ts measures the fair comparison that uses it).
//
// What arrives is JSON's rendering of each column: uuid and text as strings, date as "YYYY-MM-DD", integers
// and booleans as themselves, null as null. A bytea would arrive as "\\x…" text: encode it in the query
// (encode(x, 'hex') or 'base64') and decode it with Buffer.from. A bigint beyond 2^53 would lose digits.
import { sql, type Expression, type Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

/**
 * The rows of `query` as tuples of the named columns (camelCase, as the query's builder names them; the
 * CamelCasePlugin writes them in snake_case), in the order `orderBy` gives (default: the query's).
 */
export async function selectTuples<T extends readonly unknown[]>(
  db: Kysely<DatabaseSchema>,
  query: Expression<unknown>,
  columns: readonly string[],
  orderBy?: readonly string[],
): Promise<T[]> {
  const ref = (column: string) => sql.ref(`q.${column}`);
  const order = orderBy?.length ? sql` ORDER BY ${sql.join(orderBy.map(ref))}` : sql``;
  const result = await sql<{ tuples: string }>`
    SELECT coalesce(json_agg(json_build_array(${sql.join(columns.map(ref))})${order}), '[]')::text AS tuples
      FROM (${query}) AS q`.execute(db);
  return JSON.parse(result.rows[0]!.tuples) as T[];
}
