import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { createUser } from '../../modules/organisations/user.service.ts';
import { MAX_FAILURES_PER_USERNAME } from './rate-limit.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
});
afterAll(() => server?.close());

describe('sign-in', () => {
  it('signs in with a demo login and sets an httpOnly, SameSite, Secure session cookie', async () => {
    const client = new TestClient(server.url);
    const response = await client.login('sagsbehandler', 'demo');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      user: { username: 'sagsbehandler', roles: ['caseworker'] },
      organisation: { kind: 'job_centre' },
    });
    const cookie = client.setCookieHeaders.find((h) => h.startsWith('indsats_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Secure/i); // NODE_ENV=test: Secure everywhere but development
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
  });

  it('accepts the username in any case', async () => {
    const response = await new TestClient(server.url).login('SagsBehandler', 'demo');
    expect(response.status).toBe(200);
  });

  it('answers a wrong password with 401 and the same message as an unknown user', async () => {
    const wrong = await new TestClient(server.url).login('analytiker', 'wrong');
    const unknown = await new TestClient(server.url).login('nobody-here', 'wrong');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toMatchObject({
      error: { code: 'UNAUTHENTICATED', message: 'Forkert brugernavn eller adgangskode.' },
    });
    expect((unknown.body as { error: { message: string } }).error.message).toBe(
      (wrong.body as { error: { message: string } }).error.message,
    );
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const client = new TestClient(server.url);
    await client.get('/api/auth/csrf');
    const response = await client.request(
      'POST',
      '/api/auth/login',
      { username: 'sagsbehandler', password: 'demo' },
      { 'x-csrf-token': 'forged' },
    );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('refuses a signed-in request whose CSRF token is not the session’s', async () => {
    const client = new TestClient(server.url);
    await client.login('sagsbehandler', 'demo');
    const response = await client.request(
      'POST',
      '/api/citizens',
      { cpr: '0101901234', name: 'X', district: null },
      { 'x-csrf-token': 'stale' },
    );
    expect(response.status).toBe(403);
  });

  it(`locks a username after ${MAX_FAILURES_PER_USERNAME} failures with a clear message, even for the right password`, async () => {
    const client = new TestClient(server.url);
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++)
      expect((await client.login('indkoeb', 'wrong')).status).toBe(401);
    const locked = await client.login('indkoeb', 'demo');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(locked.body).toMatchObject({
      error: {
        code: 'RATE_LIMITED',
        message: expect.stringMatching(/For mange mislykkede loginforsøg\. Prøv igen om \d+ minutter\./),
      },
    });
  });

  it('answers in English when the user chose English', async () => {
    const client = new TestClient(server.url);
    const response = await client.request('GET', '/api/me', undefined, {
      'accept-language': 'en-GB,en;q=0.9',
    });
    expect(response.body).toMatchObject({
      error: { code: 'UNAUTHENTICATED', message: 'You need to sign in.' },
    });
  });

  it('ends the session on logout, also for a copied cookie', async () => {
    const client = new TestClient(server.url);
    await client.login('settlementet', 'demo');
    const copy = new TestClient(server.url);
    for (const [k, v] of client.cookies) copy.cookies.set(k, v);
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await copy.get('/api/me')).status).toBe(401);
  });

  it('records sign-ins and failed sign-ins in the audit trail, without passwords', async () => {
    const rows = await server.database.db
      .selectFrom('auditEvent')
      .select(['action', 'actorUsername', 'criteria'])
      .where('entityType', '=', 'session')
      .execute();
    expect(rows.some((r) => r.action === 'login' && r.actorUsername === 'sagsbehandler')).toBe(true);
    expect(rows.some((r) => r.action === 'login_failed' && r.actorUsername === 'analytiker')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('wrong');
  });
});

describe('demo accounts in production', () => {
  it('refuses them, with a clear message and a log line, in a database seeded before production', async () => {
    const lines: string[] = [];
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    const production = await startTestServer({
      database: server.database,
      keys: server.runtime.keys,
      demo: false,
      env: { NODE_ENV: 'production', LOG_LEVEL: 'warn' },
      logStream,
    });
    try {
      for (const username of ['admin', 'sagsbehandler', 'sydhavn-leder']) {
        const refused = await new TestClient(production.url).login(username, 'demo');
        expect(refused.status, username).toBe(403);
        expect(refused.body).toMatchObject({
          error: {
            code: 'FORBIDDEN',
            message:
              'Demobrugere kan ikke logge ind, når indsats kører i produktion. Kontakt en administrator.',
          },
        });
        expect(refused.headers.getSetCookie().join()).not.toContain('indsats_session=');
      }
      expect(lines.join('')).toMatch(/"event":"demo_account_refused".*deactivate or delete the demo users/);
      // Proxied requests without TRUST_PROXY: one warning, at the first.
      for (let i = 0; i < 2; i++) {
        await new TestClient(production.url).request('GET', '/api/health', undefined, {
          'x-forwarded-for': '203.0.113.7',
        });
      }
      expect(lines.join('').match(/"event":"proxy_without_trust_proxy"/g)).toHaveLength(1);
      const audited = await server.database.db
        .selectFrom('auditEvent')
        .select('criteria')
        .where('action', '=', 'login_failed')
        .where('actorUsername', '=', 'admin')
        .execute();
      expect(audited.map((row) => row.criteria)).toContainEqual({ reason: 'demo_account_in_production' });
      // A wrong password is the usual answer; an operator's account signs in.
      expect((await new TestClient(production.url).login('admin', 'wrong')).status).toBe(401);
      await createUser(server.database.db, {
        username: 'drift-admin',
        displayName: 'Drift',
        organisationCode: 'bif',
        roles: ['admin'],
        password: 'a long enough password',
      });
      expect(
        (await new TestClient(production.url).login('drift-admin', 'a long enough password')).status,
      ).toBe(200);
    } finally {
      await production.close();
    }
  });
});

describe('errors and the API surface', () => {
  it('answers an unknown API path with the error shape and a request id', async () => {
    const response = await new TestClient(server.url).get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'NOT_FOUND', requestId: expect.any(String) } });
    expect(response.headers.get('x-request-id')).toBe(
      (response.body as { error: { requestId: string } }).error.requestId,
    );
  });

  it('answers malformed JSON with VALIDATION_FAILED', async () => {
    const client = new TestClient(server.url);
    await client.login('sagsbehandler', 'demo');
    const response = await fetch(`${server.url}/api/citizens`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': client.cookies.get('indsats_csrf')!,
      },
      body: '{not json',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('answers a body over 1 MiB with 413 in the user’s language', async () => {
    const client = new TestClient(server.url);
    await client.login('sagsbehandler', 'demo');
    const body = { cpr: '0101901234', name: 'X', district: null, notes: 'x'.repeat(1_048_576) };
    const danish = await client.request('POST', '/api/citizens', body);
    expect(danish.status).toBe(413);
    expect(danish.body).toMatchObject({
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: 'Forespørgslen er for stor. Send mindre data ad gangen, fx en mindre fil.',
      },
    });
    const english = await client.request('POST', '/api/citizens', body, { 'accept-language': 'en' });
    expect(english.body).toMatchObject({
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: 'The request is too large. Send less data at a time, e.g. a smaller file.',
      },
    });
  });

  it('serves the OpenAPI document with every API route', async () => {
    const response = await new TestClient(server.url).get<{ paths: Record<string, unknown> }>(
      '/api/docs/json',
    );
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/citizens', '/api/citizens/{id}', '/api/me', '/api/auth/login']),
    );
  });

  it('reports health', async () => {
    const response = await new TestClient(server.url).get('/api/health');
    expect(response).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
});
