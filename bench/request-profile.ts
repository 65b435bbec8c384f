// The SQL statements (database round trips) of one audited request, counted by a wrapper around
// pg's Client#query: `GET /api/citizens/:id` and `GET /api/citizens?q=` as a caseworker, in steady
// state (the session touched less than a minute ago). In-process, on a fresh database: PGlite by
// default, DATABASE_URL=postgres://… for PostgreSQL. Usage: npx tsx bench/request-profile.ts
import pg from 'pg';
import { loadConfig } from '../src/server/platform/config/config.ts';
import { createHttpApp } from '../src/server/server.ts';
import { seedDemo } from '../src/server/seed/demo.ts';
import { createTestDatabase, testKeys } from '../test/support/db.ts';

interface Recorded {
  text: string;
}
let recording: Recorded[] | undefined;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const first = args[0];
  const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
  recording?.push({ text: (text ?? '?').replace(/\s+/g, ' ').trim() });
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

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
    console.log(`\nGET ${url.replace(id, ':id')}: ${statements.length} statements (round trips)`);
    for (const [i, s] of statements.entries()) {
      console.log(
        `  ${String(i + 1).padStart(2)}. ${s.text.length > 150 ? s.text.slice(0, 147) + '…' : s.text}`,
      );
    }
  }
  await app.close();
} finally {
  await database.close();
}
