// Meeting routes (issue 14): request validation as field messages in Danish and English, and the service's
// refusals through HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
});
afterAll(() => server?.close());

async function signedIn(who: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[who].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

type Refusal = { error: { code: string; fields: Record<string, string> } };

describe('meeting routes', () => {
  it('answers an invalid meeting with field messages in Danish and English', async () => {
    const client = await signedIn('procurement');
    const path = `/api/providers/${world.organisations.providerA.id}/meetings`;
    const body = { heldOn: '2026-02-30', externals: [{ name: ' ' }] };
    const da = await client.request<Refusal>('POST', path, body);
    expect(da.status).toBe(400);
    expect(da.body.error.fields).toMatchObject({ heldOn: 'Skriv en gyldig dato.' });
    const en = await client.request<Refusal>('POST', path, body, { 'accept-language': 'en' });
    expect(en.body.error.fields).toMatchObject({ heldOn: 'Enter a valid date.' });
  });

  it('creates a meeting, adds an action and refuses an unknown owner with a field message', async () => {
    const client = await signedIn('caseworker');
    const created = await client.request<{ id: string }>(
      'POST',
      `/api/providers/${world.organisations.providerA.id}/meetings`,
      { heldOn: '2026-02-02', participantUserIds: [world.users.caseworker.userId] },
    );
    expect(created.status).toBe(201);
    const refused = await client.request<Refusal>('POST', `/api/meetings/${created.body.id}/actions`, {
      text: 'Opfølgning',
      ownerId: world.users.otherProviderStaff.userId,
      dueOn: '2026-03-01',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.ownerId).toBe(
      'Den ansvarlige skal være en aktiv bruger i forvaltningen, jobcenteret eller leverandøren.',
    );
  });
});
