// Committee routes (issue 14): field messages in Danish and English, a pack made and downloaded as Word
// and PDF with an ASCII file name, and a second, different decision refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { resolveParameters, saveOutcomeReport } from '../outcomes/outcome.service.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let reportId: string;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
  reportId = (
    await saveOutcomeReport(server.database.db, {
      title: 'Resultater til udvalget',
      parameters: resolveParameters({ from: '2026-01-01', to: '2026-03-31' }),
      createdBy: world.users.analyst.username,
    })
  ).id;
});
afterAll(() => server?.close());

async function signedIn(who: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[who].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

type Refusal = { error: { code: string; message: string; fields: Record<string, string> } };

describe('committee routes', () => {
  it('answers an invalid schedule line with field messages in Danish and English', async () => {
    const client = await signedIn('analyst');
    const body = { title: ' ', kind: 'results', cadence: 'dates', firstDueOn: '2026-02-30', contents: 'x' };
    const da = await client.request<Refusal>('POST', '/api/committee/schedule', body);
    expect(da.status).toBe(400);
    expect(da.body.error.fields).toMatchObject({
      title: 'Skriv en titel (højst 300 tegn).',
      firstDueOn: 'Skriv en gyldig dato.',
      ownerId: 'Vælg en ansvarlig analytiker eller administrator.',
    });
    // Listed dates without a date, once the fields themselves are valid.
    const valid = {
      ...body,
      title: 'Resultater',
      firstDueOn: '2026-03-31',
      ownerId: world.users.analyst.userId,
    };
    const noDates = await client.request<Refusal>('POST', '/api/committee/schedule', valid);
    expect(noDates.body.error.fields).toEqual({
      dueDates: 'Skriv mindst én dato, når rapporten har faste datoer.',
    });
    const en = await client.request<Refusal>('POST', '/api/committee/schedule', body, {
      'accept-language': 'en',
    });
    expect(en.body.error.fields).toMatchObject({ title: 'Enter a title (at most 300 characters).' });
  });

  it('makes a pack, serves it as Word and PDF, and refuses a second, different decision', async () => {
    const client = await signedIn('analyst');
    const created = await client.request<{ id: string }>('POST', '/api/committee/packs', {
      title: 'Udvalgets resultater – forår',
      meetingOn: '2026-05-18',
      reportId,
      budgetYear: 2026,
      summary: 'Resumé',
      recommendation: 'Indstilling',
      presentation: 'Sagsfremstilling',
    });
    expect(created.status).toBe(201);
    const path = `/api/committee/packs/${created.body.id}`;

    const word = await client.get(`${path}/file?format=docx`);
    expect(word.status).toBe(200);
    expect(word.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(word.headers.get('content-disposition')).toContain(
      'filename="udvalgspakke-2026-05-18-Udvalgets-resultater-foraar.docx"',
    );
    const pdf = await client.get(`${path}/file?format=pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const badFormat = await client.request<Refusal>('GET', `${path}/file?format=odt`);
    expect(badFormat.status).toBe(400);

    const decision = { decidedOn: '2026-05-18', decision: 'Syntetisk beslutning.' };
    expect((await client.post(`${path}/decision`, decision)).status).toBe(201);
    const other = await client.request<Refusal>('POST', `${path}/decision`, { ...decision, decision: 'Ny' });
    expect(other.status).toBe(422);
    expect(other.body.error.message).toBe('Udvalgets beslutning er allerede registreret og kan ikke ændres.');

    const line = await client.request('POST', '/api/committee/schedule', {
      title: 'Budgetstatus',
      kind: 'budget_status',
      cadence: 'dates',
      firstDueOn: '2026-06-30',
      dueDates: ['2026-12-31', '2026-06-30'],
      contents: 'Ramme og prognose.',
      ownerId: world.users.analyst.userId,
    });
    expect(line.status).toBe(201);
    const overview = await client.get<{
      schedule: { dueDates: string[] }[];
      packs: { id: string }[];
      reports: { id: string }[];
    }>('/api/committee');
    expect(overview.status, JSON.stringify(overview.body)).toBe(200);
    expect(overview.body.schedule.map((l) => l.dueDates)).toEqual([['2026-06-30', '2026-12-31']]);
    expect(overview.body.packs.map((p) => p.id)).toEqual([created.body.id]);
    expect(overview.body.reports.map((r) => r.id)).toEqual([reportId]);

    const procurement = await signedIn('procurement');
    expect((await procurement.get(path)).status).toBe(200);
    expect((await procurement.post('/api/committee/packs', {})).status).toBe(403);
  });
});
