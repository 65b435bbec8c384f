// Logs never carry personal data: CPR numbers (also searched for in a query string), names and notes
// stay out of every log line, including those of failed requests.
import { PassThrough } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCpr } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { housekeep } from '../auth/housekeeping.ts';

let server: TestServer;
const lines: string[] = [];

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
  server = await startTestServer({ demo: true, env: { LOG_LEVEL: 'debug' }, logStream: stream });
});
afterAll(() => server?.close());

describe('logging', () => {
  it('writes request logs with request ids but without CPR numbers, names or notes', async () => {
    const client = new TestClient(server.url);
    await client.login('sagsbehandler', 'demo');
    const cpr = buildCpr();
    const name = 'Logprøve Testesen';
    const notes = 'Misbrug og hjemløshed (syntetisk)';
    expect((await client.post('/api/citizens', { cpr, name, district: 'Valby', notes })).status).toBe(201);
    await client.get(`/api/citizens?q=${cpr}`);
    await client.get(`/api/citizens?q=${encodeURIComponent(name)}`);
    await client.post('/api/citizens', { cpr, name, district: 'Valby', notes }); // duplicate → 409
    await client.post('/api/citizens', { cpr: `${cpr.slice(0, 9)}x`, name, district: 'Valby' }); // invalid → 400
    await new Promise((resolve) => setTimeout(resolve, 50));
    const text = lines.join('');
    expect(text).toContain('"reqId"');
    expect(text).toContain('/api/citizens');
    for (const secret of [cpr, cpr.slice(0, 6), name, 'Logprøve', notes, 'hjemløshed'])
      expect(text).not.toContain(secret);
    expect(text).not.toContain('indsats_session=');
  });
});

describe('housekeeping', () => {
  it('deletes ended sessions and old sign-in attempts', async () => {
    const client = new TestClient(server.url);
    await client.login('analytiker', 'demo');
    await server.database.db
      .updateTable('userSession')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .execute();
    await server.database.db
      .updateTable('loginAttempt')
      .set({ attemptedAt: sql`now() - interval '2 days'` })
      .execute();
    const result = await housekeep(server.database.db);
    expect(result.sessions).toBeGreaterThan(0);
    expect(result.attempts).toBeGreaterThan(0);
    expect((await client.get('/api/me')).status).toBe(401);
  });
});
