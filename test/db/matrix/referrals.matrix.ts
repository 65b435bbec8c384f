// Authorisation-matrix cases of the courses module's referral routes. Own = a citizen of the job centre
// with a pending referral to provider A (so provider A's users see it); other = a citizen of the other
// job centre referred to provider B: 404 for the caseworker and provider A's users. Mutating cases take
// a fresh referral or citizen from a pool each call.
import type { Db } from '../../../src/server/platform/db/client.ts';
import type { Keys } from '../../../src/server/platform/crypto/keys.ts';
import { insertCourseAgreement } from '../../../src/server/modules/courses/course.fixtures.ts';
import { buildCpr, insertCitizen } from '../../support/factories.ts';
import type { Fixtures, MatrixModule, RouteCase, World } from './matrix-types.ts';

/** Records used up by mutating cases: one per call (anonymous and every role), and some to spare. */
const POOL = 10;
const ON = '2026-03-02';
/** The offer decision a referral records (migration 0020), accepted by the citizen. */
const OFFER = {
  offerType: 'guidance_and_upskilling',
  offerFrom: ON,
  offerTo: '2026-05-29',
  informedOn: ON,
  citizenResponse: 'accepted',
};

async function insertPendingReferral(
  db: Db,
  values: { citizenId: string; providerId: string; agreementId: string; referredBy: string },
) {
  const row = await db
    .insertInto('referral')
    .values({ ...values, referredOn: ON, consentGiven: true, informedOn: ON })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Hands out the next id of a comma-separated pool, so each call works on a record of its own. */
function takeFrom(fixtureKey: string) {
  let next = 0;
  return (fixtures: Fixtures) => fixtures[fixtureKey]!.split(',')[next++ % POOL]!;
}

const nextCitizenToRefer = takeFrom('referralsFreeCitizens');
const nextToAccept = takeFrom('referralsToAccept');
const nextToReject = takeFrom('referralsToReject');
const nextToWithdraw = takeFrom('referralsToWithdraw');

async function pool(
  db: Db,
  keys: Keys,
  world: World,
  agreementId: string,
  withReferral: boolean,
): Promise<string> {
  const ids: string[] = [];
  for (let i = 0; i < POOL; i++) {
    // Born by 1990: the area's rule asks for 30 or over on the referral date (2026).
    const citizen = await insertCitizen(db, keys, {
      jobCentreId: world.organisations.jobCentre.id,
      cpr: buildCpr({ bornTo: 1990 }),
    });
    ids.push(
      withReferral
        ? await insertPendingReferral(db, {
            citizenId: citizen.id,
            providerId: world.organisations.providerA.id,
            agreementId,
            referredBy: world.users.caseworker.userId,
          })
        : citizen.id,
    );
  }
  return ids.join(',');
}

const onCitizen = (suffix: string, body?: unknown): RouteCase => ({
  own: (_w, f) => ({ path: `/api/citizens/${f.referralsCitizenA}${suffix}`, body }),
  other: (_w, f) => ({ path: `/api/citizens/${f.referralsCitizenB}${suffix}`, body }),
});

const onReferral = (suffix: string, next?: (f: Fixtures) => string, body?: unknown): RouteCase => ({
  own: (_w, f) => ({ path: `/api/referrals/${next ? next(f) : f.referralA}${suffix}`, body }),
  other: (_w, f) => ({ path: `/api/referrals/${f.referralB}${suffix}`, body }),
});

export const referralsMatrix: MatrixModule = {
  async prepare(db, keys, world) {
    const { jobCentre, otherJobCentre, providerA, providerB } = world.organisations;
    const agreementA = await insertCourseAgreement(db, providerA.id);
    const agreementB = await insertCourseAgreement(db, providerB.id);
    const citizenA = await insertCitizen(db, keys, { jobCentreId: jobCentre.id });
    const citizenB = await insertCitizen(db, keys, { jobCentreId: otherJobCentre.id });
    const referralA = await insertPendingReferral(db, {
      citizenId: citizenA.id,
      providerId: providerA.id,
      agreementId: agreementA.agreementId,
      referredBy: world.users.caseworker.userId,
    });
    const referralB = await insertPendingReferral(db, {
      citizenId: citizenB.id,
      providerId: providerB.id,
      agreementId: agreementB.agreementId,
      referredBy: world.users.otherCaseworker.userId,
    });
    const rule = await db
      .insertInto('eligibilityRule')
      .values({
        tenderAreaId: agreementA.tenderAreaId,
        kind: 'min_age',
        params: JSON.stringify({ years: 30 }),
        validFrom: '2023-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      referralsAgreementA: agreementA.agreementId,
      referralsAreaA: agreementA.tenderAreaId,
      referralsCitizenA: citizenA.id,
      referralsCitizenB: citizenB.id,
      referralA,
      referralB,
      referralsRuleA: rule.id,
      referralsFreeCitizens: await pool(db, keys, world, agreementA.agreementId, false),
      referralsToAccept: await pool(db, keys, world, agreementA.agreementId, true),
      referralsToReject: await pool(db, keys, world, agreementA.agreementId, true),
      referralsToWithdraw: await pool(db, keys, world, agreementA.agreementId, true),
    };
  },
  cases: {
    'GET /api/citizens/:id/circumstances': onCitizen('/circumstances'),
    'PUT /api/citizens/:id/circumstances': onCitizen('/circumstances', {
      benefitType: 'cash_benefit',
      activityReady: true,
    }),
    'GET /api/citizens/:id/eligibility': {
      own: (_w, f) => ({
        path: `/api/citizens/${f.referralsCitizenA}/eligibility?agreementId=${f.referralsAgreementA}&date=${ON}`,
      }),
      other: (_w, f) => ({
        path: `/api/citizens/${f.referralsCitizenB}/eligibility?agreementId=${f.referralsAgreementA}&date=${ON}`,
      }),
    },
    'GET /api/citizens/:id/referrals': onCitizen('/referrals'),
    'POST /api/citizens/:id/referrals': {
      own: (_w, f) => ({
        path: `/api/citizens/${nextCitizenToRefer(f)}/referrals`,
        body: { agreementId: f.referralsAgreementA, referredOn: ON, ...OFFER },
      }),
      other: (_w, f) => ({
        path: `/api/citizens/${f.referralsCitizenB}/referrals`,
        body: { agreementId: f.referralsAgreementA, referredOn: ON, ...OFFER },
      }),
    },
    // Eligibility rules are public master data, like tender areas: no "other" record.
    'GET /api/tender-areas/:areaId/eligibility-rules': {
      own: (_w, f) => ({ path: `/api/tender-areas/${f.referralsAreaA}/eligibility-rules` }),
    },
    'POST /api/tender-areas/:areaId/eligibility-rules': {
      own: (_w, f) => ({
        path: `/api/tender-areas/${f.referralsAreaA}/eligibility-rules`,
        body: { kind: 'abuse_problem', validFrom: '2027-01-01' },
      }),
    },
    'PATCH /api/eligibility-rules/:id': {
      own: (_w, f) => ({
        path: `/api/eligibility-rules/${f.referralsRuleA}`,
        body: { validTo: '2030-12-31' },
      }),
    },
    'GET /api/referral-options': { own: () => ({ path: `/api/referral-options?date=${ON}` }) },
    'GET /api/citizens/:id/referral-suggestions': {
      own: (_w, f) => ({ path: `/api/citizens/${f.referralsCitizenA}/referral-suggestions?date=${ON}` }),
      other: (_w, f) => ({ path: `/api/citizens/${f.referralsCitizenB}/referral-suggestions?date=${ON}` }),
    },
    'GET /api/referrals': { own: () => ({ path: '/api/referrals?status=pending' }) },
    'GET /api/referrals/:id': onReferral(''),
    'GET /api/referrals/:id/mentor-options': onReferral('/mentor-options'),
    'POST /api/referrals/:id/accept': onReferral('/accept', nextToAccept, { startsOn: '2026-03-09' }),
    'POST /api/referrals/:id/reject': onReferral('/reject', nextToReject, { reason: 'Ingen ledig plads' }),
    'POST /api/referrals/:id/withdraw': onReferral('/withdraw', nextToWithdraw),
  },
};
