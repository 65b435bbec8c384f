// Party-hearing routes (issue 12): request validation and the service's refusals as field messages, in
// Danish (the default) and English; the provider reads the status without the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { encrypt } from '../../platform/crypto/keys.ts';
import { insertCourse } from '../courses/course.fixtures.ts';

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
  await db
    .insertInto('courseDocument')
    .values({
      courseId,
      citizenId: world.citizens.citizenAtA.id,
      kind: 'work_capacity',
      contentEncrypted: encrypt(server.runtime.keys, '{}'),
      updatedBy: world.users.providerStaff.userId,
    })
    .execute();
});
afterAll(() => server?.close());

async function signedIn(who: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[who].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

type Refusal = { error: { code: string; message: string; fields: Record<string, string> } };
type Hearing = { id: string; comments: string | null; commentsHidden: boolean; outcome: string | null };
const ENGLISH = { 'accept-language': 'en' };
const path = () => `/api/courses/${courseId}/party-hearings`;

describe('party-hearing routes', () => {
  it('answers an invalid sending with field messages in Danish and English', async () => {
    const client = await signedIn('caseworker');
    const body = { subject: 'letter', sentOn: '2025-02-30', deadlineOn: '2025-03-14', method: 'fax' };
    const da = await client.request<Refusal>('POST', path(), body);
    expect(da.status).toBe(400);
    expect(da.body.error.fields).toEqual({
      subject:
        'Vælg hvilken dokumentation, der sendes: arbejdsevnebeskrivelse, afsluttende rapport eller plan.',
      sentOn: 'Skriv en gyldig dato.',
      method: 'Vælg hvordan dokumentationen er sendt: Digital Post, brev eller udleveret ved møde.',
    });
    const early = {
      subject: 'work_capacity',
      sentOn: '2025-04-01',
      deadlineOn: '2025-03-31',
      method: 'letter',
    };
    const en = await client.request<Refusal>('POST', path(), early, ENGLISH);
    expect(en.status).toBe(400);
    expect(en.body.error.fields).toEqual({
      deadlineOn: 'The deadline must be after the date it was sent (1 Apr 2025).',
    });
    const daEarly = await client.request<Refusal>('POST', path(), early);
    expect(daEarly.body.error.fields).toEqual({
      deadlineOn: 'Fristen skal ligge efter datoen for afsendelse (01-04-2025).',
    });
  });

  it('records comments for the job centre, shows the provider the status only, and refuses the provider', async () => {
    const caseworker = await signedIn('caseworker');
    const sent = await caseworker.request<Hearing>('POST', path(), {
      subject: 'work_capacity',
      sentOn: '2025-04-01',
      deadlineOn: '2025-04-15',
      method: 'digital_post',
    });
    expect(sent.status).toBe(201);
    const again = await caseworker.request<Refusal>('POST', path(), {
      subject: 'work_capacity',
      sentOn: '2025-04-02',
      deadlineOn: '2025-04-16',
      method: 'letter',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      'Dokumentationen er allerede sendt til partshøring 01-04-2025 med frist 15-04-2025. Registrér bemærkningerne, før den sendes igen.',
    );

    const outcomePath = `/api/party-hearings/${sent.body.id}/outcome`;
    const before = await caseworker.request<Refusal>('PUT', outcomePath, {
      outcome: 'comments',
      outcomeOn: '2025-03-31',
      comments: 'Syntetisk',
    });
    expect(before.status).toBe(400);
    expect(before.body.error.fields).toEqual({
      outcomeOn: 'Bemærkningerne kan ikke være modtaget før dokumentationen blev sendt (01-04-2025).',
    });
    const missing = await caseworker.request<Refusal>(
      'PUT',
      outcomePath,
      { outcome: 'comments', outcomeOn: '2025-04-10', comments: '  ' },
      ENGLISH,
    );
    expect(missing.body.error.fields).toEqual({ comments: "Enter the citizen's comments." });
    const noneYet = await caseworker.request<Refusal>('PUT', outcomePath, {
      outcome: 'no_comments',
      outcomeOn: '2025-04-15',
    });
    expect(noneYet.body.error.fields).toEqual({
      outcomeOn:
        'Fristen for bemærkninger løber til og med 15-04-2025. "Ingen bemærkninger modtaget" kan først registreres dagen efter.',
    });

    const provider = await signedIn('providerLead');
    const refused = await provider.request('PUT', outcomePath, {
      outcome: 'no_comments',
      outcomeOn: '2025-04-16',
    });
    expect(refused.status).toBe(403);
    const recorded = await caseworker.request<Hearing>('PUT', outcomePath, {
      outcome: 'comments',
      outcomeOn: '2025-04-10',
      comments: 'Syntetiske bemærkninger',
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ outcome: 'comments', comments: 'Syntetiske bemærkninger' });

    const seen = await provider.get<{ hearings: Hearing[]; canManage: boolean }>(path());
    expect(seen.status).toBe(200);
    expect(seen.body.canManage).toBe(false);
    expect(seen.body.hearings[0]).toMatchObject({
      outcome: 'comments',
      comments: null,
      commentsHidden: true,
    });
    expect(JSON.stringify(seen.body)).not.toContain('Syntetiske');
  });
});
