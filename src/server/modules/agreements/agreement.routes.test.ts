import { addDays, addMonthsKeepingMonthEnd, copenhagenDate } from '../../../shared/dates.ts';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../../shared/errors.ts';
import type { AgreementDetail, TenderDetail } from '../../../shared/agreements/agreement.schemas.ts';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { createRng, syntheticCvr } from '../../seed/synthetic.ts';

let server: TestServer;
let client: TestClient;
let world: Awaited<ReturnType<typeof buildWorld>>;
let tender: TenderDetail;
let agreement: AgreementDetail;
const rng = createRng(20_230_314);
const today = copenhagenDate(new Date());

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
  client = new TestClient(server.url);
  expect((await client.login(world.users.procurement.username, TEST_PASSWORD)).status).toBe(200);
  tender = (
    await client.post<TenderDetail>('/api/tenders', {
      name: 'Trædesten',
      priceBands: { programme: { min: '1.850', max: '2.150' }, aftercare: { min: '575', max: '700' } },
    })
  ).body;
  tender = (
    await client.post<TenderDetail>(`/api/tenders/${tender.id}/areas`, {
      number: 1,
      name: 'Aktivitetsparate over 30 år',
      providersToSelect: 1,
    })
  ).body;
  const created = await client.post<AgreementDetail>('/api/agreements', {
    tenderAreaId: tender.areas[0]!.id,
    providerId: world.organisations.providerA.id,
    startsOn: addMonthsKeepingMonthEnd(today, -6),
    originalEndsOn: addMonthsKeepingMonthEnd(today, 6),
    extensions: [{ months: 12 }],
  });
  expect(created.status).toBe(201);
  agreement = created.body;
});
afterAll(() => server?.close());

const fields = (body: unknown) => (body as ErrorBody).error.fields ?? {};

