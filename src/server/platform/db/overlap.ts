// Work of the app's own while the database answers a query. With PostgreSQL the server computes in its own
// process, so a report's JavaScript (the billing rules' walk, say) and a long query overlap; embedded PGlite
// runs on this thread, so there the two follow each other, and the answer is the same either way.

/**
 * Runs `work` (synchronous, no database) while `query` is answered, and gives both results. `query` must be
 * the only query in flight on its connection: pg queues a second one behind it (deprecated in pg 8), and
 * a transaction's connection is one, so `work` must not touch the database.
 */
export async function whileQueryRuns<T, U>(query: Promise<T>, work: () => U): Promise<[T, U]> {
  // A failing query is awaited below; until then its rejection must not count as unhandled.
  query.catch(() => undefined);
  // Let the driver write the query to the server (promise callbacks) before `work` holds the thread.
  await new Promise<void>((resolve) => setImmediate(resolve));
  const done = work();
  return [await query, done];
}
