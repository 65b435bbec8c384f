// Absence routes (issue 12): request validation and the service's refusals as field messages, in Danish
// (the default) and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { insertCourse } from './course.fixtures.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let courseId = '';

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  world = await buildWorld(db, server.runtime.keys);
  courseId = await insertCourse(db, {
    citizenId: world.citizens.citizenAtA.id,
    providerId: world.organisations.providerA.id,
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

describe('absence routes', () => {
  it('answers an invalid report with field messages in Danish and English', async () => {
    const client = await signedIn('providerStaff');
    const body = { absentOn: '2025-02-30', hoursTenths: 0, reason: 'weather' };
    const da = await client.request<Refusal>('POST', `/api/courses/${courseId}/absences`, body);
    expect(da.status).toBe(400);
    expect(da.body.error.fields).toEqual({
      absentOn: 'Skriv en gyldig dato.',
      hoursTenths: 'Skriv antal timer mellem 0,1 og 24.',
      reason: 'Vælg en årsag, eller lad feltet stå tomt, hvis årsagen ikke kendes.',
    });
    const en = await client.request<Refusal>('POST', `/api/courses/${courseId}/absences`, body, ENGLISH);
    expect(en.body.error.fields).toEqual({
      absentOn: 'Enter a valid date.',
      hoursTenths: 'Enter a number of hours between 0.1 and 24.',
      reason: 'Choose a reason, or leave it empty if the reason is not known.',
    });
    const before = await client.request<Refusal>(
      'POST',
      `/api/courses/${courseId}/absences`,
      { absentOn: '2025-03-01', hoursTenths: 75 },
      ENGLISH,
    );
    expect(before.body.error.fields).toEqual({
      absentOn: 'The date is before the course started (3 Mar 2025).',
    });
  });

  it('refuses a second report of the same day and a sanction decision without its date', async () => {
    const provider = await signedIn('providerStaff');
    const created = await provider.request<{ id: string }>('POST', `/api/courses/${courseId}/absences`, {
      absentOn: '2025-03-10',
      hoursTenths: 75,
      reason: null,
    });
    expect(created.status).toBe(201);
    const again = await provider.request<Refusal>('POST', `/api/courses/${courseId}/absences`, {
      absentOn: '2025-03-10',
      hoursTenths: 30,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      'Der er allerede meldt fravær for borgeren den 10-03-2025. Ret den eksisterende melding.',
    );

    const caseworker = await signedIn('caseworker');
    const path = `/api/absences/${created.body.id}/follow-up`;
    const da = await caseworker.request<Refusal>('PUT', path, {
      followUp: 'sanction_decision',
      followedUpOn: '2025-03-12',
    });
    expect(da.status).toBe(400);
    expect(da.body.error.fields).toEqual({ sanctionDecisionOn: 'Skriv datoen for afgørelsen om sanktion.' });
    const en = await caseworker.request<Refusal>(
      'PUT',
      path,
      { followUp: 'call', followedUpOn: '2025-03-09' },
      ENGLISH,
    );
    expect(en.body.error.fields).toEqual({ followUp: 'Choose what was done.' });
    const early = await caseworker.request<Refusal>(
      'PUT',
      path,
      { followUp: 'contact_made', followedUpOn: '2025-03-09' },
      ENGLISH,
    );
    expect(early.body.error.fields).toEqual({
      followedUpOn: 'The date is before the day of absence (10 Mar 2025).',
    });
    const done = await caseworker.request('PUT', path, {
      followUp: 'sanction_decision',
      followedUpOn: '2025-03-14',
      sanctionDecisionOn: '2025-03-14',
    });
    expect(done.status).toBe(200);
  });
});
