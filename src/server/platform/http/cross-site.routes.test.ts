// A second layer behind the CSRF token (issue 10, defect 10): a state-changing request that a browser
// says comes from another site is refused, even when the token matches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { createUser } from '../../modules/organisations/user.service.ts';

const PUBLIC_URL = 'https://indsats.kk.example';
const PASSWORD = 'a-long-right-password';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ demo: false, env: { PUBLIC_URL } });
  await server.database.db
    .insertInto('organisation')
    .values({ kind: 'job_centre', code: 'jc', name: 'Jobcenter' })
    .execute();
  await createUser(server.database.db, {
    username: 'origin-user',
    displayName: 'Test',
    organisationCode: 'jc',
    roles: ['caseworker'],
    password: PASSWORD,
  });
});
afterAll(() => server?.close());

async function signedIn(): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login('origin-user', PASSWORD)).status).toBe(200);
  return client;
}

const CROSS_SITE = {
  error: {
    code: 'FORBIDDEN',
    message: 'Forespørgslen kom fra et andet websted og blev afvist. Åbn indsats direkte og prøv igen.',
  },
};

describe('state-changing requests from other sites', () => {
  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin null', { origin: 'null' }],
    [
      'a foreign Origin that says same-origin',
      { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' },
    ],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site', { 'sec-fetch-site': 'same-site' }],
    ['Sec-Fetch-Site without Origin', { 'sec-fetch-site': 'same-origin' }],
    ['its own Origin but Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site', origin: 'SELF' }],
  ])('refuses %s with 403 and a clear message, though the CSRF token matches', async (_, headers) => {
    const client = await signedIn();
    const sent = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v === 'SELF' ? server.url : v]),
    );
    const response = await client.request('POST', '/api/auth/logout', {}, sent);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject(CROSS_SITE);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('refuses a sign-in posted from another site', async () => {
    const client = new TestClient(server.url);
    await client.get('/api/auth/csrf');
    const response = await client.request(
      'POST',
      '/api/auth/login',
      { username: 'origin-user', password: PASSWORD },
      { origin: 'https://evil.example', 'accept-language': 'en' },
    );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      error: { code: 'FORBIDDEN', message: expect.stringContaining('another website') },
    });
  });

  it.each([
    ['its own Origin', { origin: 'SELF', 'sec-fetch-site': 'same-origin' }],
    ['the origin of PUBLIC_URL', { origin: PUBLIC_URL, 'sec-fetch-site': 'same-origin' }],
    ['neither Origin nor Sec-Fetch-Site (not a browser)', {}],
  ])('accepts a request with %s', async (_, headers) => {
    const client = await signedIn();
    const sent = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k, v === 'SELF' ? server.url : v]),
    );
    const response = await client.request('POST', '/api/auth/logout', {}, sent);
    expect(response.status).toBe(200);
  });

  it('still needs the CSRF token from its own origin', async () => {
    const client = await signedIn();
    const response = await client.request(
      'POST',
      '/api/auth/logout',
      {},
      {
        origin: server.url,
        'x-csrf-token': 'forged',
      },
    );
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      error: { code: 'FORBIDDEN', message: expect.stringContaining('Sikkerhedstoken') },
    });
  });

  it('leaves reading requests from other sites to CORS (none allowed) and the cookies', async () => {
    const client = await signedIn();
    const response = await client.request('GET', '/api/me', undefined, {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
