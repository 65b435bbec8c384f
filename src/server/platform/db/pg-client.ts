// The pool's database client: pg's Client with two savings per request, both invisible to the code
// that sends the queries (bench/README.md, "The API under load").
//
// 1. Named (prepared) statements. PostgreSQL plans an unnamed statement again at every execution; for
//    the statements a request sends (the session look-up, the citizen with its providers, the audit
//    row) the planning costs more than the execution. Kysely has no API for named statements, so the
//    client names each parameterised query by its text; pg parses it once per connection and then only
//    binds and executes it. PostgreSQL keeps the plan per connection and plans again when a table it
//    reads changes or another role runs it (row-level security), so the answers are the same.
// 2. Deferred statements. A transaction's BEGIN, and statements marked DEFERRED whose answer nobody
//    reads (the actor's settings, the audit row), are not sent on their own: they go to the server in
//    one write with the next statement, in order, and an error in any of them is the error of that
//    next statement (and aborts the transaction as it would have). So a transaction never does less
//    than before, but waits fewer times. With PostgreSQL the batch is pipelined (one write, one wait);
//    PGlite, in process, runs it one statement after the other.
import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * Texts named in this process, at most this many. Beyond it queries run unnamed: a bulk INSERT of a
 * varying number of rows has a new text each time and would only fill the backends with plans used once.
 */
export const MAX_NAMED_STATEMENTS = 500;
/** Statements with more parameters than this (bulk inserts, long id lists) stay unnamed. */
export const MAX_NAMED_PARAMETERS = 64;

/**
 * Put at the start or the end of a statement (with Kysely's `modifyEnd`) inside a
 * transaction whose answer is not read: the client then answers it at once with no rows and sends it
 * with the next statement. Outside a transaction it runs as any other statement.
 */
export const DEFERRED = '/* indsats:deferred */';

const names = new Map<string, string>();

/** The statement name for a query's text, or undefined when it should run unnamed. */
export function statementName(text: string, parameterCount: number): string | undefined {
  if (parameterCount === 0 || parameterCount > MAX_NAMED_PARAMETERS) return undefined;
  const known = names.get(text);
  if (known !== undefined || names.size >= MAX_NAMED_STATEMENTS) return known;
  // A digest, not a counter: processes on one database name the same text alike (readable in
  // pg_prepared_statements), and one name can never stand for two texts.
  const name = `indsats_${createHash('sha256').update(text).digest('base64url').slice(0, 22)}`;
  names.set(text, name);
  return name;
}

export function isDeferred(text: string): boolean {
  return text.startsWith(DEFERRED) || text.endsWith(DEFERRED);
}

interface Statement {
  text: string;
  values: unknown[];
}

type QueryResult = pg.QueryResult;

function answered(command: string): Promise<QueryResult> {
  return Promise.resolve({ command, rowCount: null, oid: 0, rows: [], fields: [] });
}

function isBegin(text: string): boolean {
  return text === 'begin' || text.startsWith('start transaction');
}

/**
 * pg's Client for the pool. Queries given as (text, values) — the form Kysely's PostgresDriver uses —
 * are named and deferred as described above; query objects and callbacks pass through unchanged.
 */
export class AppClient extends pg.Client {
  /** Statements held back, in order; the first is the transaction's BEGIN while it is not sent. */
  #deferred: Statement[] = [];
  #inTransaction = false;

  /** Whether the transaction's BEGIN is still held back (it is then the first deferred statement). */
  #beginHeld(): boolean {
    return this.#deferred.length > 0 && isBegin(this.#deferred[0]!.text);
  }

  // pg's overloads cannot be restated one by one in a subclass; other forms are passed on as given.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const [text, values] = args;
    if (typeof text !== 'string' || typeof args[2] === 'function' || typeof values === 'function') {
      if (this.#deferred.length > 0) {
        throw new Error('indsats: a query object or callback cannot follow deferred statements');
      }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as (...a: any[]) => any)(...args);
    }
    return this.#statement({ text, values: Array.isArray(values) ? values : [] });
  }

  #statement(statement: Statement): Promise<QueryResult> {
    const { text, values } = statement;
    if (!this.#inTransaction) {
      if (isBegin(text) && values.length === 0) {
        this.#inTransaction = true;
        this.#deferred = [statement];
        return answered('BEGIN');
      }
      return this.#send(statement);
    }
    if (text === 'rollback') {
      // Held-back statements would be undone: drop them; nothing to undo when BEGIN never went.
      const sent = !this.#beginHeld();
      this.#endTransaction();
      return sent ? this.#send(statement) : answered('ROLLBACK');
    }
    if (text === 'commit') {
      const batch = [...this.#deferred, statement];
      const onlyBegin = this.#beginHeld() && this.#deferred.length === 1;
      this.#endTransaction();
      return onlyBegin ? answered('COMMIT') : this.#sendBatch(batch);
    }
    if (isDeferred(text)) {
      this.#deferred.push(statement);
      return answered('SELECT');
    }
    if (this.#deferred.length === 0) return this.#send(statement);
    const batch = [...this.#deferred, statement];
    this.#deferred = [];
    return this.#sendBatch(batch);
  }

  #endTransaction(): void {
    this.#inTransaction = false;
    this.#deferred = [];
  }

  #send({ text, values }: Statement): Promise<QueryResult> {
    const name = statementName(text, values.length);
    return name ? super.query({ name, text, values }) : super.query(text, values);
  }

  /** Sends statements in order and answers with the last one's result, or the first error. */
  async #sendBatch(batch: Statement[]): Promise<QueryResult> {
    if (batch.length === 1) return this.#send(batch[0]!);
    if (!this.pipeline) {
      let result: QueryResult | undefined;
      for (const statement of batch) result = await this.#send(statement);
      return result!;
    }
    // Pipeline mode submits each query at once; corked, they leave in one write.
    const stream = (this as unknown as { connection: { stream: { cork?(): void; uncork?(): void } } })
      .connection.stream;
    stream.cork?.();
    let pending: Promise<QueryResult>[];
    try {
      pending = batch.map((statement) => this.#send(statement));
    } finally {
      stream.uncork?.();
    }
    const results = await Promise.all(pending);
    return results[results.length - 1]!;
  }
}
