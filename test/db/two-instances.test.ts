// Sessions live in PostgreSQL, so a session opened on one server instance works on another — the
// premise of running several instances behind a load balancer. PGlite has one process; PostgreSQL only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, onPostgres, testKeys, type TestDatabase } from '../support/db.ts';
import { TestClient } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { openPostgres, type Database } from '../../src/server/platform/db/client.ts';

describe.skipIf(!onPostgres)('two server instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let secondPool: Database;
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    const keys = testKeys();
    // Each instance has its own connection pool, as separate processes would.
    secondPool = await openPostgres(database.url!);
    first = await startTestServer({ database, keys, demo: true });
    second = await startTestServer({ database: { ...secondPool, url: database.url }, keys, demo: false });
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await secondPool?.close();
    await database?.close();
  });

  it('accepts a session from one instance on the other, and ends it on both', async () => {
    const onFirst = new TestClient(first.url);
    expect((await onFirst.login('sagsbehandler', 'demo')).status).toBe(200);
    const onSecond = new TestClient(second.url);
    for (const [k, v] of onFirst.cookies) onSecond.cookies.set(k, v);
    const me = await onSecond.get<{ user: { username: string } }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('sagsbehandler');
    const search = await onSecond.get<{ items: unknown[] }>('/api/citizens');
    expect(search.body.items.length).toBeGreaterThan(0);
    expect((await onSecond.post('/api/auth/logout')).status).toBe(200);
    expect((await onFirst.get('/api/me')).status).toBe(401);
  });

  it('keeps one unbroken audit chain when both instances write and seal at once', async () => {
    const a = new TestClient(first.url);
    const b = new TestClient(second.url);
    await a.login('sagsbehandler', 'demo');
    await b.login('sagsbehandler', 'demo');
    await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).get('/api/citizens?q=a')));
    const { verifyAuditChain } = await import('../../src/server/platform/audit/audit.ts');
    const { sealAuditTrail } = await import('../../src/server/platform/audit/audit-sealer.ts');
    // Each instance's sealer, at once, as their timers would.
    await Promise.all([sealAuditTrail(database.db), sealAuditTrail(secondPool.db)]);
    await sealAuditTrail(database.db);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, pending: 0 });
  });
});
