// Pause and indexation routes (issue 14): request validation with the shared date schema and the
// services' refusals as field messages, in Danish (the default) and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { insertCourse, insertCourseAgreement } from './course.fixtures.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let courseId = '';
let agreementId = '';

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  world = await buildWorld(db, server.runtime.keys);
  ({ agreementId } = await insertCourseAgreement(db, world.organisations.providerA.id));
  courseId = await insertCourse(db, {
    citizenId: world.citizens.citizenAtA.id,
    providerId: world.organisations.providerA.id,
    agreementId,
    caseworkerIds: [world.users.caseworker.userId],
    startsOn: '2025-03-03',
  });
});
afterAll(() => server?.close());

async function signedIn(who: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[who].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

type Refusal = { error: { code: string; message: string; fields: Record<string, string> } };
const ENGLISH = { 'accept-language': 'en' };

describe('pause routes', () => {
  it('answers an invalid pause with field messages in Danish and English', async () => {
    const client = await signedIn('caseworker');
    const body = { kind: 'holiday', fromDate: '2025-02-30', toDate: '' };
    const da = await client.request<Refusal>('POST', `/api/courses/${courseId}/pauses`, body);
    expect(da.status).toBe(400);
    expect(da.body.error.fields).toEqual({
      kind: 'Vælg pausens art.',
      fromDate: 'Skriv en gyldig dato.',
      toDate: 'Feltet skal udfyldes.',
    });
    const en = await client.request<Refusal>('POST', `/api/courses/${courseId}/pauses`, body, ENGLISH);
    expect(en.body.error.fields).toMatchObject({
      kind: 'Choose the kind of pause.',
      fromDate: 'Enter a valid date.',
    });
    const reversed = await client.request<Refusal>(
      'POST',
      `/api/courses/${courseId}/pauses`,
      { kind: 'illness', fromDate: '2025-03-10', toDate: '2025-03-09' },
      ENGLISH,
    );
    expect(reversed.body.error.fields).toEqual({
      toDate: 'The end date must be on or after the start date.',
    });
    const before = await client.request<Refusal>(
      'POST',
      `/api/courses/${courseId}/pauses`,
      { kind: 'illness', fromDate: '2025-03-01', toDate: '2025-03-09' },
      ENGLISH,
    );
    expect(before.body.error.fields).toEqual({
      fromDate: 'The pause begins before the course started (3 Mar 2025).',
    });
  });

  it('records a pause and refuses one over it as a conflict', async () => {
    const client = await signedIn('providerStaff');
    const body = { kind: 'hospital_stay', fromDate: '2025-03-10', toDate: '2025-03-23' };
    const created = await client.request<{ pauses: unknown[] }>(
      'POST',
      `/api/courses/${courseId}/pauses`,
      body,
    );
    expect(created.status).toBe(201);
    expect(created.body.pauses).toHaveLength(1);
    const again = await client.request<Refusal>('POST', `/api/courses/${courseId}/pauses`, body);
    expect(again.status).toBe(409);
    expect(again.body.error.fields.fromDate).toBe(
      'Forløbet har allerede en pause fra 10-03-2025 til 23-03-2025, som overlapper.',
    );
  });

  it('answers an invalid indexation with field messages', async () => {
    const client = await signedIn('procurement');
    const url = `/api/agreements/${agreementId}/indexations`;
    const invalid = await client.request<Refusal>('POST', url, {
      effectiveFrom: 'x',
      percent: 0.123,
      reason: ' ',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toEqual({
      effectiveFrom: 'Skriv en gyldig dato.',
      percent: 'Skriv procenten med højst to decimaler.',
      reason: 'Skriv begrundelsen, fx hvilket indeks og hvilken periode.',
    });
    const outside = await client.request<Refusal>(
      'POST',
      url,
      { effectiveFrom: '2028-01-01', percent: 2, reason: 'Indeks' },
      ENGLISH,
    );
    expect(outside.body.error.fields).toEqual({
      effectiveFrom:
        'The date must be after the agreement’s start (01-01-2024) and no later than its end (31-12-2027).',
    });
    const ok = await client.request<{ indexations: unknown[] }>('POST', url, {
      effectiveFrom: '2026-01-01',
      percent: -1.25,
      reason: 'Fald i indekset',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.indexations).toEqual([expect.objectContaining({ basisPoints: -125 })]);
  });
});
