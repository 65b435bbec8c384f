// The SQL statements and database round trips of one audited request: `GET /api/citizens/:id` and
// `GET /api/citizens?q=` as a caseworker, in steady state (the session touched less than a minute ago).
// Statements are counted by a wrapper around pg's Client#query (each one the server runs); round trips
// by a wrapper around the app's client (src/server/platform/db/pg-client.ts): the statements one call
// sends together — a deferred BEGIN, settings or audit row with the next statement — are one write and
// one wait on PostgreSQL (pipeline mode). PGlite runs in process, one statement after the other.
// In-process, on a fresh database: PGlite by default, DATABASE_URL=postgres://… for PostgreSQL.
// Usage: npx tsx bench/request-profile.ts
import pg from 'pg';
import { AppClient } from '../src/server/platform/db/pg-client.ts';
import { loadConfig } from '../src/server/platform/config/config.ts';
import { createHttpApp } from '../src/server/server.ts';
import { seedDemo } from '../src/server/seed/demo.ts';
import { createTestDatabase, testKeys } from '../test/support/db.ts';

interface Recorded {
  text: string;
  /** The call of the app's client that sent it: statements of one call share a round trip. */
  call: number;
}
let recording: Recorded[] | undefined;
let call = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0];
  const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
  recording?.push({ text: (text ?? '?').replace(/\s+/g, ' ').trim(), call });
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;
const appQuery = AppClient.prototype.query;
AppClient.prototype.query = function (this: AppClient, ...args: unknown[]) {
  call++;
  return appQuery.apply(this, args);
};

const database = await createTestDatabase();
const keys = testKeys();
try {
  await seedDemo(database.db, keys, 'test');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await createHttpApp({ database, keys, config });
  const cookies = new Map<string, string>();
  const remember = (headers: Record<string, unknown>) => {
    const set = headers['set-cookie'];
    for (const header of Array.isArray(set) ? set : set ? [set] : []) {
      const [pair] = String(header).split(';');
      const index = pair!.indexOf('=');
      cookies.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
  };
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  remember((await app.inject({ method: 'GET', url: '/api/auth/csrf' })).headers);
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { cookie: cookieHeader(), 'x-csrf-token': cookies.get('indsats_csrf')! },
    payload: { username: 'sagsbehandler', password: 'demo' },
  });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
  remember(login.headers);
  const list = await app.inject({ method: 'GET', url: '/api/citizens', headers: { cookie: cookieHeader() } });
  const id = (JSON.parse(list.body) as { items: { id: string }[] }).items[0]!.id;

  console.log(`database: ${database.kind}`);
  for (const url of [`/api/citizens/${id}`, '/api/citizens?q=han']) {
    recording = [];
    const response = await app.inject({ method: 'GET', url, headers: { cookie: cookieHeader() } });
    const statements = recording;
    recording = undefined;
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    const trips =
      database.kind === 'postgres' ? new Set(statements.map((s) => s.call)).size : statements.length;
    console.log(`\nGET ${url.replace(id, ':id')}: ${statements.length} statements, ${trips} round trips`);
    let trip = 0;
    for (const [i, s] of statements.entries()) {
      const sameTrip = database.kind === 'postgres' && i > 0 && statements[i - 1]!.call === s.call;
      if (!sameTrip) trip++;
      const text = s.text.length > 140 ? s.text.slice(0, 137) + '…' : s.text;
      console.log(`  ${sameTrip ? '   ' : String(trip).padStart(2) + '.'} ${text}`);
    }
  }
  await app.close();
} finally {
  await database.close();
}
