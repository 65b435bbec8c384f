import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { syntheticCvr } from '../../seed/synthetic.ts';
import { insertCourse, insertCourseAgreement } from './course.fixtures.ts';
import { testRng } from '../../../../test/support/seed.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let courseId: string;
let companyId: string;
const rng = testRng('course.routes.test');

interface ErrorJson {
  error: { code: string; message: string; fields?: Record<string, string> };
}

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  world = await buildWorld(db, server.runtime.keys);
  const { providerA } = world.organisations;
  const { agreementId } = await insertCourseAgreement(db, providerA.id);
  courseId = await insertCourse(db, {
    citizenId: world.citizens.citizenAtA.id,
    providerId: providerA.id,
    agreementId,
    caseworkerIds: [world.users.caseworker.userId],
    startsOn: '2026-01-05',
  });
  companyId = (
    await db
      .insertInto('company')
      .values({ cvr: syntheticCvr(rng), name: 'Værkstedet ApS' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('companyPartnership')
    .values({ providerId: providerA.id, companyId, isBinding: true, startsOn: '2025-01-01' })
    .execute();
});
afterAll(() => server?.close());

async function signedIn(who: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[who].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

describe('course routes', () => {
  it('lists, counts and shows a course, and answers 404 for a malformed id', async () => {
    const client = await signedIn('caseworker');
    const list = await client.get<{ items: { id: string }[]; total: number }>(
      '/api/courses?status=all&page=1',
    );
    expect(list.status).toBe(200);
    expect(list.body.items.map((c) => c.id)).toEqual([courseId]);
    expect((await client.get('/api/courses?status=maybe')).status).toBe(400);
    const counts = await client.get('/api/courses/counts');
    expect(counts.body).toEqual({ active: 1, aftercare: 0 });
    const detail = await client.get<{ side: string; citizen: { cpr: string } }>(`/api/courses/${courseId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.side).toBe('job_centre');
    expect((await client.get('/api/courses/not-an-id')).status).toBe(404);
  });

  it('refuses an illegal stage with the reason on the field, in Danish or English', async () => {
    const client = await signedIn('providerStaff');
    const refused = await client.post<ErrorJson>(`/api/courses/${courseId}/stages`, {
      stage: 'aftercare',
      startsOn: '2026-03-01',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields!.stage).toContain('Efterværn begynder');
    const job = await client.post(`/api/courses/${courseId}/stages`, {
      stage: 'job',
      startsOn: '2026-03-02',
    });
    expect(job.status).toBe(201);
    const danish = await client.post<ErrorJson>(`/api/courses/${courseId}/stages`, {
      stage: 'small_job',
      startsOn: '2026-04-01',
    });
    expect(danish.body.error.fields).toEqual({ stage: 'Et forløb kan ikke gå fra job til småjob.' });
    const english = await client.request<ErrorJson>(
      'POST',
      `/api/courses/${courseId}/stages`,
      { stage: 'small_job', startsOn: '2026-04-01' },
      { 'accept-language': 'en' },
    );
    expect(english.body.error.fields).toEqual({ stage: 'A course cannot move from a job to a small job.' });
    const badDate = await client.post<ErrorJson>(`/api/courses/${courseId}/stages`, {
      stage: 'education',
      startsOn: '2026-02-30',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.fields!.startsOn).toBe('Skriv en gyldig dato.');
  });

  it('accepts weekly hours with a Danish decimal comma and refuses more than one decimal', async () => {
    const client = await signedIn('providerStaff');
    const body = { companyId, kind: 'small_job', startsOn: '2026-03-02', weeklyHours: '7,5' };
    const created = await client.post<{ weeklyHours: number }>(`/api/courses/${courseId}/placements`, body);
    expect(created.status).toBe(201);
    expect(created.body.weeklyHours).toBe(7.5);
    const refused = await client.post<ErrorJson>(`/api/courses/${courseId}/placements`, {
      ...body,
      weeklyHours: '7,55',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields!.weeklyHours).toContain('0,1 og 37');
  });

  it('takes one or two caseworkers, and only from the job centre', async () => {
    const caseworker = await signedIn('caseworker');
    const three = await caseworker.request<ErrorJson>('PUT', `/api/courses/${courseId}/caseworkers`, {
      userIds: [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()],
    });
    expect(three.status).toBe(400);
    expect(three.body.error.fields!.userIds).toBe('Vælg én eller to forskellige sagsbehandlere.');
    const ok = await caseworker.request('PUT', `/api/courses/${courseId}/caseworkers`, {
      userIds: [world.users.caseworker.userId],
    });
    expect(ok.status).toBe(200);
    const provider = await signedIn('providerLead');
    const forbidden = await provider.request('PUT', `/api/courses/${courseId}/caseworkers`, {
      userIds: [world.users.caseworker.userId],
    });
    expect(forbidden.status).toBe(403);
  });

  it('gives the treatment summary to follow-up readers only', async () => {
    expect((await (await signedIn('analyst')).get('/api/treatment-referrals/summary')).status).toBe(200);
    expect((await (await signedIn('providerStaff')).get('/api/treatment-referrals/summary')).status).toBe(
      403,
    );
  });

  it('documents the routes in the OpenAPI description', async () => {
    const client = await signedIn('caseworker');
    const response = await client.get<{ paths: Record<string, unknown> }>('/api/docs/json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/courses',
        '/api/courses/{id}',
        '/api/courses/{id}/placements',
        '/api/placements/{id}',
        '/api/treatment-referrals/summary',
      ]),
    );
  });
});
