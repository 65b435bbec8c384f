// The promises and EAN routes over HTTP (issue 14): status codes, the field messages in the user's
// language, a provider's lead reading its own agreement's promises, the permissions of each route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementDetail } from '../../../shared/agreements/agreement.schemas.ts';
import type { PromiseList } from '../../../shared/agreements/promise.schemas.ts';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { insertCourseAgreement } from '../courses/course.fixtures.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let agreementA: string;
let agreementB: string;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  world = await buildWorld(db, server.runtime.keys);
  agreementA = (await insertCourseAgreement(db, world.organisations.providerA.id)).agreementId;
  agreementB = (await insertCourseAgreement(db, world.organisations.providerB.id)).agreementId;
});
afterAll(() => server?.close());

async function signedIn(user: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[user].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

describe('promises API', () => {
  it('records a promise, shows it to the provider’s lead, and removes it', async () => {
    const procurement = await signedIn('procurement');
    const created = await procurement.post<PromiseList>(`/api/agreements/${agreementA}/promises`, {
      kind: 'local_partners',
      promised: '3',
      source: 'agreement',
      sourceText: 'Pkt. 5: tre lokale samarbejdspartnere.',
    });
    expect(created.status).toBe(201);
    expect(created.body.items).toEqual([
      expect.objectContaining({
        kind: 'local_partners',
        promisedTenths: 30,
        comparison: { status: 'not_met', recordedTenths: 0, differenceTenths: -30 },
      }),
    ]);

    const lead = await signedIn('providerLead');
    const read = await lead.get<PromiseList>(`/api/agreements/${agreementA}/promises`);
    expect(read.status).toBe(200);
    expect(read.body.items).toHaveLength(1);
    expect(read.body.sourceOptions).toBeNull();
    expect((await lead.get(`/api/agreements/${agreementB}/promises`)).status).toBe(404);
    expect((await lead.post(`/api/agreements/${agreementA}/promises`, {})).status).toBe(403);
    expect(
      (await (await signedIn('providerStaff')).get(`/api/agreements/${agreementA}/promises`)).status,
    ).toBe(403);

    const removed = await procurement.request<PromiseList>(
      'DELETE',
      `/api/agreements/${agreementA}/promises/${created.body.items[0]!.id}`,
    );
    expect(removed.status).toBe(200);
    expect(removed.body.items).toEqual([]);
  });

  it('answers a bad promise with Danish messages on its fields', async () => {
    const procurement = await signedIn('procurement');
    const response = await procurement.post<{ error: { fields: Record<string, string> } }>(
      `/api/agreements/${agreementA}/promises`,
      { kind: 'mentor_ratio', promised: '12,55', source: 'bid' },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields.promised).toBe('Skriv et tal, evt. med én decimal, fx 12 eller 12,5.');
  });
});

describe('EAN API', () => {
  it('sets the EAN number and refuses a wrong check digit with a clear message', async () => {
    const procurement = await signedIn('procurement');
    const set = await procurement.request<AgreementDetail>('PUT', `/api/agreements/${agreementA}/ean`, {
      ean: '5798009710178',
    });
    expect(set.status).toBe(200);
    expect(set.body.ean).toBe('5798009710178');
    const wrong = await procurement.request<{ error: { fields: Record<string, string> } }>(
      'PUT',
      `/api/agreements/${agreementA}/ean`,
      { ean: '5798009710177' },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.ean).toContain('kontrolcifferet');
    const read = await (await signedIn('providerLead')).get<AgreementDetail>(`/api/agreements/${agreementA}`);
    expect(read.body.ean).toBe('5798009710178');
    expect(
      (
        await (
          await signedIn('providerLead')
        ).request('PUT', `/api/agreements/${agreementA}/ean`, { ean: null })
      ).status,
    ).toBe(403);
  });
});
