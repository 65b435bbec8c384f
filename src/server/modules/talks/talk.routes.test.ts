import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, insertCitizen, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let courseId = '';

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  world = await buildWorld(db, server.runtime.keys);
  const { providerA } = world.organisations;
  const { agreementId } = await insertCourseAgreement(db, providerA.id);
  // Born 10 May 1980, activity-ready.
  const citizen = await insertCitizen(db, server.runtime.keys, {
    jobCentreId: world.organisations.jobCentre.id,
    cpr: '1005801234',
  });
  await db.insertInto('citizenCircumstance').values({ citizenId: citizen.id, activityReady: true }).execute();
  courseId = await insertCourse(db, {
    citizenId: citizen.id,
    providerId: providerA.id,
    agreementId,
    startsOn: '2025-03-03',
  });
  const talk = (scheduledOn: string, outcome: 'held' | 'not_attended', heldOn: string | null) =>
    db
      .insertInto('jobTalk')
      .values({
        citizenId: citizen.id,
        courseId,
        obligation: 'follow_up',
        deadline: '2025-04-30',
        scheduledOn,
        venue: 'provider',
        outcome,
        heldOn,
      })
      .execute();
  await talk('2025-03-05', 'held', '2025-03-05');
  await talk('2025-04-10', 'not_attended', null);
  await talk('2025-05-10', 'held', '2025-05-10');
});
afterAll(() => server?.close());

