import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BasisMonthView, BasisView } from '../../../shared/payments/payment.schemas.ts';
import { buildWorld, insertCitizen, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { insertCourse, insertCourseAgreement } from '../courses/course.fixtures.ts';

const EAN = '5798009710178';
// A month long past, so it has ended whatever day the test runs.
const MONTH = '2025-01';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  world = await buildWorld(db, server.runtime.keys);
  const providerId = world.organisations.providerA.id;
  const { agreementId } = await insertCourseAgreement(db, providerId);
  await db.updateTable('frameworkAgreement').set({ ean: EAN }).where('id', '=', agreementId).execute();
  const citizen = await insertCitizen(db, server.runtime.keys, {
    jobCentreId: world.organisations.jobCentre.id,
    providerIds: [providerId],
  });
  await insertCourse(db, {
    citizenId: citizen.id,
    providerId,
    agreementId,
    startsOn: '2025-01-06',
    endsOn: '2025-01-31',
    endReason: 'job',
  });
});
afterAll(() => server?.close());

async function signedIn(user: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[user].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

describe('payments API', () => {
  it('takes a basis from preparation to approval and exports it with the EAN number', async () => {
    const procurement = await signedIn('procurement');
    const lead = await signedIn('providerLead');
    const providerId = world.organisations.providerA.id;

    const prepared = await procurement.post<BasisView>('/api/billing-bases', { providerId, month: MONTH });
    expect(prepared.status).toBe(200);
    expect(prepared.body.lines[0]).toMatchObject({
      kind: 'weeks',
      programmeWeeks: 4,
      agreement: { ean: EAN },
    });
    // The administration cannot accept for the provider, nor approve before the lead has accepted.
    expect((await procurement.post(`/api/billing-bases/${prepared.body.id}/accept`)).status).toBe(403);
    expect((await procurement.post(`/api/billing-bases/${prepared.body.id}/approve`)).status).toBe(422);
    expect((await lead.post(`/api/billing-bases/${prepared.body.id}/accept`)).status).toBe(200);
    expect((await lead.post(`/api/billing-bases/${prepared.body.id}/approve`)).status).toBe(403);
    const approved = await procurement.post<BasisView>(`/api/billing-bases/${prepared.body.id}/approve`);
    expect(approved.body.status).toBe('approved');

    const seen = await lead.get<BasisMonthView>(`/api/billing-bases?month=${MONTH}`);
    expect(seen.body.providers.map((p) => [p.providerId, p.basis?.status])).toEqual([
      [providerId, 'approved'],
    ]);

    const csv = await procurement.get<string>(`/api/billing-bases/export?month=${MONTH}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(String(csv.body)).toContain(`;${EAN};`);

    const response = await fetch(`${server.url}/api/billing-bases/export?month=${MONTH}&format=xlsx`, {
      headers: { cookie: [...procurement.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Afregningsgrundlag',
      'Afstemning med fakturaer',
    ]);
  });

  it('refuses a correction without a reason with a field error', async () => {
    const procurement = await signedIn('procurement');
    const draft = await procurement.post<BasisView>('/api/billing-bases', {
      providerId: world.organisations.providerA.id,
      month: '2025-02',
    });
    const refused = await procurement.post<{ error: { fields?: Record<string, string> } }>(
      `/api/billing-bases/${draft.body.id}/corrections`,
      { correctsMonth: MONTH, amountOre: -1000, reason: ' ' },
    );
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.fields ?? {})).toEqual(['reason']);
  });
});
