// GET /api/outcomes/fairness over HTTP: the JSON shape of issue 13, a provider lead's scope, provider
// staff refused, and the period checked as GET /api/outcomes checks it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import type { FairnessReport } from '../../../shared/outcomes/fairness.schemas.ts';
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

describe('GET /api/outcomes/fairness', () => {
  it('answers the definition, the three tables and the cells in the JSON shape of the issue', async () => {
    const response = await clients.analyst.get<FairnessReport>(`/api/outcomes/fairness?${QUERY}`);
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body.definitionVersion).toBe('case-mix-2026');
    expect(body.exit.rows).toHaveLength(2);
    expect(Object.keys(body.exit.rows[0]!).sort()).toEqual(
      [
        'providerCode',
        'providerName',
        'courses',
        'observed',
        'expected',
        'variance',
        'oe',
        'z',
        'adjustedRate',
        'limits95',
        'limits998',
        'label',
      ].sort(),
    );
    // Two part-time exits (benefit every week and wages) of three; every course placed.
    expect(body.exit.total).toMatchObject({ courses: 3, observed: 2, label: 'too_few' });
    expect(body.placement.total).toMatchObject({ courses: 3, observed: 3 });
    expect(body.placement.kinds).toEqual(['internship', 'wage_subsidy']);
    expect(body.exit.unknownHistory).toBe(3);
    expect(body.cells.filter((c) => c.table === 'exit')).toHaveLength(20);
    expect(Object.keys(body.cells[0]!).sort()).toEqual(
      ['table', 'ageBand', 'historyBand', 'courses', 'successes', 'rate'].sort(),
    );
  });

  it('shows a provider lead its own row and the total, and refuses provider staff', async () => {
    const response = await clients.lead.get<FairnessReport>(`/api/outcomes/fairness?${QUERY}`);
    expect(response.status).toBe(200);
    for (const table of [response.body.exit, response.body.placement, response.body.plan]) {
      expect(table.rows.map((r) => r.providerCode)).toEqual([world.organisations.providerA.code]);
      expect(table.total.courses).toBe(3);
    }
    expect((await clients.staff.get(`/api/outcomes/fairness?${QUERY}`)).status).toBe(403);
  });

  it('gives cost and selection in the JSON, and the report as XLSX, PDF and CSV files', async () => {
    const response = await clients.analyst.get<FairnessReport>(`/api/outcomes/fairness?${QUERY}`);
    expect(Object.keys(response.body.cost.total).sort()).toEqual(
      [
        'providerCode',
        'providerName',
        'billedKroner',
        'successes',
        'kronerPerSuccess',
        'completed',
        'kronerPerCompleted',
      ].sort(),
    );
    expect(response.body.cost.total).toMatchObject({ successes: 2, completed: 3 });
    expect(response.body.selection).toMatchObject({ rows: [], unbanded: 0 });
    for (const [format, type] of [
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['pdf', 'application/pdf'],
      ['csv', 'text/csv'],
    ] as const) {
      const file = await clients.analyst.get(`/api/outcomes/fairness/export?${QUERY}&format=${format}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toContain(type);
      expect(file.headers.get('content-disposition')).toContain(
        `fair-sammenligning-2019-03-01-2019-03-31.${format}`,
      );
    }
    const cost = await clients.analyst.get(`/api/outcomes/fairness/export?${QUERY}&format=csv&part=cost`);
    expect(cost.status).toBe(200);
    expect(cost.headers.get('content-disposition')).toContain(
      'fair-sammenligning-2019-03-01-2019-03-31-pris.csv',
    );
    // Nothing billed without an agreement: 0,00 kr. in Danish.
    expect(cost.body as string).toContain(';I alt;0,00;2;0,00;3;0,00\r\n');
    const selection = await clients.analyst.get(
      `/api/outcomes/fairness/export?${QUERY}&format=csv&part=selection`,
    );
    expect((selection.body as string).replace(/^\uFEFF/, '')).toMatch(
      /^Fra;Til;Leverandørkode;Leverandør;Forventet chance;/,
    );
    expect(
      (await clients.analyst.get(`/api/outcomes/fairness/export?${QUERY}&format=csv&part=cells`)).status,
    ).toBe(400);
    const event = await server.database.db
      .selectFrom('auditEvent')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'export', entityType: 'outcome_fairness' });
    expect(event.criteria).toMatchObject({ format: 'csv' });
  });

  it('names the field of a bad date or a backwards period', async () => {
    const bad = await clients.analyst.get<{ error: { code: string; fields: Record<string, string> } }>(
      '/api/outcomes/fairness?from=2019-02-30&to=2019-03-31&planFrom=2019-06-01&planTo=2019-05-01',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['from', 'planTo']);
  });
});
