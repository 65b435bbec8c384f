import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { insertAgreementWithPrices, insertTenderWithArea } from './budget.fixtures.ts';
import { SEED_004_CASE_NUMBER, seedBudgetsDemo } from './budget.demo.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let client: TestClient;
let budgetId: string;
let frameId: string;

const kr = (kroner: number) => kroner * 100;

/** A download through the signed-in client's cookies, as bytes. */
async function download(path: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await fetch(server.url + path, { headers: { cookie } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** The row of a sheet whose first cell is the given text. */
function rowStartingWith(sheet: ExcelJS.Worksheet, text: string): ExcelJS.CellValue[] {
  let found: ExcelJS.CellValue[] | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).value === text) found = (row.values as ExcelJS.CellValue[]).slice(1);
  });
  if (!found) throw new Error(`no row "${text}" on ${sheet.name}`);
  return found;
}

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
  const tender = await insertTenderWithArea(server.database.db, { decidedOn: '2020-11-01' });
  await insertAgreementWithPrices(server.database.db, {
    tenderAreaId: tender.tenderAreaId,
    providerId: world.organisations.providerA.id,
    startsOn: '2021-01-01',
    endsOn: '2023-12-31',
    programme: [{ validFrom: '2021-01-01', weeklyOre: kr(2_000) }],
  });
  await seedBudgetsDemo(server.database.db);
  client = new TestClient(server.url);
  expect((await client.login(world.users.procurement.username, TEST_PASSWORD)).status).toBe(200);
  const budgets = await client.get<{ items: { id: string; caseNumber: string | null }[] }>('/api/budgets');
  budgetId = budgets.body.items.find((b) => b.caseNumber === SEED_004_CASE_NUMBER)!.id;
  const frames = await client.get<{ items: { id: string; year: number }[] }>('/api/budget-frames?year=2022');
  frameId = frames.body.items[0]!.id;
});
afterAll(() => server?.close());

describe('budget exports', () => {
  it("exports seed 004's note as a workbook with Tabel 1, Tabel 2 and Afstemning in number cells of 1.000 kr.", async () => {
    const file = await download(`/api/budgets/${budgetId}/export?format=xlsx`);
    expect(file.status).toBe(200);
    expect(file.type).toContain('spreadsheetml');
    const workbook = await readWorkbook(file.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tabel 1', 'Tabel 2', 'Afstemning']);
    const table1 = workbook.getWorksheet('Tabel 1')!;
    expect(rowStartingWith(table1, 'Fremskudt beskæftigelsesindsats/3 virksomhedskonsulenter')).toEqual([
      'Fremskudt beskæftigelsesindsats/3 virksomhedskonsulenter',
      'Service',
      1_200,
      1_700,
      1_700,
      4_600,
    ]);
    const total = rowStartingWith(table1, 'Udgifter i alt');
    expect(total.slice(2)).toEqual([1_900, 2_400, 2_400, 6_700]);
    expect(table1.getColumn(3).numFmt).toBe('#,##0');
    const table2 = workbook.getWorksheet('Tabel 2')!;
    expect(rowStartingWith(table2, 'Udgifter i alt').slice(4)).toEqual([1_900, 2_400, 2_400, 6_700]);
    expect(rowStartingWith(workbook.getWorksheet('Afstemning')!, 'Stemmer – ingen forskelle')).toHaveLength(
      1,
    );
  });

  it('exports one table as Danish CSV, or plain CSV', async () => {
    const danish = await download(`/api/budgets/${budgetId}/export?format=csv&table=appropriations`);
    const text = danish.body.toString('utf8');
    expect(text).toContain('Service;BIU;35.10;U;1.300;1.800;1.800;4.900');
    expect(text).toContain('Udgifter i alt;;;;1.900;2.400;2.400;6.700');
    const plain = await download(`/api/budgets/${budgetId}/export?format=csv-en`);
    expect(plain.body.toString('utf8')).toContain('Misbrugsbehandling,Service,600,600,600,1800');
  });

  it('exports the frames and the capacity with a what-if as number cells', async () => {
    const frames = await readWorkbook((await download('/api/budget-frames/export?format=xlsx')).body);
    const sheet = frames.worksheets[0]!;
    const row = rowStartingWith(sheet, 'Lokalt forankret beskæftigelsesindsats');
    expect(row).toContain(5_000_000);
    const capacity = await download(
      `/api/capacity/export?format=xlsx&frameId=${frameId}&programmePriceOre=${kr(2_500)}`,
    );
    const capacitySheet = (await readWorkbook(capacity.body)).worksheets[0]!;
    expect(capacitySheet.name).toBe('Kapacitet 2022');
    const total = rowStartingWith(capacitySheet, 'I alt');
    // 5 mio. kr. at 2.000 kr. × 26 weeks = 96 citizens; at 2.500 kr., 76: 20 fewer.
    expect(total).toContain(96);
    expect(total).toContain(76);
    expect(total).toContain(-20);
  });
});

describe('budget routes', () => {
  it('refuses a what-if with both a price and a percentage, naming the field', async () => {
    const response = await client.get<{ error: { fields: Record<string, string> } }>(
      `/api/capacity?programmePriceOre=1000&programmePricePercent=5`,
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields.programmePricePercent).toContain('ikke begge');
  });

  it('answers a bad amount on a frame with a Danish field error', async () => {
    const response = await client.post<{ error: { fields: Record<string, string> } }>('/api/budget-frames', {
      programme: 'Negativ',
      year: 2030,
      amountOre: -5,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields.amountOre).toBe('Beløbet må ikke være negativt.');
  });

  it('saves changed tables and answers with the differences', async () => {
    const note = await client.get<{
      activities: { activity: string; steeringArea: string; amounts: { year: number; grossOre: number }[] }[];
    }>(`/api/budgets/${budgetId}`);
    expect(note.status).toBe(200);
    const created = await client.post<{ id: string }>('/api/budgets', {
      title: 'Kopi',
      priceLevelYear: 2019,
      firstYear: 2019,
      lastYear: 2021,
    });
    expect(created.status).toBe(201);
    const saved = await client.request<{ reconciliation: { isReconciled: boolean; differences: unknown[] } }>(
      'PUT',
      `/api/budgets/${created.body.id}/tables`,
      {
        activities: note.body.activities.map((a) => ({
          activity: a.activity,
          steeringArea: a.steeringArea,
          amounts: a.amounts.map((m) => ({ year: m.year, grossOre: m.grossOre })),
          statedTotalOre: null,
        })),
        appropriations: [],
        activityTotals: { byYear: [], totalOre: 670_000_000 },
      },
    );
    expect(saved.status).toBe(200);
    // Without the co-financing the computed total is 7.200, not the stated 6.700.
    expect(saved.body.reconciliation.differences).toEqual([
      expect.objectContaining({ kind: 'grand_total', computedOre: 720_000_000, statedOre: 670_000_000 }),
    ]);
  });
});
