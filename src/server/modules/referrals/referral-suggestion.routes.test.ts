// GET /api/citizens/:id/referral-suggestions over HTTP: the shape, the date's validation, and who may ask.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReferralSuggestions } from '../../../shared/courses/referral-suggestion.schemas.ts';
import { buildWorld, insertCitizen, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { insertSuggestedProvider } from './referral-suggestion.fixtures.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let citizenId: string;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  world = await buildWorld(db, server.runtime.keys);
  // Synthetic CPR; insertCitizen puts the citizen in Valby.
  const citizen = await insertCitizen(db, server.runtime.keys, {
    jobCentreId: world.organisations.jobCentre.id,
    cpr: '0101801235',
  });
  citizenId = citizen.id;
  await insertSuggestedProvider(db, { name: 'Nord Værksted', district: 'Nørrebro', places: 12 });
  await insertSuggestedProvider(db, { name: 'Valby Værksted', district: 'Valby', places: 3 });
});
afterAll(() => server?.close());

async function signedIn(user: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[user].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

const path = (id: string, query = '?date=2026-03-02') => `/api/citizens/${id}/referral-suggestions${query}`;

describe('referral suggestions over HTTP', () => {
  it('answers the ranked suggestions with their reasons to the citizen’s caseworker', async () => {
    const caseworker = await signedIn('caseworker');
    const response = await caseworker.get<ReferralSuggestions>(path(citizenId));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ citizenId, date: '2026-03-02', year: 2026, notSuggested: [] });
    expect(response.body.suggested.map((s) => [s.provider.name, s.ownDistrict, s.freePlaces])).toEqual([
      ['Valby Værksted', true, 3],
      ['Nord Værksted', false, 12],
    ]);
    expect(response.body.suggested[0]?.reasons.map((r) => r.key)).toEqual([
      'own_district',
      'free_capacity',
      'no_rules',
    ]);
  });

  it('refuses a malformed date', async () => {
    const caseworker = await signedIn('caseworker');
    const response = await caseworker.get(path(citizenId, '?date=02-03-2026'));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { date: expect.any(String) } },
    });
  });

  it('answers 401 signed out, 403 to a provider and 404 for another job centre’s citizen', async () => {
    expect((await new TestClient(server.url).get(path(citizenId))).status).toBe(401);
    expect((await (await signedIn('providerStaff')).get(path(citizenId))).status).toBe(403);
    expect((await (await signedIn('otherCaseworker')).get(path(citizenId))).status).toBe(404);
  });
});
