import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BillingView } from '../../../shared/courses/billing.schemas.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { findOrganisationByCode } from '../organisations/organisation.repository.ts';

let server: TestServer;
let sydhavnId: string;
let servisioId: string;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  sydhavnId = (await findOrganisationByCode(server.database.db, 'sydhavnscompagniet'))!.id;
  servisioId = (await findOrganisationByCode(server.database.db, 'servisio'))!.id;
});
afterAll(() => server?.close());

async function signedIn(username: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(username, 'demo')).status).toBe(200);
  return client;
}

interface ErrorJson {
  error: { code: string; fields?: Record<string, string> };
}

describe('billing API', () => {
  it('refuses a period that ends before it begins or spans more than 36 months, with a field error', async () => {
    const client = await signedIn('indkoeb');
    const backwards = await client.get<ErrorJson>('/api/billing?from=2026-06&to=2026-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toEqual({
      to: 'Perioden skal slutte samme måned som den begynder eller senere.',
    });
    const tooLong = await client.get<ErrorJson>('/api/billing?from=2023-01&to=2026-01');
    expect(tooLong.body.error.fields?.to).toMatch(/højst være 36 måneder/);
    expect((await client.get('/api/billing?from=2023-02&to=2026-01')).status).toBe(200);
    const malformed = await client.get<ErrorJson>('/api/billing?from=2026-13&to=2026');
    expect(Object.keys(malformed.body.error.fields ?? {}).sort()).toEqual(['from', 'to']);
  });

  it("gives procurement every provider and a provider lead only the own provider's billing", async () => {
    const procurement = await signedIn('indkoeb');
    const all = await procurement.get<BillingView>('/api/billing?from=2026-01&to=2026-06');
    expect(all.status).toBe(200);
    expect(all.body.providerTotals.map((p) => p.providerName).sort()).toEqual([
      'Eksempelleverandøren ApS (syntetisk)',
      'Send Flere Krydderier',
      'Servisio',
      'Settlementet',
      'SydhavnsCompagniet',
    ]);
    expect(all.body.courseLines).toBeNull();

    const lead = await signedIn('sydhavn-leder');
    const own = await lead.get<BillingView>('/api/billing?from=2026-01&to=2026-06');
    expect(own.body.providerTotals.map((p) => p.providerId)).toEqual([sydhavnId]);
    const fromProcurement = all.body.providerTotals.find((p) => p.providerId === sydhavnId)!;
    expect(own.body.total.totalOre).toBe(fromProcurement.totalOre);
    expect(own.body.courseLines!.reduce((sum, l) => sum + l.totalOre, 0)).toBe(fromProcurement.totalOre);
    expect((await lead.get(`/api/billing?from=2026-01&to=2026-06&providerId=${servisioId}`)).status).toBe(
      404,
    );
  });

  it('exports the month table as Danish CSV and the workbook with a sheet per table', async () => {
    const client = await signedIn('indkoeb');
    const csv = await client.get<string>(
      `/api/billing/export?from=2026-01&to=2026-03&providerId=${sydhavnId}&format=csv`,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toContain(
      'afregning-sydhavnscompagniet-2026-01-2026-03.csv',
    );
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toMatch(/^Leverandør;Måned;Rammeaftale;Forløbsuger;/);
    expect(lines[1]).toMatch(/^SydhavnsCompagniet;januar 2026;.*;2\.040,00;/);
    expect(lines.at(-1)).toMatch(/^I alt;/);

    const response = await fetch(`${server.url}/api/billing/export?from=2026-01&to=2026-03&format=xlsx`, {
      headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Afregning pr. måned',
      'Afregning pr. leverandør',
      'Uger uden pris',
      'Uger uden betaling (pauser)',
    ]);
  });
});
