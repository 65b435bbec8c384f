// The route layer's character check through the real app: sign-in, and routes of several modules.
// That every route has the check is shown by text-guard.test.ts, which walks all of them.
import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { buildCpr } from '../../../../test/support/factories.ts';
import { handleError } from './error-handler.ts';

let server: TestServer;
let admin: TestClient;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  admin = new TestClient(server.url);
  expect((await admin.login('admin', 'demo')).status).toBe(200);
});
afterAll(() => server?.close());

interface ErrorResponse {
  error: { code: string; message: string; fields?: Record<string, string> };
}

describe('control characters in requests', () => {
  it('answers a NUL in the sign-in username with a field error, not a server error', async () => {
    const response = await new TestClient(server.url).login('sagsbehandler\u0000', 'demo');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        fields: { username: 'Feltet indeholder et ugyldigt tegn (U+0000) på plads 14.' },
      },
    });
  });

  it('checks the sign-in before the session: a NUL in the password is refused the same way', async () => {
    const response = await new TestClient(server.url).login('sagsbehandler', 'de\u0000mo');
    expect(response.status).toBe(400);
    expect((response.body as ErrorResponse).error.fields).toEqual({
      password: 'Feltet indeholder et ugyldigt tegn (U+0000) på plads 3.',
    });
  });

  it('tells an anonymous caller only to sign in, whatever the body holds', async () => {
    const anonymous = new TestClient(server.url);
    await anonymous.get('/api/auth/csrf');
    const response = await anonymous.post('/api/citizens', { cpr: buildCpr(), name: 'Bo\u0000' });
    expect(response.status).toBe(401);
  });

  it('refuses a company name with a right-to-left override (companies)', async () => {
    const response = await admin.post<ErrorResponse>('/api/companies', {
      cvr: '12345674',
      name: 'Firma\u202eApS',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toMatchObject({
      name: 'Feltet indeholder et ugyldigt tegn (U+202E) på plads 6.',
    });
  });

  it('refuses a contact person with a zero-width space and a NUL in a tender name (agreements)', async () => {
    const provider = await admin.post<ErrorResponse>('/api/providers', {
      name: 'Ny leverandør',
      cvr: '12345674',
      district: 'Frederiksberg',
      contactName: 'Sara\u200b Berg',
    });
    expect(provider.status).toBe(400);
    expect(provider.body.error.fields).toMatchObject({
      contactName: 'Feltet indeholder et ugyldigt tegn (U+200B) på plads 5.',
    });
    const tender = await admin.post<ErrorResponse>('/api/tenders', { name: 'Udbud\u0000 2026' });
    expect(tender.status).toBe(400);
    expect(tender.body.error.fields).toEqual({
      name: 'Feltet indeholder et ugyldigt tegn (U+0000) på plads 6.',
    });
  });

  it('refuses an escape sequence in a search of another module (companies)', async () => {
    const response = await admin.get<ErrorResponse>('/api/companies?q=%1B%5B2J');
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({
      q: 'Feltet indeholder et ugyldigt tegn (U+001B) på plads 1.',
    });
  });
});

describe('a text the database cannot store', () => {
  it.each([
    ['text (22021)', sql`SELECT ${'a\u0000b'}::text AS value`],
    ['jsonb (22P05)', sql`SELECT ${JSON.stringify({ note: 'a\u0000b' })}::jsonb AS value`],
  ])('answers 400, not 500, when a NUL reaches the database as %s', async (_label, query) => {
    // As if a text got past the route layer's check: the database's own error goes to the error handler.
    const app = Fastify();
    app.setErrorHandler(handleError);
    app.get('/probe', async () => query.execute(server.runtime.database.db));
    const response = await app.inject({ method: 'GET', url: '/probe' });
    await app.close();
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'En tekst indeholder et tegn, der ikke kan gemmes (fx et kontroltegn).',
      },
    });
  });
});
