// Sign-in limits under attack: parallel guesses (issue 10, defect 5) and lock-out as denial of service
// (defect 6). Every test uses its own usernames and, behind TRUST_PROXY, its own client address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { createUser } from '../../modules/organisations/user.service.ts';
import { DEVICE_COOKIE } from './device-cookie.ts';
import {
  MAX_FAILURES_PER_DEVICE,
  MAX_FAILURES_PER_IP,
  MAX_FAILURES_PER_USERNAME,
  reserveLoginAttempt,
} from './rate-limit.ts';

const PASSWORD = 'a-long-right-password';
let server: TestServer;
let nextUser = 0;
let nextAddress = 0;

beforeAll(async () => {
  server = await startTestServer({ demo: true, env: { TRUST_PROXY: 'true' } });
});
afterAll(() => server?.close());

/** A new caseworker with PASSWORD. */
async function newUser(): Promise<string> {
  const username = `limit-user-${++nextUser}`;
  await createUser(server.database.db, {
    username,
    displayName: 'Test',
    organisationCode: 'jobcenter-kbh',
    roles: ['caseworker'],
    password: PASSWORD,
  });
  return username;
}

/** A browser-like client behind the proxy at its own address. */
async function clientAt(address = `10.0.0.${++nextAddress}`): Promise<TestClient> {
  const client = new TestClient(server.url);
  const request = client.request.bind(client);
  client.request = (method, path, body, headers = {}) =>
    request(method, path, body, { 'x-forwarded-for': address, ...headers });
  await client.get('/api/auth/csrf');
  return client;
}

function statuses(responses: { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe('parallel guesses', () => {
  it(`checks at most ${MAX_FAILURES_PER_USERNAME} wrong passwords when 20 arrive at once`, async () => {
    const username = await newUser();
    const client = await clientAt();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.login(username, `wrong-${i}`)),
    );
    expect(statuses(responses)).toEqual({
      401: MAX_FAILURES_PER_USERNAME,
      429: 20 - MAX_FAILURES_PER_USERNAME,
    });
    const failures = await server.database.db
      .selectFrom('loginAttempt')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    expect(Number(failures.n)).toBe(MAX_FAILURES_PER_USERNAME);
  });

  it('signs in 12 parallel requests with the right password', async () => {
    const username = await newUser();
    const responses = await Promise.all(
      Array.from({ length: 12 }, async () => (await clientAt('10.1.0.1')).login(username, PASSWORD)),
    );
    expect(statuses(responses)).toEqual({ 200: 12 });
  });
});

describe('attempts in flight', () => {
  it('counts a reservation whose request died as a failure after a minute', async () => {
    const username = await newUser();
    const input = { username, ip: '10.4.0.1', device: undefined, isKnownUser: true };
    const died = new Date(Date.now() - 61_000);
    await server.database.db
      .insertInto('loginAttempt')
      .values(
        Array.from({ length: MAX_FAILURES_PER_USERNAME }, () => ({
          username,
          ip: input.ip,
          succeeded: null,
          attemptedAt: died,
        })),
      )
      .execute();
    expect(await reserveLoginAttempt(server.database.db, input)).toMatchObject({ kind: 'refused' });
  });
});

describe('lock-out as denial of service', () => {
  it(`does not lock out a user with the right password from an address with ${MAX_FAILURES_PER_IP} failures`, async () => {
    const username = await newUser();
    const attacker = await clientAt('10.2.0.1');
    const guesses = await Promise.all(
      Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => attacker.login(`made-up-${i}`, 'wrong')),
    );
    expect(statuses(guesses)).toEqual({ 401: MAX_FAILURES_PER_IP });
    // Behind a proxy without TRUST_PROXY every user has the proxy's address: the same as the attacker's.
    const colleague = await clientAt('10.2.0.1');
    expect((await colleague.login(username, PASSWORD)).status).toBe(200);
    expect((await colleague.login(username, 'a-wrong-password')).status).toBe(401);
    // Made-up usernames get the same answer as before, without a password check.
    expect((await attacker.login('made-up-more', 'wrong')).status).toBe(401);
    const flagged = await reserveLoginAttempt(server.database.db, {
      username: 'made-up-checked',
      ip: '10.2.0.1',
      device: undefined,
      isKnownUser: false,
    });
    expect(flagged).toMatchObject({ kind: 'reserved', checkPassword: false });
    const elsewhere = await reserveLoginAttempt(server.database.db, {
      username: 'made-up-checked',
      ip: '10.2.0.2',
      device: undefined,
      isKnownUser: false,
    });
    expect(elsewhere).toMatchObject({ kind: 'reserved', checkPassword: true });
  });

  it(`keeps refusing guesses after ${MAX_FAILURES_PER_USERNAME} failures, but not in a browser that signed in before`, async () => {
    const username = await newUser();
    const own = await clientAt('10.3.0.1');
    expect((await own.login(username, PASSWORD)).status).toBe(200);
    expect(own.cookies.get(DEVICE_COOKIE)).toBeTruthy();
    const device = own.setCookieHeaders.find((h) => h.startsWith(`${DEVICE_COOKIE}=`))!;
    expect(device).toMatch(/HttpOnly/i);
    expect(device).toMatch(/Path=\/api\/auth/i);

    const attacker = await clientAt('10.3.0.2');
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++)
      expect((await attacker.login(username, `guess-${i}`)).status).toBe(401);
    expect((await attacker.login(username, PASSWORD)).status).toBe(429);
    // A new browser at the user's own address is untrusted too.
    expect((await (await clientAt('10.3.0.1')).login(username, PASSWORD)).status).toBe(429);

    expect((await own.login(username, PASSWORD)).status).toBe(200);
    // The account holder signing in does not give the attacker new tries.
    expect((await attacker.login(username, 'guess-after')).status).toBe(429);
  });

  it(`counts a trusted browser's failures on their own, ${MAX_FAILURES_PER_DEVICE} before it is like any other`, async () => {
    const username = await newUser();
    const own = await clientAt();
    expect((await own.login(username, PASSWORD)).status).toBe(200);
    for (let i = 0; i < MAX_FAILURES_PER_DEVICE; i++)
      expect((await own.login(username, `typo-${i}`)).status).toBe(401);
    // The username's pool for other clients is untouched by the trusted browser's typing errors.
    expect((await (await clientAt()).login(username, PASSWORD)).status).toBe(200);
    // Past its own limit the browser counts with untrusted clients (not yet locked: 0 failures there).
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++)
      expect((await own.login(username, `more-${i}`)).status).toBe(401);
    expect((await own.login(username, PASSWORD)).status).toBe(429);
  });

  it('trusts a device cookie only for the user it was issued to, and not when it is altered', async () => {
    const [first, second] = [await newUser(), await newUser()];
    const browser = await clientAt();
    expect((await browser.login(first, PASSWORD)).status).toBe(200);
    const attacker = await clientAt();
    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++) await attacker.login(second, `guess-${i}`);
    expect((await browser.login(second, PASSWORD)).status).toBe(429);

    for (let i = 0; i < MAX_FAILURES_PER_USERNAME; i++) await attacker.login(first, `guess-${i}`);
    const cookie = browser.cookies.get(DEVICE_COOKIE)!;
    browser.cookies.set(
      DEVICE_COOKIE,
      cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    );
    expect((await browser.login(first, PASSWORD)).status).toBe(429);
    browser.cookies.set(DEVICE_COOKIE, cookie);
    expect((await browser.login(first, PASSWORD)).status).toBe(200);
  });
});
