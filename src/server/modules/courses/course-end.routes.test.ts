// Issue 12, item 3 over HTTP: ending a course with a placement still running is refused with a message in
// the user's language until the placement is decided.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { syntheticCvr } from '../../seed/synthetic.ts';
import { insertCourse } from './course.fixtures.ts';
import { testRng } from '../../../../test/support/seed.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let courseId = '';
let placementId = '';

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  world = await buildWorld(db, server.runtime.keys);
  const rng = testRng('course-end.routes.test');
  const company = await db
    .insertInto('company')
    .values({ cvr: syntheticCvr(rng), name: 'Syntetisk Løntilskud ApS' })
    .returning('id')
    .executeTakeFirstOrThrow();
  courseId = await insertCourse(db, {
    citizenId: world.citizens.citizenAtA.id,
    providerId: world.organisations.providerA.id,
    startsOn: '2026-09-07',
  });
  placementId = (
    await db
      .insertInto('placement')
      .values({
        courseId,
        citizenId: world.citizens.citizenAtA.id,
        companyId: company.id,
        kind: 'wage_subsidy',
        startsOn: '2026-11-02',
        endsOn: '2027-02-19',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => server?.close());

type Refusal = { error: { code: string; fields: Record<string, string> } };

describe('ending a course with a running placement', () => {
  it('is refused in Danish and English until the placement is decided', async () => {
    const client = new TestClient(server.url);
    expect((await client.login(world.users.providerStaff.username, TEST_PASSWORD)).status).toBe(200);
    const path = `/api/courses/${courseId}/end`;
    const body = { endsOn: '2026-12-04', endReason: 'job', aftercare: {} };
    const da = await client.request<Refusal>('POST', path, body);
    expect(da.status).toBe(400);
    expect(da.body.error.fields).toEqual({
      placements:
        '1 virksomhedsplacering(er) løber efter forløbets slut (04-12-2026). Vælg for hver, om den slutter på forløbets slutdato eller fortsætter som en del af efterværnet.',
    });
    const en = await client.request<Refusal>('POST', path, body, { 'accept-language': 'en' });
    expect(en.body.error.fields).toEqual({
      placements:
        '1 placement(s) run past the course end (4 Dec 2026). Choose for each whether it ends on the course end date or continues as part of aftercare.',
    });
    const invalid = await client.request<Refusal>('POST', path, {
      ...body,
      placements: [{ id: placementId, decision: 'pause' }],
    });
    expect(invalid.body.error.fields).toEqual({
      'placements.0.decision': 'Vælg, hvad der sker med placeringen.',
    });
    const ended = await client.request('POST', path, {
      ...body,
      placements: [{ id: placementId, decision: 'continue_in_aftercare' }],
    });
    expect(ended.status).toBe(200);
  });
});
