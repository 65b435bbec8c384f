import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { TestClient } from '../../../../test/support/http.ts';
import type { CommitteeItemDetail, CommitteeItemList } from '../../../shared/tenders/decision.schemas.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
});

afterAll(() => server?.close());

async function signedIn(username: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(username, 'demo')).status).toBe(200);
  return client;
}

async function demoItem(client: TestClient): Promise<CommitteeItemDetail> {
  const list = await client.get<CommitteeItemList>('/api/committee-items');
  const item = list.body.items.find((i) => i.caseNumber === '2020-0117251')!;
  return (await client.get<CommitteeItemDetail>(`/api/committee-items/${item.id}`)).body;
}

describe('the decision record over HTTP', () => {
  it('lets the analyst read the demo decision with computed outcomes but not record votes', async () => {
    const analyst = await signedIn('analytiker');
    const item = await demoItem(analyst);
    expect(item.proposals.map((p) => [p.kind, p.outcome])).toEqual([
      ['recommendation', 'adopted'],
      ['amendment', 'rejected'],
    ]);
    const votes = { count: 1, parties: [] };
    const response = await analyst.request('PUT', `/api/proposals/${item.proposals[0]!.id}/votes`, {
      for: votes,
      against: votes,
      abstaining: votes,
    });
    expect(response.status).toBe(403);
  });

  it('answers a refused weighting with a Danish message on the field', async () => {
    const procurement = await signedIn('indkoeb');
    const item = await demoItem(procurement);
    const response = await procurement.post<{ error: { code: string; fields: Record<string, string> } }>(
      `/api/committee-items/${item.id}/proposals`,
      {
        text: 'Vægtning 30/40/20',
        parties: ['Ø'],
        criteriaWeights: { progression: 30, local: 40, individual: 20 },
      },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.fields.criteriaWeights).toBe(
      'Vægtene skal give 100 % (eller 1) i alt; de giver 90.',
    );
  });

  it('documents its routes in OpenAPI', async () => {
    const response = await new TestClient(server.url).get<{ paths: Record<string, unknown> }>(
      '/api/docs/json',
    );
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/committee-items',
        '/api/committee-items/{id}',
        '/api/committee-items/{id}/proposals',
        '/api/proposals/{id}/votes',
      ]),
    );
  });
});
