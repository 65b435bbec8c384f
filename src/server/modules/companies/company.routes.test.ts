import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { findOrganisationByCode } from '../organisations/organisation.repository.ts';
import { seedCompaniesDemo } from './company.demo.ts';
import { SYNTHETIC_PROVIDER_CODE } from '../agreements/agreement.demo-data.ts';

let server: TestServer;
const providerIds: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  for (const code of [
    'sydhavnscompagniet',
    'settlementet',
    'servisio',
    'send-flere-krydderier',
    SYNTHETIC_PROVIDER_CODE,
  ]) {
    providerIds[code] = (await findOrganisationByCode(server.database.db, code))!.id;
  }
});
afterAll(() => server?.close());

async function signedIn(username: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(username, 'demo')).status).toBe(200);
  return client;
}

interface IndicatorJson {
  providerId: string;
  bindingCount: number;
  min: number | null;
  max: number | null;
  status: string;
}

describe('demo network', () => {
  it('gives the current providers different binding counts, the same after seeding again', async () => {
    const client = await signedIn('indkoeb');
    const count = async () => {
      // A day inside the synthetic 2025–2027 agreements, whose tender sets the 10–15 requirement.
      const overview = await client.get<{ items: IndicatorJson[] }>(
        '/api/network/overview?onDate=2026-06-01',
      );
      return Object.fromEntries(
        Object.entries(providerIds).map(([code, id]) => [
          code,
          overview.body.items.find((i) => i.providerId === id)!,
        ]),
      );
    };
    const first = await count();
    expect(Object.fromEntries(Object.entries(first).map(([code, i]) => [code, i.bindingCount]))).toEqual({
      sydhavnscompagniet: 12,
      settlementet: 10,
      servisio: 11,
      'send-flere-krydderier': 15,
      [SYNTHETIC_PROVIDER_CODE]: 7,
    });
    // With the requirement (10–15) in force, only the synthetic provider is below (issue 12: no seed
    // organisation is shown failing a requirement no seed says it failed).
    expect(first[SYNTHETIC_PROVIDER_CODE]!.min).toBe(10);
    expect(first[SYNTHETIC_PROVIDER_CODE]!.status).toBe('below');
    for (const code of ['sydhavnscompagniet', 'settlementet', 'servisio', 'send-flere-krydderier']) {
      expect([code, first[code]!.status]).toEqual([code, 'within']);
    }
    const companies = async () =>
      (
        await server.database.db
          .selectFrom('company')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = await companies();
    await seedCompaniesDemo(server.database.db);
    expect(await companies()).toBe(before);
    expect(await count()).toEqual(first);
  });

  it("shows a provider user their own network and answers 404 for another provider's", async () => {
    const client = await signedIn('sydhavn');
    const own = await client.get<{ localPartners: { name: string }[] }>(
      `/api/providers/${providerIds.sydhavnscompagniet}/network`,
    );
    expect(own.status).toBe(200);
    // Seed 004: the outreach programme in Sydhavnen cooperates with SydhavnsCompagniet (issue 12).
    expect(own.body.localPartners.map((l) => l.name)).toEqual(
      expect.arrayContaining(['Fremskudt beskæftigelsesindsats i Sydhavnen (BIF)']),
    );
    const other = await client.get(`/api/providers/${providerIds.servisio}/network`);
    expect(other.status).toBe(404);
    const overview = await client.get<{ items: IndicatorJson[] }>('/api/network/overview');
    expect(overview.body.items.map((i) => i.providerId)).toEqual([providerIds.sydhavnscompagniet]);
  });
});

describe('company errors over HTTP', () => {
  it('answers a bad CVR number with a Danish field error and a duplicate with 409 naming the company', async () => {
    const client = await signedIn('sydhavn');
    const bad = await client.post<{ error: { fields: Record<string, string> } }>('/api/companies', {
      cvr: '12345678',
      name: 'Forkert ApS',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.cvr).toContain('kontrolcifferet');
    const existing = await client.get<{ items: { cvr: string; name: string }[] }>(
      '/api/companies?q=Café Havnen',
    );
    const { cvr, name } = existing.body.items[0]!;
    const duplicate = await client.post<{ error: { code: string; fields: Record<string, string> } }>(
      '/api/companies',
      { cvr, name: 'Dublet' },
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.fields.cvr).toContain(name);
    expect(duplicate.body.error.fields.cvr).toContain('findes allerede');
  });
});

describe('network export', () => {
  it('exports partnerships and local partners as two sheets of a workbook', async () => {
    const client = await signedIn('sagsbehandler');
    const response = await fetch(
      `${server.url}/api/providers/${providerIds.sydhavnscompagniet}/network/export?format=xlsx`,
      { headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/netvaerk-sydhavnscompagniet-.*\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      expect.stringMatching(/^Partnerskaber/),
      expect.stringMatching(/^Lokale samarbejdspartnere/),
    ]);
    expect(workbook.worksheets[0]!.rowCount).toBeGreaterThan(12);
  });

  it('exports the partnerships as Danish CSV, and in English with csv-en', async () => {
    const client = await signedIn('analytiker');
    const danish = await client.get<string>(
      `/api/providers/${providerIds.settlementet}/network/export?format=csv`,
    );
    expect(danish.status).toBe(200);
    const lines = danish.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Virksomhed;CVR-nummer;Branche;Forpligtende;Fra;Til;Tilbyder;Aktiv;Note');
    expect(lines).toHaveLength(1 + 13);
    expect(lines[1]).toMatch(/;01-01-2021;/);
    const english = await client.get<string>(
      `/api/providers/${providerIds.settlementet}/network/export?format=csv-en`,
    );
    expect(english.body.split('\r\n')[0]).toBe(
      'Company,CVR number,Industry,Binding,From,To,Offers,Active,Note',
    );
  });

  it('answers 404 when a provider user exports another provider’s network', async () => {
    const client = await signedIn('settlementet');
    const response = await client.get(`/api/providers/${providerIds.servisio}/network/export?format=csv`);
    expect(response.status).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents the network routes', async () => {
    const response = await new TestClient(server.url).get<{ paths: Record<string, unknown> }>(
      '/api/docs/json',
    );
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/companies',
        '/api/providers/{providerId}/network',
        '/api/providers/{providerId}/network/export',
        '/api/network/overview',
        '/api/partnerships/{id}',
        '/api/local-partners/{id}',
      ]),
    );
  });
});
