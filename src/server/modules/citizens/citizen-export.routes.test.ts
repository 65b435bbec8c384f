// The caseworker's download of a citizen's access export (GDPR art. 15) over HTTP: PDF or JSON as an
// attachment that is not cached, with no personal data in the file name, audited as an export; what is
// recorded through the API (a pause in a course) is in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';
import type { CitizenExportDocument } from './citizen-export.document.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
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

describe('GET /api/citizens/:id/export', () => {
  it('downloads the PDF by default and the JSON on request, each audited as an export', async () => {
    const caseworker = await signedIn('caseworker');
    const { citizenAtA } = world.citizens;
    const pdf = await download(caseworker, `/api/citizens/${citizenAtA.id}/export`);
    expect(pdf.response.status).toBe(200);
    expect(pdf.response.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(pdf.response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="indsigt-\d{4}-\d{2}-\d{2}\.pdf"; filename\*=UTF-8''indsigt-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    expect(pdf.response.headers.get('cache-control')).toBe('no-store');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const json = await download(caseworker, `/api/citizens/${citizenAtA.id}/export?format=json`);
    expect(json.response.status).toBe(200);
    expect(json.response.headers.get('content-type')).toMatch(/^application\/json/);
    const document = JSON.parse(json.bytes.toString('utf8')) as CitizenExportDocument;
    expect(document.citizen).toMatchObject({ id: citizenAtA.id, name: citizenAtA.name });
    expect(document.generatedBy).toBe(world.users.caseworker.displayName);
    // The PDF's export is in the JSON's access log, after the JSON's own.
    expect(document.accessLog.slice(0, 2).map((a) => [a.action, a.entityType])).toEqual([
      ['export', 'citizen'],
      ['export', 'citizen'],
    ]);

    const exports = await server.database.db
      .selectFrom('auditEvent')
      .select(['actorUserId', 'criteria'])
      .where('action', '=', 'export')
      .where('citizenId', '=', citizenAtA.id)
      .orderBy('seq')
      .execute();
    expect(exports.map((e) => (e.criteria as { format: string }).format)).toEqual(['pdf', 'json']);
    expect(exports.every((e) => e.actorUserId === world.users.caseworker.userId)).toBe(true);
  });

  it('refuses an unknown format, another job centre, a provider and the administration', async () => {
    const caseworker = await signedIn('caseworker');
    const { citizenAtA } = world.citizens;
    const bad = await caseworker.get(`/api/citizens/${citizenAtA.id}/export?format=docx`);
    expect(bad.status).toBe(400);
    const other = await signedIn('otherCaseworker');
    expect((await other.get(`/api/citizens/${citizenAtA.id}/export`)).status).toBe(404);
    const provider = await signedIn('providerStaff');
    expect((await provider.get(`/api/citizens/${citizenAtA.id}/export`)).status).toBe(403);
    const admin = await signedIn('admin');
    expect((await admin.get(`/api/citizens/${citizenAtA.id}/export`)).status).toBe(403);
  });

  it('includes a pause recorded through the API in the course it belongs to', async () => {
    const db = server.database.db;
    const { citizenAtA } = world.citizens;
    const { providerA } = world.organisations;
    const { agreementId } = await insertCourseAgreement(db, providerA.id);
    const courseId = await insertCourse(db, {
      citizenId: citizenAtA.id,
      providerId: providerA.id,
      agreementId,
      caseworkerIds: [world.users.caseworker.userId],
      startsOn: '2026-09-07',
    });
    const caseworker = await signedIn('caseworker');
    const pause = { kind: 'illness', fromDate: '2026-09-14', toDate: '2026-09-18', note: 'Syntetisk' };
    expect((await caseworker.request('POST', `/api/courses/${courseId}/pauses`, pause)).status).toBe(201);
    const json = await download(caseworker, `/api/citizens/${citizenAtA.id}/export?format=json`);
    const document = JSON.parse(json.bytes.toString('utf8')) as CitizenExportDocument;
    expect(document.courses.find((c) => c.id === courseId)?.pauses).toEqual([
      expect.objectContaining({ ...pause, recordedBy: expect.objectContaining({ name: null }) }),
    ]);
    expect(document.accessLog.some((a) => a.purpose === 'Oprettet: pause')).toBe(true);
  });
});
