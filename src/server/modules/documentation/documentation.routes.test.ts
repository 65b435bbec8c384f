import { addDays, todayInCopenhagen } from '../../../shared/dates.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let courseId: string;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  world = await buildWorld(db, server.runtime.keys);
  const { agreementId } = await insertCourseAgreement(db, world.organisations.providerA.id);
  courseId = await insertCourse(db, {
    citizenId: world.citizens.citizenAtA.id,
    providerId: world.organisations.providerA.id,
    agreementId,
    mentorUserId: world.users.providerStaff.userId,
    caseworkerIds: [world.users.caseworker.userId],
    startsOn: addDays(todayInCopenhagen(), -60),
  });
});
afterAll(() => server?.close());

async function signedIn(user: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[user].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

/** The raw answer: TestClient reads bodies as text, which would mangle a PDF. */
async function download(client: TestClient, path: string) {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await fetch(server.url + path, { headers: { cookie } });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('documentation routes', () => {
  it('returns the plan input as a PDF and audits the export', async () => {
    const provider = await signedIn('providerStaff');
    const entry = await provider.post(`/api/courses/${courseId}/entries`, {
      entryOn: todayInCopenhagen(),
      kind: 'progression',
      text: 'Møder stabilt og tager ansvar for kaffebaren',
    });
    expect(entry.status).toBe(201);
    const put = await provider.request('PUT', `/api/courses/${courseId}/work-capacity`, {
      work: { resources: 'Kan lide kundekontakt' },
      ownWishes: 'Job i en café på Østerbro',
    });
    expect(put.status).toBe(200);

    const caseworker = await signedIn('caseworker');
    const { response, bytes } = await download(
      caseworker,
      `/api/courses/${courseId}/plan-input.pdf?date=2026-03-01`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(response.headers.get('content-disposition')).toContain('input-samlet-beskrivelse-2026-03-01.pdf');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

    const before = await download(caseworker, `/api/courses/${courseId}/plan-input.pdf?date=2026-01-31`);
    expect(before.response.headers.get('content-disposition')).toContain(
      'input-forberedende-plan-2026-01-31.pdf',
    );

    const exports = await server.database.db
      .selectFrom('auditEvent')
      .select(['action', 'citizenId', 'actorUserId'])
      .where('entityType', '=', 'plan_input')
      .execute();
    expect(exports).toHaveLength(2);
    expect(exports[0]).toMatchObject({
      action: 'export',
      citizenId: world.citizens.citizenAtA.id,
      actorUserId: world.users.caseworker.userId,
    });
  });

  it('answers 404 for another provider and a field error for a bad date', async () => {
    const other = await signedIn('otherProviderStaff');
    expect((await download(other, `/api/courses/${courseId}/plan-input.pdf`)).response.status).toBe(404);
    const provider = await signedIn('providerStaff');
    const bad = await provider.get<{ error: { fields: Record<string, string> } }>(
      `/api/courses/${courseId}/plan-input.pdf?date=2026-02-30`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.date).toBeTruthy();
  });

  it('refuses a plan type that contradicts the date with a message naming the rule', async () => {
    const caseworker = await signedIn('caseworker');
    const refused = await caseworker.post<{ error: { message: string; fields: Record<string, string> } }>(
      `/api/courses/${courseId}/plans`,
      { startedOn: '2026-02-02', planType: 'forberedende_plan' },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/samlet beskrivelse af borgerens forudsætninger/);
    expect(refused.body.error.fields.planType).toMatch(/01-02-2026/);
  });
});
