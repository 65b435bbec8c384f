import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { buildCpr } from '../../../../test/support/factories.ts';

let server: TestServer;
let caseworker: TestClient;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  caseworker = new TestClient(server.url);
  expect((await caseworker.login('sagsbehandler', 'demo')).status).toBe(200);
});
afterAll(() => server?.close());

interface ErrorResponse {
  error: { code: string; fields?: Record<string, string> };
}

async function citizenCount(): Promise<number> {
  const row = await server.runtime.database.db
    .selectFrom('citizen')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

describe('citizen input: characters', () => {
  it.each([
    ['NUL', 'Bo\u0000 Hansen', 'U+0000'],
    ['BEL', 'Bo\u0007 Hansen', 'U+0007'],
    ['an ANSI escape', 'Bo\u001b[31m Hansen', 'U+001B'],
    ['a right-to-left override', 'Bo\u202e Hansen', 'U+202E'],
    ['a zero-width space', 'Bo\u200b Hansen', 'U+200B'],
  ])(
    'refuses %s in the name with a field error in Danish, and stores nothing',
    async (_label, name, code) => {
      const before = await citizenCount();
      const response = await caseworker.post<ErrorResponse>('/api/citizens', {
        cpr: buildCpr(),
        name,
        district: null,
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      expect(response.body.error.fields).toEqual({
        name: `Feltet indeholder et ugyldigt tegn (${code}) på plads 3.`,
      });
      expect(await citizenCount()).toBe(before);
    },
  );

  it('answers in English when asked', async () => {
    const response = await caseworker.request<ErrorResponse>(
      'POST',
      '/api/citizens',
      { cpr: buildCpr(), name: 'Bo\u202e Hansen', district: null },
      { 'accept-language': 'en' },
    );
    expect(response.body.error.fields).toEqual({
      name: 'The field contains a character that is not allowed (U+202E) at position 3.',
    });
  });

  it('keeps line breaks and tabs in notes, and refuses NUL there with its line and position', async () => {
    const created = await caseworker.post<{ id: string }>('/api/citizens', {
      cpr: buildCpr(),
      name: 'Bo Hansen',
      district: null,
      notes: 'Første linje\r\nAnden linje\tmed tab',
    });
    expect(created.status).toBe(201);
    const read = await caseworker.get<{ notes: string }>(`/api/citizens/${created.body.id}`);
    expect(read.body.notes).toBe('Første linje\r\nAnden linje\tmed tab');

    const before = await citizenCount();
    const refused = await caseworker.post<ErrorResponse>('/api/citizens', {
      cpr: buildCpr(),
      name: 'Bo Hansen',
      district: null,
      notes: 'Første linje\nAnden\u0000',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({
      notes: 'Feltet indeholder et ugyldigt tegn (U+0000) på plads 6 i linje 2.',
    });
    expect(await citizenCount()).toBe(before);
  });

  it('refuses a NUL in the search with a field error on q', async () => {
    const response = await caseworker.get<ErrorResponse>('/api/citizens?q=%00');
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { q: 'Feltet indeholder et ugyldigt tegn (U+0000) på plads 1.' },
    });
    expect((await caseworker.get('/api/citizens?q=Hansen%09')).status).toBe(200);
  });

  it('answers a control character in the path as a record that does not exist', async () => {
    const response = await caseworker.get<ErrorResponse>('/api/citizens/%00');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });
});
