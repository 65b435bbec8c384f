import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AcceptResult,
  CitizenReferrals,
  EligibilityCheck,
  Referral,
  ReferralList,
  ReferralOptions,
} from '../../../shared/courses/referral.schemas.ts';
import { buildWorld, insertCitizen, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { insertCourseAgreement } from '../courses/course.fixtures.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let agreement: { tenderAreaId: string; agreementId: string };
/** The offer decision a referral records (migration 0020). */
const OFFER = {
  offerType: 'guidance_and_upskilling',
  offerFrom: '2026-03-09',
  offerTo: '2026-06-05',
  informedOn: '2026-03-01',
  citizenResponse: 'accepted',
};

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
  agreement = await insertCourseAgreement(server.database.db, world.organisations.providerA.id);
});
afterAll(() => server?.close());

async function signedIn(user: keyof typeof world.users): Promise<TestClient> {
  const client = new TestClient(server.url);
  expect((await client.login(world.users[user].username, TEST_PASSWORD)).status).toBe(200);
  return client;
}

describe('referral over HTTP', () => {
  it('refers, the provider accepts, and the course shows on the citizen', async () => {
    const citizen = await insertCitizen(server.database.db, server.runtime.keys, {
      jobCentreId: world.organisations.jobCentre.id,
      cpr: '0101801234',
    });
    const caseworker = await signedIn('caseworker');

    const saved = await caseworker.request('PUT', `/api/citizens/${citizen.id}/circumstances`, {
      benefitType: 'cash_benefit',
      activityReady: true,
    });
    expect(saved.status).toBe(200);
    const rule = await (
      await signedIn('procurement')
    ).post(`/api/tender-areas/${agreement.tenderAreaId}/eligibility-rules`, {
      kind: 'min_age',
      params: { years: 30 },
      validFrom: '2023-01-01',
    });
    expect(rule.status).toBe(201);

    const options = await caseworker.get<ReferralOptions>('/api/referral-options?date=2026-03-02');
    expect(options.body.items.map((o) => o.agreementId)).toContain(agreement.agreementId);
    const check = await caseworker.get<EligibilityCheck>(
      `/api/citizens/${citizen.id}/eligibility?agreementId=${agreement.agreementId}&date=2026-03-02`,
    );
    expect(check.body).toMatchObject({ eligible: true, results: [{ kind: 'min_age', ok: true }] });

    // No consent any more: the offer decision, the day the citizen was informed and the response.
    const refused = await caseworker.post(`/api/citizens/${citizen.id}/referrals`, {
      agreementId: agreement.agreementId,
      referredOn: '2026-03-02',
      consentGiven: true,
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        fields: {
          offerType: 'Vælg tilbuddets type efter lov om en aktiv beskæftigelsesindsats.',
          offerFrom: 'Skriv tilbuddets startdato (dd-mm-åååå).',
          offerTo: 'Skriv tilbuddets slutdato (dd-mm-åååå).',
          informedOn: 'Skriv datoen, hvor borgeren blev orienteret om tilbuddet (dd-mm-åååå).',
          citizenResponse: 'Angiv borgerens svar på tilbuddet: tager imod eller siger nej.',
        },
      },
    });
    const noReason = await caseworker.post(`/api/citizens/${citizen.id}/referrals`, {
      agreementId: agreement.agreementId,
      referredOn: '2026-03-02',
      ...OFFER,
      citizenResponse: 'refused',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({
      error: {
        fields: { responseReason: 'Skriv borgerens begrundelse for at sige nej, som borgeren gav den.' },
      },
    });

    const created = await caseworker.post<Referral>(`/api/citizens/${citizen.id}/referrals`, {
      agreementId: agreement.agreementId,
      referredOn: '2026-03-02',
      ...OFFER,
      note: 'Har brug for en rolig start.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'pending',
      outsideDistrict: false,
      outsideTargetGroup: false,
      capacityWarning: false,
      offerType: 'guidance_and_upskilling',
      citizenResponse: 'accepted',
    });
    expect(created.body).not.toHaveProperty('consentGiven');

    const provider = await signedIn('providerStaff');
    const waiting = await provider.get<ReferralList>('/api/referrals?status=pending');
    expect(waiting.body.items.map((r) => r.id)).toContain(created.body.id);
    expect((await provider.get<Referral>(`/api/referrals/${created.body.id}`)).body.note).toBe(
      'Har brug for en rolig start.',
    );
    const accepted = await provider.post<AcceptResult>(`/api/referrals/${created.body.id}/accept`, {
      startsOn: '2026-03-09',
      mentorUserId: world.users.providerStaff.userId,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.referral.status).toBe('accepted');

    const ofCitizen = await caseworker.get<CitizenReferrals>(`/api/citizens/${citizen.id}/referrals`);
    expect(ofCitizen.body.items).toMatchObject([{ id: created.body.id, courseId: accepted.body.courseId }]);

    const again = await provider.post(`/api/referrals/${created.body.id}/reject`, { reason: 'x' });
    expect(again.status).toBe(422);
    const otherProvider = await signedIn('otherProviderStaff');
    expect((await otherProvider.get(`/api/referrals/${created.body.id}`)).status).toBe(404);
  });

  it('answers a missing rejection reason with a field error in English when asked', async () => {
    const citizen = await insertCitizen(server.database.db, server.runtime.keys, {
      jobCentreId: world.organisations.jobCentre.id,
      cpr: '0202801234',
    });
    const caseworker = await signedIn('caseworker');
    const created = await caseworker.post<Referral>(`/api/citizens/${citizen.id}/referrals`, {
      agreementId: agreement.agreementId,
      referredOn: '2026-03-02',
      ...OFFER,
    });
    expect(created.status).toBe(201);
    const provider = await signedIn('providerLead');
    const refused = await provider.request(
      'POST',
      `/api/referrals/${created.body.id}/reject`,
      { reason: '  ' },
      { 'accept-language': 'en' },
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { fields: { reason: 'Give a reason for the rejection.' } } });
  });

  it('answers the offer and target-group fields in English when asked', async () => {
    const citizen = await insertCitizen(server.database.db, server.runtime.keys, {
      jobCentreId: world.organisations.jobCentre.id,
      // Born 2010: under the area's minimum age of 30, so outside the target group.
      cpr: '0303104234',
    });
    const caseworker = await signedIn('caseworker');
    const english = { 'accept-language': 'en' };
    const url = `/api/citizens/${citizen.id}/referrals`;
    const base = { agreementId: agreement.agreementId, referredOn: '2026-03-02' };
    const missing = await caseworker.request(
      'POST',
      url,
      { ...base, ...OFFER, offerTo: '2026-03-01' },
      english,
    );
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      error: { fields: { offerTo: "The offer's end date cannot be before its start date." } },
    });
    const refusal = await caseworker.request(
      'POST',
      url,
      { ...base, ...OFFER, citizenResponse: 'refused' },
      english,
    );
    expect(refusal.body).toMatchObject({
      error: {
        fields: { responseReason: "Write the citizen's reason for refusing, as the citizen gave it." },
      },
    });
    const outside = await caseworker.request('POST', url, { ...base, ...OFFER }, english);
    expect(outside.status).toBe(400);
    expect(outside.body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        fields: {
          targetGroupReason:
            "The citizen does not meet the programme's target-group requirements. Give the good reason to refer anyway.",
        },
      },
    });
    const danish = await caseworker.post(url, { ...base, ...OFFER });
    expect(danish.body).toMatchObject({
      error: { fields: { targetGroupReason: expect.stringContaining('målgruppekrav') } },
    });
    const created = await caseworker.post<Referral>(url, {
      ...base,
      ...OFFER,
      targetGroupReason: 'Syntetisk: særligt behov, aftalt med leverandøren.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      outsideTargetGroup: true,
      targetGroupReason: 'Syntetisk: særligt behov, aftalt med leverandøren.',
    });
  });
});
