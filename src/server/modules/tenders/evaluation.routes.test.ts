import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { TestClient } from '../../../../test/support/http.ts';
import type {
  BidList,
  BidView,
  DecisionResult,
  EvaluationOverview,
  EvaluationResult,
} from '../../../shared/tenders/evaluation.schemas.ts';
import { ATTACHMENT_BODY_LIMIT } from '../../../shared/tenders/attachment-limits.ts';
import { TENDER_2021, TENDER_2023 } from '../agreements/agreement.demo.ts';

let server: TestServer;
const tenderIds = new Map<string, string>();

async function signedIn(username: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(username, 'demo')).status).toBe(200);
  return client;
}

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  const client = await signedIn('indkoeb');
  const tenders = await client.get<{ items: { id: string; name: string }[] }>('/api/tenders');
  for (const tender of tenders.body.items) tenderIds.set(tender.name, tender.id);
});

afterAll(() => server?.close());

type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string> } };

describe('the tender evaluation over HTTP', () => {
  it('refuses the analyst bids, scores, results, reports and attachments before the decision (403)', async () => {
    const analyst = await signedIn('analytiker');
    const open = tenderIds.get(TENDER_2023)!;
    const overview = await analyst.get<EvaluationOverview>(`/api/tenders/${open}/evaluation/setup`);
    expect(overview.status).toBe(200);
    expect(overview.body.maySeeBids).toBe(false);
    expect(overview.body.setup?.weights).toEqual({ quality: 90, price: 10 });
    for (const path of ['/bids', '/scores', '/evaluation', '/evaluation/report?format=pdf']) {
      const response = await analyst.get<ErrorBody>(`/api/tenders/${open}${path}`);
      expect([path, response.status]).toEqual([path, 403]);
      expect(response.body.error.message).toBe(
        'Bud, point og rangering kan kun ses af indkøb og administration, indtil udbuddet er afgjort.',
      );
    }
    const procurement = await signedIn('indkoeb');
    const bids = await procurement.get<BidList>(`/api/tenders/${open}/bids`);
    const withFile = await procurement.post<BidView>(
      `/api/tender-bids/${bids.body.items[0]!.id}/attachments`,
      {
        fileName: 'løsning.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('Løsningsbeskrivelse').toString('base64'),
      },
    );
    expect(withFile.status).toBe(201);
    const attachment = withFile.body.attachments.at(-1)!;
    expect((await analyst.get(`/api/tender-attachments/${attachment.id}`)).status).toBe(403);
    const download = await procurement.get<string>(`/api/tender-attachments/${attachment.id}`);
    expect([download.status, download.body]).toEqual([200, 'Løsningsbeskrivelse']);
    expect(download.headers.get('content-disposition')).toContain("filename*=UTF-8''l%C3%B8sning.txt");

    // A solution description of several MB goes in (beyond the app's 1 MiB body limit); over 10 MB not.
    const file = (bytes: number) => ({
      fileName: 'løsning.pdf',
      contentType: 'application/pdf',
      contentBase64: Buffer.alloc(bytes, 7).toString('base64'),
    });
    const bidUrl = `/api/tender-bids/${bids.body.items[0]!.id}/attachments`;
    const large = await procurement.post<BidView>(bidUrl, file(4 * 1024 * 1024));
    expect(large.status).toBe(201);
    expect(large.body.attachments.at(-1)!.sizeBytes).toBe(4 * 1024 * 1024);
    const tooLarge = await procurement.post<ErrorBody>(bidUrl, file(10 * 1024 * 1024 + 1));
    expect(tooLarge.status).toBe(400);
    expect(JSON.stringify(tooLarge.body)).toContain('højst 10 MB');
    // A body over the route's own limit is refused before it is read: 413, in the user's language.
    const overLimit = await procurement.post<ErrorBody>(bidUrl, file(ATTACHMENT_BODY_LIMIT));
    expect(overLimit.status).toBe(413);
    expect(overLimit.body.error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('Forespørgslen er for stor'),
    });
  });

  it("shows the analyst the decided 2021 evaluation: the agreements' providers selected, and the committee's amendment", async () => {
    const analyst = await signedIn('analytiker');
    const result = await analyst.get<EvaluationResult>(
      `/api/tenders/${tenderIds.get(TENDER_2021)}/evaluation`,
    );
    expect(result.status).toBe(200);
    expect(result.body.complete).toBe(true);
    const selected = result.body.areas.map((a) =>
      a.bids
        .filter((b) => b.selected)
        .map((b) => b.bidder)
        .sort(),
    );
    expect(selected).toEqual([
      ['Send Flere Krydderier', 'Servisio'],
      ['Settlementet', 'SydhavnsCompagniet'],
    ]);
    // Issue 12: the seeds give no bids. Every losing bid is a synthetic bidder's, and the committee's
    // amendment (seed 003, rejected) changes no selection, so no seed provider is shown losing under it.
    const losers = result.body.areas.flatMap((a) => a.bids.filter((b) => !b.selected).map((b) => b.bidder));
    expect(losers.length).toBeGreaterThan(0);
    for (const bidder of losers) expect(bidder).toMatch(/\(syntetisk/);
    const amendment = result.body.areas.map((a) => a.alternatives.find((x) => x.source === 'committee')!);
    expect(amendment.map((a) => [a.name, a.outcome, a.selectionChanges])).toEqual([
      ['Ændringsforslag fra Ø', 'rejected', false],
      ['Ændringsforslag fra Ø', 'rejected', false],
    ]);
    expect(result.body.areas[0]!.stableQualityWeight!.from).toBeCloseTo(0.2273, 3);
    const pdf = await analyst.request(
      'GET',
      `/api/tenders/${tenderIds.get(TENDER_2021)}/evaluation/report?format=pdf`,
    );
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });

  it('answers refused weights with the messages on the fields', async () => {
    const procurement = await signedIn('indkoeb');
    const open = tenderIds.get(TENDER_2023)!;
    const overview = await procurement.get<EvaluationOverview>(`/api/tenders/${open}/evaluation/setup`);
    const setup = overview.body.setup!;
    const response = await procurement.request<ErrorBody>('PUT', `/api/tenders/${open}/evaluation/setup`, {
      weights: { quality: 90, price: 20 },
      priceModel: { type: 'interval', best: '2.425', worst: '2.850' },
      criteria: setup.criteria.map(({ code, name, emphasis }) => ({ code, name, emphasis, weight: 30 })),
      priceElements: setup.priceElements.map(({ code, name, volume, priceKind }) => ({
        code,
        name,
        volume,
        priceKind,
      })),
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toMatchObject({
      'weights.quality': 'Kvalitet og pris skal vægte 100 % i alt; de vægter 110 %.',
      criteria: expect.stringMatching(/giver 90 %\.$/),
    });
  });

  it('decides the Trædesten tender: the winner gets an agreement and the analyst may then see the bids', async () => {
    const procurement = await signedIn('indkoeb');
    const open = tenderIds.get(TENDER_2023)!;
    const decided = await procurement.post<DecisionResult>(`/api/tenders/${open}/decision`, {
      decidedOn: '2026-06-01',
      startsOn: '2027-01-01',
      originalEndsOn: '2028-12-31',
      extensionMonths: [12],
    });
    expect(decided.status).toBe(201);
    expect(decided.body.agreements.map((a) => [a.providerName, a.createdProvider])).toEqual([
      ['Jobhuset Bispebjerg (syntetisk tilbudsgiver)', true],
    ]);
    const agreements = await procurement.get<{ items: { provider: { name: string } }[] }>(
      `/api/agreements?tenderId=${open}`,
    );
    expect(agreements.body.items.map((a) => a.provider.name)).toEqual([
      'Jobhuset Bispebjerg (syntetisk tilbudsgiver)',
    ]);
    const analyst = await signedIn('analytiker');
    expect((await analyst.get(`/api/tenders/${open}/bids`)).status).toBe(200);
    const again = await procurement.post<ErrorBody>(`/api/tenders/${open}/decision`, {
      decidedOn: '2026-06-01',
      startsOn: '2027-01-01',
      originalEndsOn: '2028-12-31',
    });
    expect([again.status, again.body.error.code]).toEqual([422, 'INVALID_STATE']);
  });

  it('documents its routes in OpenAPI', async () => {
    const response = await new TestClient(server.url).get<{ paths: Record<string, unknown> }>(
      '/api/docs/json',
    );
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/tenders/{id}/evaluation/setup',
        '/api/tenders/{id}/bids',
        '/api/tender-bids/{id}/consensus-scores',
        '/api/tenders/{id}/evaluation',
        '/api/tenders/{id}/evaluation/report',
        '/api/tenders/{id}/decision',
      ]),
    );
  });
});
