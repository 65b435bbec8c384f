// Single sign-on end to end, without a browser: a real OpenID provider (oidc-provider with its
// development login and consent pages) and real indsats servers on 127.0.0.1, driven with fetch.
import crypto from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { sql } from 'kysely';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { insertOrganisation } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { createUser } from '../../modules/organisations/user.service.ts';

const CLIENT_ID = 'indsats-test';
const CLIENT_SECRET = crypto.randomBytes(16).toString('hex');
const CALLBACK_PATH = '/api/auth/oidc/callback';

/** A port nobody listens on right now (the app's public URL must be known before it listens). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface IdentityProvider {
  issuer: string;
  close(): Promise<void>;
}

async function startIdentityProvider(redirectUris: string[]): Promise<IdentityProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    // Every account id signs in; `preferred_username` is only in userinfo (conformIdTokenClaims).
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({
        sub: id,
        preferred_username: `${id}@kommune.example`,
        email: `${id}@kommune.example`,
      }),
    }),
    claims: { openid: ['sub'], profile: ['preferred_username'], email: ['email'] },
    cookies: { keys: [crypto.randomBytes(16).toString('hex')] },
    jwks: {
      keys: [crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })],
    },
    ttl: {
      Interaction: 600,
      Session: 600,
      Grant: 600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    features: { devInteractions: { enabled: true } },
  });
  const callback = provider.callback();
  server.on('request', (request, response) => void callback(request, response));
  return {
    issuer,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Plays the user at the identity provider: log in as `accountId` (or cancel), consent, until redirected back. */
async function authorizeAtProvider(
  authorizationUrl: string,
  accountId: string | undefined,
  callbackPrefix: string,
): Promise<URL> {
  const cookies = new Map<string, string>();
  let request: { url: string; form?: URLSearchParams } = { url: authorizationUrl };
  for (let step = 0; step < 12; step++) {
    const response = await fetch(request.url, {
      method: request.form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      ...(request.form ? { body: request.form } : {}),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const index = pair.indexOf('=');
      cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    const html = await response.text();
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, request.url);
      if (next.href.startsWith(callbackPrefix)) return next;
      request = { url: next.href };
      continue;
    }
    // A development login or consent page: submit its form.
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !prompt || !action) {
      throw new Error(`identity provider answered ${response.status}`);
    }
    if (accountId === undefined) {
      // The user cancels at the identity provider.
      request = { url: `${new URL(action, request.url).href}/abort` };
      continue;
    }
    const form = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      form.set('login', accountId);
      form.set('password', 'any');
    }
    request = { url: new URL(action, request.url).href, form };
  }
  throw new Error('identity provider did not redirect back');
}

let database: TestDatabase;
let idp: IdentityProvider;
let bySubject: TestServer;
let byUsername: TestServer;
let unconfigured: TestServer;
let unreachable: TestServer;
const run = crypto.randomBytes(3).toString('hex');
const account = (name: string) => `${name}-${run}`;