async function signedIn(who: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[who].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

describe('job-talk routes', () => {
  it('answers a talk held without its date with a Danish field message', async () => {
    const client = await signedIn('caseworker');
    const created = await client.request<{ id: string }>('POST', `/api/courses/${courseId}/talks`, {
      scheduledOn: '2025-06-02',
      venue: 'video',
    });
    expect(created.status).toBe(201);
    const refused = await client.request<{ error: { code: string; fields: Record<string, string> } }>(
      'PATCH',
      `/api/talks/${created.body.id}`,
      { outcome: 'held' },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual({ heldOn: 'Skriv datoen, samtalen blev holdt.' });
    const badDate = await client.request<{ error: { fields: Record<string, string> } }>(
      'POST',
      `/api/courses/${courseId}/talks`,
      { scheduledOn: '2025-02-30', venue: 'sofa' },
    );
    expect(badDate.body.error.fields).toEqual({
      scheduledOn: 'Skriv en gyldig dato.',
      venue: 'Vælg hvor samtalen holdes.',
    });
    const beforeStart = await client.request<{ error: { fields: Record<string, string> } }>(
      'POST',
      `/api/courses/${courseId}/talks`,
      { scheduledOn: '2025-03-01', venue: 'phone' },
    );
    expect(beforeStart.body.error.fields).toEqual({
      scheduledOn: 'Datoen ligger før forløbets start (03-03-2025).',
    });
  });

  it('refuses a second call-in to the first talk and a first talk by video, in Danish and English', async () => {
    const client = await signedIn('caseworker');
    const fresh = await insertCourse(server.database.db, {
      citizenId: world.citizens.citizenAtA.id,
      providerId: world.organisations.providerA.id,
      startsOn: '2026-04-06',
    });
    const path = `/api/courses/${fresh}/talks`;
    type Refusal = { error: { code: string; message: string; fields: Record<string, string> } };
    const video = await client.request<Refusal>('POST', path, { scheduledOn: '2026-04-07', venue: 'video' });
    expect(video.status).toBe(400);
    expect(video.body.error.fields).toEqual({
      venue:
        'Første jobsamtale skal holdes ved personligt fremmøde (LAB § 33, stk. 1). Vælg hos leverandøren eller i jobcentret.',
    });
    expect(
      (await client.request('POST', path, { scheduledOn: '2026-04-07', venue: 'provider' })).status,
    ).toBe(201);
    const da = await client.request<Refusal>('POST', path, { scheduledOn: '2026-04-08', venue: 'provider' });
    expect(da.status).toBe(409);
    expect(da.body.error.message).toBe(
      'Borgeren er allerede indkaldt til første samtale den 07-04-2026. Flyt eller aflys den indkaldelse i stedet for at indkalde igen.',
    );
    const en = await client.request<Refusal>(
      'POST',
      path,
      { scheduledOn: '2026-04-08', venue: 'provider' },
      { 'accept-language': 'en' },
    );
    expect(en.body.error.fields).toEqual({
      scheduledOn:
        'The citizen is already called in to the first talk on 7 Apr 2026. Reschedule or cancel that call-in instead of calling in again.',
    });
  });

  it('reads and schedules a citizen’s talks without a course, with the period’s source and Danish refusals', async () => {
    const client = await signedIn('caseworker');
    const db = server.database.db;
    const { id } = await insertCitizen(db, server.runtime.keys, {
      jobCentreId: world.organisations.jobCentre.id,
    });
    const path = `/api/citizens/${id}/talks`;
    type Refusal = { error: { fields: Record<string, string> } };
    const empty = await client.get<{ period: unknown; next: unknown; canManage: boolean }>(path);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ period: null, next: null, canManage: true });
    const unknown = await client.request<Refusal>('POST', path, {
      scheduledOn: '2026-04-07',
      venue: 'provider',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.scheduledOn).toContain('Ydelsesperiodens start er ukendt');
    const badCourse = await client.request<Refusal>('POST', path, {
      scheduledOn: '2026-04-07',
      venue: 'provider',
      courseId: 'not-a-course',
    });
    expect(badCourse.body.error.fields).toEqual({ courseId: 'Vælg et af borgerens forløb, eller ingen.' });
    await db
      .insertInto('citizenCircumstance')
      .values({ citizenId: id, firstRequestOn: '2026-04-01' })
      .execute();
    const created = await client.request<{ courseId: string | null; deadline: string }>('POST', path, {
      scheduledOn: '2026-04-07',
      venue: 'provider',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ courseId: null, deadline: '2026-04-08' });
    const view = await client.get<{ period: unknown; talks: unknown[] }>(path);
    expect(view.body.period).toEqual({ startsOn: '2026-04-01', source: 'recorded' });
    expect(view.body.talks).toHaveLength(1);
  });

  it('refuses a period that ends before it starts', async () => {
    const client = await signedIn('analyst');
    const response = await client.get<{ error: { fields: Record<string, string> } }>(
      '/api/followup/talks?from=2025-12-31&to=2025-01-01',
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({ to: 'Slutdatoen må ikke ligge før startdatoen.' });
  });

  it('exports the statistics as Danish CSV with whole percentages, and as XLSX', async () => {
    const client = await signedIn('analyst');
    const csv = await client.get<string>(
      '/api/followup/talks/export?from=2025-01-01&to=2025-05-31&format=csv',
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Leverandør;Indsats (udbudsområde);Indkaldt;Holdt;Udeblevet;Holdt rettidigt;Rettidighed;Fremmøde',
    );
    // Held 2 of 3 called; 1 of the 2 held by the deadline (30 April).
    expect(lines[1]).toMatch(/;Udsatte borgere \(Udbud [0-9a-f]+\);3;2;1;1;50 %;67 %$/);
    expect(lines.at(-1)).toBe('Alle aktivitetsparate over 30 år;;3;2;1;1;50 %;67 %');
    const english = await client.get<string>(
      '/api/followup/talks/export?from=2025-01-01&to=2025-05-31&format=csv-en',
    );
    expect(english.body.split('\r\n')[0]).toBe(
      'Provider,Programme (tender area),Called,Held,Not attended,Held on time,Timeliness,Attendance',
    );
    const xlsx = await client.get('/api/followup/talks/export?from=2025-01-01&to=2025-05-31&format=xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });
});