describe('providers over HTTP', () => {
  it('puts a bad CVR number, district and email on their fields, in Danish', async () => {
    const response = await client.post('/api/providers', {
      name: 'Ny leverandør',
      cvr: '12345678',
      district: 'Frederiksberg',
      contactEmail: 'ikke en adresse',
    });
    expect(response.status).toBe(400);
    expect(fields(response.body)).toEqual({
      cvr: 'CVR-nummeret findes ikke: kontrolcifferet passer ikke (modulus 11).',
      district: 'Vælg den bydel i København, leverandøren er lokalt forankret i.',
      contactEmail: 'Skriv en gyldig e-mailadresse, fx kontakt@example.org.',
    });
  });

  it('creates a provider from a name, a valid CVR number and a known neighbourhood', async () => {
    const name = `Nordvest Værksted ${crypto.randomBytes(3).toString('hex')}`;
    const response = await client.post<{ district: string; code: string }>('/api/providers', {
      name,
      cvr: syntheticCvr(rng),
      neighbourhood: 'Nordvest',
    });
    expect(response.status).toBe(201);
    expect(response.body.district).toBe('Bispebjerg');
    expect(response.body.code).toMatch(/^nordvest-vaerksted-[0-9a-f]{6}$/);
  });

  it('answers 404 for an unknown or malformed provider id', async () => {
    expect((await client.get(`/api/providers/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await client.get('/api/providers/ikke-et-id')).status).toBe(404);
  });
});

describe('tenders over HTTP', () => {
  it('refuses a band that is not an amount or is upside down, on the band field', async () => {
    const badFormat = await client.post('/api/tenders', {
      name: 'X',
      priceBands: { programme: { min: 'mange', max: '2.150' } },
    });
    expect(badFormat.status).toBe(400);
    expect(Object.keys(fields(badFormat.body))).toEqual(['priceBands.programme.min']);
    const upsideDown = await client.post('/api/tenders', {
      name: 'X',
      priceBands: { aftercare: { min: '700', max: '575' } },
    });
    expect(fields(upsideDown.body)).toEqual({
      'priceBands.aftercare.max': 'Prisbåndets øvre grænse skal være mindst den nedre.',
    });
  });

  it('refuses a second area with the same number in a tender', async () => {
    const response = await client.post(`/api/tenders/${tender.id}/areas`, {
      number: 1,
      name: 'Dublet',
      providersToSelect: 1,
    });
    expect(response.status).toBe(400);
    expect(fields(response.body).number).toBe('Udbuddet har allerede et delområde med nummer 1.');
  });
});

describe('agreements over HTTP', () => {
  it('asks for a reason for a price outside the estimated band, in Danish and in English', async () => {
    const body = { priceKind: 'programme', validFrom: agreement.startsOn, weekly: '2.200' };
    const danish = await client.post<ErrorBody>(`/api/agreements/${agreement.id}/prices`, body);
    expect(danish.status).toBe(400);
    const message =
      'Prisen ligger uden for udbuddets prisniveau for indsats (1.850–2.150 kr. pr. uge). Det er tilladt, fx ved årlig indeksering: skriv begrundelsen.';
    expect(danish.body.error.message).toBe(message);
    expect(fields(danish.body)).toEqual({ outsideBandReason: message });
    const english = await client.request<ErrorBody>('POST', `/api/agreements/${agreement.id}/prices`, body, {
      'accept-language': 'en',
    });
    expect(english.body.error.message).toBe(
      "The price lies outside the tender's estimated programme price level (1.850–2.150 kr. per week). That is allowed, e.g. for yearly indexation: write the reason.",
    );
  });

  it("stores a price outside the band with its reason, and refuses one above the tender's cap", async () => {
    const capped = await client.request<TenderDetail>('PATCH', `/api/tenders/${tender.id}`, {
      priceCaps: { aftercare: '750' },
    });
    expect(capped.status).toBe(200);
    expect(capped.body.priceCaps).toEqual({ programme: null, aftercare: 75_000 });
    const above = await client.post<ErrorBody>(`/api/agreements/${agreement.id}/prices`, {
      priceKind: 'aftercare',
      validFrom: agreement.startsOn,
      weekly: '760',
      outsideBandReason: 'Indeksering',
    });
    expect(above.status).toBe(400);
    expect(fields(above.body)).toEqual({
      weekly: 'Prisen for efterværn må højst være 750,00 kr. pr. uge (udbuddets prisloft).',
    });
    const stored = await client.post<AgreementDetail>(`/api/agreements/${agreement.id}/prices`, {
      priceKind: 'aftercare',
      validFrom: agreement.startsOn,
      weekly: '720',
      outsideBandReason: 'Årlig indeksering',
    });
    expect(stored.status).toBe(201);
    expect(stored.body.prices).toMatchObject([
      {
        priceKind: 'aftercare',
        weeklyOre: 72_000,
        outsideBand: { minWeeklyOre: 57_500, maxWeeklyOre: 70_000 },
        outsideBandReason: 'Årlig indeksering',
      },
    ]);
  });

  it('refuses a price that is not an amount, on the field', async () => {
    const response = await client.post(`/api/agreements/${agreement.id}/prices`, {
      priceKind: 'aftercare',
      validFrom: agreement.startsOn,
      weekly: '600,555',
    });
    expect(fields(response.body)).toEqual({ weekly: 'Skriv beløbet i kroner, fx 1.850 eller 1.850,50.' });
  });

  it('asks for a justification of an agreement over 4 years with extensions', async () => {
    const response = await client.post('/api/agreements', {
      tenderAreaId: tender.areas[0]!.id,
      providerId: world.organisations.providerB.id,
      startsOn: '2030-01-01',
      originalEndsOn: '2033-12-31',
      extensions: [{ months: 12 }],
    });
    expect(response.status).toBe(400);
    expect(fields(response.body).longDurationJustification).toContain('Skriv en begrundelse');
  });

  it('previews the end date of termination with notice, and refuses a notice date in the future', async () => {
    const preview = await client.get(
      `/api/agreements/${agreement.id}/termination-preview?noticeGivenOn=${today}`,
    );
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ endsOn: addDays(today, 56), noticeWeeks: 8 });
    const future = await client.post(`/api/agreements/${agreement.id}/terminate`, {
      noticeGivenOn: addDays(today, 1),
    });
    expect(future.status).toBe(400);
    expect(fields(future.body)).toEqual({ noticeGivenOn: 'Varslingsdatoen kan ikke ligge efter i dag.' });
    const badDate = await client.post(`/api/agreements/${agreement.id}/terminate`, {
      noticeGivenOn: '31-02-2024',
    });
    expect(fields(badDate.body)).toEqual({ noticeGivenOn: 'Skriv en gyldig dato.' });
  });

  it('answers 422 with the reason when an extension is out of order', async () => {
    const response = await client.post<ErrorBody>(`/api/agreements/${agreement.id}/extensions/exercise`, {
      position: 2,
    });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toBe('Optionerne udnyttes i rækkefølge: den næste er nr. 1.');
  });

  it('exports the agreements as Danish CSV, plain CSV and XLSX', async () => {
    await client.post(`/api/agreements/${agreement.id}/prices`, {
      priceKind: 'programme',
      validFrom: agreement.startsOn,
      weekly: '1.900,50',
    });
    const danish = await client.get<string>('/api/agreements/export?format=csv');
    expect(danish.headers.get('content-type')).toContain('text/csv');
    expect(danish.body).toContain('Udbud;Delområde nr.;Delområde;Leverandør');
    expect(danish.body).toContain(';1.900,50;');
    const plain = await client.get<string>('/api/agreements/export?format=csv-en');
    expect(plain.body).toContain(',1900.50,');
    const xlsx = await client.get('/api/agreements/export?format=xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.headers.get('content-disposition')).toContain('rammeaftaler.xlsx');
  });
});
