// The outcomes API over HTTP: validation with field messages, the export formats (XLSX laid out like the
// appendix, CSV Danish and plain, a PDF), saved reports, and a provider lead's scope in every answer.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import {
  insertCompletedCourse,
  insertFixtureCodebook,
  insertImportBatch,
  insertPlacement,
  insertRegisterPerson,
} from './outcome.fixtures.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
const clients: Record<'analyst' | 'lead' | 'staff', TestClient> = {} as never;
const QUERY = 'from=2019-03-01&to=2019-03-31';

async function signIn(username: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

interface RowJson {
  providerCode: string | null;
  providerName: string | null;
  completed: number;
  ratePercent: number | null;
}

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  const db = server.database.db;
  const keys = server.runtime.keys;
  world = await buildWorld(db, keys);
  await insertFixtureCodebook(db);
  const batchId = await insertImportBatch(db);
  const { jobCentre, providerA, providerB } = world.organisations;
  for (const [providerId, degree] of [
    [providerA.id, 0.5],
    [providerA.id, 0],
    [providerA.id, 0],
    [providerB.id, 0.4],
  ] as const) {
    const course = await insertCompletedCourse(db, keys, {
      jobCentreId: jobCentre.id,
      providerId,
      startsOn: '2019-01-07',
      endsOn: '2019-03-15',
    });
    await insertRegisterPerson(db, keys, course.cpr, { batchId, degrees: { '2019-05': degree } });
    await insertPlacement(db, { citizenId: course.citizenId, kind: 'internship', startsOn: '2019-04-01' });
  }
  clients.analyst = await signIn(world.users.analyst.username);
  clients.lead = await signIn(world.users.providerLead.username);
  clients.staff = await signIn(world.users.providerStaff.username);
});
afterAll(() => server?.close());

describe('GET /api/outcomes', () => {
  it('answers the three tables in the JSON shape of the issue', async () => {
    const response = await clients.analyst.get<{
      definitionVersion: string;
      exit: { from: string; to: string; rows: RowJson[]; total: RowJson & { ci95: number[] } };
      placement: { rows: RowJson[]; total: RowJson };
      plan: { rows: RowJson[]; total: RowJson };
      comparison: null;
    }>(`/api/outcomes?${QUERY}`);
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body.definitionVersion).toBe('seed-2020');
    expect([body.exit.from, body.exit.to]).toEqual(['2019-03-01', '2019-03-31']);
    expect(body.exit.rows).toHaveLength(2);
    // Part-time (benefit and wages) for providers A and B: 2 of 4.
    expect(body.exit.total).toMatchObject({ completed: 4, partTime: 2, rate: 0.5, ratePercent: 50 });
    expect(body.exit.total.ci95).toHaveLength(2);
    expect(body.placement.total).toMatchObject({ completed: 4, placed: 4, ratePercent: 100 });
    expect(body.comparison).toBeNull();
  });

  it('names the field of a bad date or a backwards period', async () => {
    const bad = await clients.analyst.get<{ error: { code: string; fields: Record<string, string> } }>(
      '/api/outcomes?from=2019-02-30&to=2019-01-01&planFrom=2019-05-01&planTo=2019-04-01',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(bad.body.error.fields)).toEqual(expect.arrayContaining(['from', 'planTo']));
    const kinds = await clients.analyst.get(`/api/outcomes?${QUERY}&placementKinds=internship,holiday`);
    expect(kinds.status).toBe(400);
  });

  it('shows a provider lead its own row and the total, and refuses provider staff', async () => {
    const response = await clients.lead.get<{ exit: { rows: RowJson[]; total: RowJson } }>(
      `/api/outcomes?${QUERY}`,
    );
    expect(response.body.exit.rows.map((r) => r.providerCode)).toEqual([world.organisations.providerA.code]);
    expect(response.body.exit.total.completed).toBe(4);
    expect((await clients.staff.get(`/api/outcomes?${QUERY}`)).status).toBe(403);
  });
});

