// Queries built and compiled by Kysely once, then run with new values. Building a query (an immutable
// tree, copied again by the camel-case plugin) and compiling it cost more CPU than pg's work for the
// statements every request sends (bench/README.md, "The API under load"). For those few — the session
// look-up, the audit row, a citizen's detail — the query is built once with placeholders, and each run
// only puts the values in their places. The SQL text is then the same at every run, which also lets
// the client keep it as a named statement (pg-client.ts).
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { Db } from './client.ts';

const PLACEHOLDER = '\u0000indsats-placeholder:';

/** Where each value goes in the compiled query's parameters: a placeholder's name, or a constant. */
type Slot<P> = { name: keyof P } | { value: unknown };

interface Prepared<P> {
  compiled: CompiledQuery;
  slots: Slot<P>[];
}

/**
 * `build` receives placeholders for the values in `params` and must use each only as a value (a
 * parameter of the statement, not an identifier, a list to expand or raw SQL): that is checked at
 * the first run. Other values the builder uses are constants of the query. A query whose shape
 * depends on something (the actor's kind of organisation) is one compiledQuery per shape.
 */
export function compiledQuery<P extends Record<string, unknown>, R>(
  build: (db: Db, params: P) => Compilable<R>,
): (db: Db, params: P) => Promise<QueryResult<R>> {
  let prepared: Prepared<P> | undefined;
  return async (db, params) => {
    prepared ??= prepare(db, build);
    const parameters = prepared.slots.map((slot) => ('name' in slot ? params[slot.name] : slot.value));
    return db.executeQuery<R>({ ...prepared.compiled, parameters } as CompiledQuery<R>);
  };
}

function prepare<P extends Record<string, unknown>, R>(
  db: Db,
  build: (db: Db, params: P) => Compilable<R>,
): Prepared<P> {
  const read = new Set<string>();
  const placeholders = new Proxy({} as P, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      read.add(name);
      return `${PLACEHOLDER}${name}`;
    },
  });
  const compiled = build(db, placeholders).compile();
  const slots = compiled.parameters.map((value): Slot<P> =>
    typeof value === 'string' && value.startsWith(PLACEHOLDER)
      ? { name: value.slice(PLACEHOLDER.length) as keyof P }
      : { value },
  );
  const used = new Set(slots.flatMap((slot) => ('name' in slot ? [String(slot.name)] : [])));
  const misused = [...read].filter((name) => !used.has(name));
  if (compiled.sql.includes(PLACEHOLDER) || misused.length > 0) {
    throw new Error(
      `compiledQuery: ${misused.join(', ') || 'a value'} used other than as a value in: ${compiled.sql}`,
    );
  }
  return { compiled, slots };
}