async function addUser(name: string, oidcSubject: string) {
  const organisation = await insertOrganisation(database.db, 'job_centre');
  return createUser(database.db, {
    username: `${name}.${run}`,
    displayName: `Test ${name}`,
    organisationCode: organisation.code,
    roles: ['caseworker'],
    oidcSubject,
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const keys = testKeys();
  const [portA, portB, closedPort] = [await freePort(), await freePort(), await freePort()];
  const urlA = `http://127.0.0.1:${portA}`;
  const urlB = `http://127.0.0.1:${portB}`;
  idp = await startIdentityProvider([urlA + CALLBACK_PATH, urlB + CALLBACK_PATH]);
  const oidcEnv = { OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET };
  const common = { database, keys, demo: false };
  bySubject = await startTestServer({
    ...common,
    port: portA,
    env: { ...oidcEnv, OIDC_ISSUER: idp.issuer, PUBLIC_URL: urlA },
  });
  byUsername = await startTestServer({
    ...common,
    port: portB,
    env: { ...oidcEnv, OIDC_ISSUER: idp.issuer, PUBLIC_URL: urlB, OIDC_USER_CLAIM: 'preferred_username' },
  });
  unconfigured = await startTestServer(common);
  unreachable = await startTestServer({
    ...common,
    env: { ...oidcEnv, OIDC_ISSUER: `http://127.0.0.1:${closedPort}` },
  });
});

afterAll(async () => {
  for (const server of [bySubject, byUsername, unconfigured, unreachable]) await server?.close();
  await idp?.close();
  await database?.close();
});

/** Starts a login in a fresh browser and plays the identity provider; stops before the callback. */
async function authorize(server: TestServer, accountId: string | undefined, returnTo?: string) {
  const browser = new TestClient(server.url);
  const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  const start = await browser.get(`/api/auth/oidc/start${query}`);
  expect(start.status).toBe(302);
  const authorizationUrl = start.headers.get('location') ?? '';
  const callback = await authorizeAtProvider(authorizationUrl, accountId, server.url + CALLBACK_PATH);
  return { browser, authorizationUrl, callback, path: callback.pathname + callback.search };
}

async function signIn(server: TestServer, accountId: string | undefined, returnTo?: string) {
  const flow = await authorize(server, accountId, returnTo);
  const answer = await flow.browser.get(flow.path);
  return { ...flow, answer, location: answer.headers.get('location') };
}

async function expectSignedOut(browser: TestClient) {
  expect(browser.cookies.has('indsats_session')).toBe(false);
  expect((await browser.get('/api/me')).status).toBe(401);
}

describe('single sign-on with OpenID Connect', () => {
  it('signs in the user mapped to the ID token subject and returns to the page the login started from', async () => {
    const user = await addUser('anna', account('anna'));
    const flow = await signIn(bySubject, account('anna'), '/citizens?q=a');

    const authorization = new URL(flow.authorizationUrl);
    expect(authorization.origin).toBe(idp.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('scope')).toBe('openid profile email');
    expect(flow.answer.status).toBe(302);
    expect(flow.location).toBe('/citizens?q=a');
    const setCookies = flow.browser.setCookieHeaders;
    expect(setCookies.find((c) => c.startsWith('indsats_session='))).toMatch(/HttpOnly/);
    expect(setCookies.find((c) => c.startsWith('indsats_csrf='))).not.toMatch(/HttpOnly/);
    const me = await flow.browser.get<{ user: { id: string; username: string } }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: user.id, username: user.username });
    const pending = await database.db
      .selectFrom('oidcLogin')
      .select('state')
      .where('state', '=', flow.callback.searchParams.get('state') ?? '')
      .execute();
    expect(pending).toEqual([]);
  });

  it('maps users by a configurable claim, read from userinfo when the ID token lacks it', async () => {
    const user = await addUser('bo', `${account('bo')}@kommune.example`);
    const flow = await signIn(byUsername, account('bo'));
    expect(flow.location).toBe('/');
    const me = await flow.browser.get<{ user: { id: string } }>('/api/me');
    expect(me.body.user.id).toBe(user.id);
  });

  it('does not sign in someone whose subject matches no user, and audits the attempt', async () => {
    const flow = await signIn(bySubject, account('stranger'));
    expect(flow.location).toBe('/login?error=oidc&reason=unknown_user');
    await expectSignedOut(flow.browser);
    const audited = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'criteria'])
      .where('actorUsername', '=', '(oidc)')
      .execute();
    expect(audited).toContainEqual({
      action: 'login_failed',
      criteria: { method: 'oidc', reason: 'unknown_user' },
    });
  });

  it('does not sign in a deactivated user', async () => {
    const user = await addUser('carl', account('carl'));
    await database.db.updateTable('appUser').set({ isActive: false }).where('id', '=', user.id).execute();
    const flow = await signIn(bySubject, account('carl'));
    expect(flow.location).toBe('/login?error=oidc&reason=unknown_user');
    await expectSignedOut(flow.browser);
  });

  it('refuses a callback whose state was tampered with', async () => {
    await addUser('dora', account('dora'));
    const flow = await authorize(bySubject, account('dora'));
    const tampered = new URL(flow.callback);
    tampered.searchParams.set('state', crypto.randomBytes(32).toString('base64url'));
    const answer = await flow.browser.get(tampered.pathname + tampered.search);
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/login?error=oidc');
    await expectSignedOut(flow.browser);
    // Also when the browser's cookie carries the tampered state: no such login was started.
    flow.browser.cookies.set('indsats_oidc_state', tampered.searchParams.get('state') ?? '');
    const again = await flow.browser.get(tampered.pathname + tampered.search);
    expect(again.headers.get('location')).toBe('/login?error=oidc');
    await expectSignedOut(flow.browser);
  });

  it('sends the browser back to the login page when the user cancels at the identity provider', async () => {
    const flow = await signIn(bySubject, undefined);
    expect(flow.callback.searchParams.get('error')).toBe('access_denied');
    expect(flow.location).toBe('/login?error=oidc');
    await expectSignedOut(flow.browser);
  });

  it('refuses a callback in a browser that did not start the login, which can still finish it', async () => {
    await addUser('erik', account('erik'));
    const flow = await authorize(bySubject, account('erik'));
    const victim = new TestClient(bySubject.url);
    const forced = await victim.get(flow.path);
    expect(forced.headers.get('location')).toBe('/login?error=oidc');
    await expectSignedOut(victim);
    const own = await flow.browser.get(flow.path);
    expect(own.headers.get('location')).toBe('/');
    expect((await flow.browser.get('/api/me')).status).toBe(200);
  });

  it('uses a callback only once', async () => {
    await addUser('frida', account('frida'));
    const flow = await signIn(bySubject, account('frida'));
    expect(flow.location).toBe('/');
    const replay = new TestClient(bySubject.url);
    replay.cookies.set('indsats_oidc_state', flow.callback.searchParams.get('state') ?? '');
    const again = await replay.get(flow.path);
    expect(again.headers.get('location')).toBe('/login?error=oidc');
    await expectSignedOut(replay);
  });

  it('refuses a login not finished within 10 minutes', async () => {
    await addUser('gorm', account('gorm'));
    const flow = await authorize(bySubject, account('gorm'));
    const state = flow.callback.searchParams.get('state');
    await sql`UPDATE oidc_login SET created_at = now() - interval '11 minutes' WHERE state = ${state}`.execute(
      database.db,
    );
    const answer = await flow.browser.get(flow.path);
    expect(answer.headers.get('location')).toBe('/login?error=oidc');
    await expectSignedOut(flow.browser);
  });

  it('returns to / instead of another site', async () => {
    await addUser('hans', account('hans'));
    for (const returnTo of ['//evil.example', 'https://evil.example/x']) {
      const flow = await signIn(bySubject, account('hans'), returnTo);
      expect(flow.location).toBe('/');
    }
  });

  it('answers 404 when single sign-on is not configured', async () => {
    const answer = await new TestClient(unconfigured.url).get<{ error: { code: string } }>(
      '/api/auth/oidc/start',
    );
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('NOT_FOUND');
  });

  it('sends the browser back to the login page when the identity provider is unreachable', async () => {
    const answer = await new TestClient(unreachable.url).get('/api/auth/oidc/start');
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/login?error=oidc');
  });

  it('documents both routes in the OpenAPI document', async () => {
    const docs = await new TestClient(bySubject.url).get<{ paths: Record<string, unknown> }>(
      '/api/docs/json',
    );
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/oidc/start', '/api/auth/oidc/callback']),
    );
  });
});