describe('GET /api/outcomes/export', () => {
  it('gives an XLSX workbook with a sheet per table laid out like the appendix', async () => {
    const response = await fetch(`${server.url}/api/outcomes/export?${QUERY}&format=xlsx`, {
      headers: { cookie: [...clients.analyst.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('resultater-2019-03-01-2019-03-31.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tabel 1 Afgang',
      'Tabel 2 Placering',
      'Tabel 3 Plan',
    ]);
    const sheet = workbook.worksheets[0]!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(row.values.toString()));
    expect(texts.join('\n')).toContain(
      'Tabel 1: Afgang til beskæftigelse, uddannelse & deltidsbeskæftigelse, marts 2019 - marts 2019',
    );
    expect(texts.join('\n')).toContain('I alt');
    // The share and its interval in one unit: fractions shown in a percent format (issue 15, item 5).
    const header = sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(1).value === 'Leverandør')!;
    const columnOf = (prefix: string) =>
      (header.values as unknown[]).findIndex((v) => typeof v === 'string' && v.startsWith(prefix));
    const total = sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(1).value === 'I alt')!;
    for (const [prefix, format] of [
      ['Samlet afgangsrate', '0%'],
      ['95 %-interval, nedre', '0.0%'],
      ['95 %-interval, øvre', '0.0%'],
    ] as const) {
      const cell = total.getCell(columnOf(prefix));
      expect(cell.numFmt, prefix).toBe(format);
      expect(typeof cell.value === 'number' && cell.value >= 0 && cell.value <= 1, prefix).toBe(true);
    }
  });

  it('gives a Danish CSV and a plain one, one long table', async () => {
    const danish = await clients.analyst.get<string>(`/api/outcomes/export?${QUERY}&format=csv`);
    expect(danish.status).toBe(200);
    // (fetch's text() drops the byte-order mark the file starts with)
    expect(danish.body.replace(/^\uFEFF/, '').startsWith('Tabel;Fra;Til;Leverandørkode')).toBe(true);
    expect(danish.body).toContain('Afgang;01-03-2019;31-03-2019;;I alt;4;');
    const plain = await clients.analyst.get<string>(`/api/outcomes/export?${QUERY}&format=csv-en`);
    expect(plain.body.startsWith('Table,From,To,Provider code')).toBe(true);
    expect(plain.body).toContain('exit,2019-03-01,2019-03-31,,Total,4,');
  });

  it('gives a PDF', async () => {
    const response = await fetch(`${server.url}/api/outcomes/export?${QUERY}&format=pdf`, {
      headers: { cookie: [...clients.lead.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("keeps a provider lead's export to its own row and the total", async () => {
    const csv = await clients.lead.get<string>(`/api/outcomes/export?${QUERY}&format=csv-en`);
    expect(csv.body).toContain(world.organisations.providerA.code);
    expect(csv.body).not.toContain(world.organisations.providerB.code);
  });
});

describe('saved reports', () => {
  it('saves a report for outcome.manage, lists and reads it, and refuses a provider lead', async () => {
    const created = await clients.analyst.post<{ id: string; totals: { exit: number } }>(
      '/api/outcome-reports',
      {
        title: 'Marts 2019',
        parameters: { from: '2019-03-01', to: '2019-03-31' },
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.totals.exit).toBe(50);
    const list = await clients.lead.get<{ items: { id: string }[] }>('/api/outcome-reports');
    expect(list.body.items.map((i) => i.id)).toContain(created.body.id);
    const read = await clients.lead.get<{
      results: { exit: { rows: RowJson[] } };
      differences: { changed: boolean };
    }>(`/api/outcome-reports/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.results.exit.rows.map((r) => r.providerCode)).toEqual([
      world.organisations.providerA.code,
    ]);
    expect(read.body.differences.changed).toBe(false);
    const compared = await clients.analyst.get<{ comparison: { exit: { total: { points: number } } } }>(
      `/api/outcomes?${QUERY}&compareTo=${created.body.id}`,
    );
    expect(compared.body.comparison.exit.total.points).toBe(0);
    const refused = await clients.lead.post('/api/outcome-reports', {
      title: 'x',
      parameters: { from: '2019-03-01', to: '2019-03-31' },
    });
    expect(refused.status).toBe(403);
  });

  it('requires a title and a valid period', async () => {
    const response = await clients.analyst.post<{ error: { fields: Record<string, string> } }>(
      '/api/outcome-reports',
      {
        title: ' ',
        parameters: { from: '2019-03-31', to: '2019-03-01' },
      },
    );
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields)).toEqual(
      expect.arrayContaining(['title', 'parameters.to']),
    );
  });

  it('answers 404 for a report that does not exist', async () => {
    const response = await clients.analyst.get('/api/outcome-reports/00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
  });
});
