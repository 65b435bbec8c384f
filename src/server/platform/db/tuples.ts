// Many rows of a few columns, read as one row: the query's rows become one text value in the database, and
// one split here. For reports that read a line per course (100,000 and more): each row a driver returns is a
// JavaScript object made from its own protocol message (with PGlite, copied out of WebAssembly) and renamed
// by the CamelCasePlugin, which costs more than the query itself; one row of text costs a few bytes per value
// (bench/fairness-bench.ts measures the fair comparison that uses it).
//
// Each value is sent as text between separators (ASCII 0x1F between values, 0x1E between rows, 0x1D for
// null), which the database writes several times faster than JSON (string_agg of concat against json_agg
// of json_build_array: 0.2 s against 0.6 s for 100,000 courses of seven columns on PGlite). So a column is
// named with its kind: 'int' and 'bool' arrive as numbers and booleans, 'text' as the value's text. A text
// column must hold values without control characters (uuid, date as "YYYY-MM-DD", an enum, bytea encoded
// with encode(x, 'hex' or 'base64')): a separator inside a value would break a row's count of values, which
// is checked, so it fails loudly rather than shifting columns. A bigint beyond 2^53 would lose digits.
import { sql, type Expression, type Kysely } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

/** How a column's text is read back. */
export type TupleKind = 'text' | 'int' | 'bool';

const VALUE = '\x1f';
const ROW = '\x1e';
const NULL = '\x1d';

/** Rows read as one text, not yet split: parseTuples splits them (a caller may split them later). */
export interface TupleText {
  text: string | null;
  kinds: readonly TupleKind[];
}

/**
 * The rows of `query` as tuples of the named columns (camelCase, as the query's builder names them; the
 * CamelCasePlugin writes them in snake_case), each read as its kind, in the order `orderBy` gives
 * (default: the query's).
 */
export async function selectTuples<T extends readonly unknown[]>(
  db: Kysely<DatabaseSchema>,
  query: Expression<unknown>,
  columns: Readonly<Record<string, TupleKind>>,
  orderBy?: readonly string[],
): Promise<T[]> {
  return parseTuples<T>(await selectTupleText(db, query, columns, orderBy));
}

/** selectTuples's reading: the rows as the database wrote them, one text. */
export async function selectTupleText(
  db: Kysely<DatabaseSchema>,
  query: Expression<unknown>,
  columns: Readonly<Record<string, TupleKind>>,
  orderBy?: readonly string[],
): Promise<TupleText> {
  const names = Object.keys(columns);
  const ref = (column: string) => sql.ref(`q.${column}`);
  const value = (column: string) => sql`coalesce(${ref(column)}::text, ${NULL})`;
  const order = orderBy?.length ? sql` ORDER BY ${sql.join(orderBy.map(ref))}` : sql``;
  const result = await sql<{ tuples: string | null }>`
    SELECT string_agg(concat_ws(${VALUE}, ${sql.join(names.map(value))}), ${ROW}${order}) AS tuples
      FROM (${query}) AS q`.execute(db);
  return { text: result.rows[0]!.tuples, kinds: names.map((name) => columns[name]!) };
}

/** selectTuples's splitting: each row's values, each read as its kind. */
export function parseTuples<T extends readonly unknown[]>({ text, kinds }: TupleText): T[] {
  if (text === null) return [];
  return text.split(ROW).map((row) => {
    const values = row.split(VALUE);
    if (values.length !== kinds.length)
      throw new Error(
        `selectTuples: a row has ${values.length} values for ${kinds.length} columns (a separator in a text value?)`,
      );
    return values.map((v, i) =>
      v === NULL ? null : kinds[i] === 'int' ? Number(v) : kinds[i] === 'bool' ? v === 'true' : v,
    ) as unknown as T;
  });
}
