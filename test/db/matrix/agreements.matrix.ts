// Authorisation-matrix cases of the agreements module's routes. Providers A ("own") and B ("other") each
// get an agreement; provider users must get 404 on B's. Changes succeed on every call: fresh names,
// numbers, CVR numbers and dates, and a pool of agreements for the one-time changes (terminate, exercise).
import { addDays, addMonthsKeepingMonthEnd, copenhagenDate } from '../../../src/shared/dates.ts';
import crypto from 'node:crypto';
import { createAgreement, updateProvider } from '../../../src/server/modules/agreements/agreement.service.ts';
import { addTenderArea, createTender } from '../../../src/server/modules/tenders/tender.service.ts';
import { syntheticCvr } from '../../../src/server/seed/synthetic.ts';
import { ctxFor } from '../../support/factories.ts';
import type { Fixtures, MatrixModule, RouteCase } from './matrix-types.ts';
import { testRng } from '../../support/seed.ts';

const POOL = 10;
const PROVIDER_ROLES = ['provider_staff', 'provider_lead'] as const;
const rng = testRng('agreements.matrix');
const today = copenhagenDate(new Date());
// Running agreements: a year ago to 18 months ahead, one optional year (4 years in all, not "long").
const startsOn = addMonthsKeepingMonthEnd(today, -12);
const endsOn = addMonthsKeepingMonthEnd(today, 18);

/** A counter per case, so repeated calls use fresh values. */
function counter(): () => number {
  let n = 0;
  return () => n++;
}

const nextTender = counter();
const nextArea = counter();
const nextAgreement = counter();
const nextPrice = counter();
const nextTermination = counter();
const nextExtension = counter();

async function prepare(
  ...[db, keys, world]: Parameters<NonNullable<MatrixModule['prepare']>>
): Promise<Fixtures> {
  const ctx = ctxFor(db, keys, world.users.procurement);
  const tender = await createTender(ctx, {
    name: 'Matrix-udbud',
    minBindingPartnerships: 10,
    maxBindingPartnerships: 15,
    priceBands: { programme: { min: '1.850', max: '2.150' }, aftercare: { min: '575', max: '700' } },
  });
  const { areas } = await addTenderArea(ctx, tender.id, {
    number: 1,
    name: 'Matrix-område',
    providersToSelect: 2,
  });
  const areaId = areas[0]!.id;
  const { providerA, providerB } = world.organisations;
  for (const provider of [providerA, providerB]) {
    await updateProvider(ctx, provider.id, { cvr: syntheticCvr(rng), district: 'Valby' });
  }
  const agreement = async (providerId: string, offset: number) =>
    (
      await createAgreement(ctx, {
        tenderAreaId: areaId,
        providerId,
        startsOn: addDays(startsOn, offset),
        originalEndsOn: endsOn,
        extensions: [{ months: 12 }],
      })
    ).id;
  const fixtures: Fixtures = {
    tenderId: tender.id,
    areaId,
    agreementA: await agreement(providerA.id, 0),
    agreementB: await agreement(providerB.id, 0),
  };
  for (let i = 0; i < POOL; i++) {
    fixtures[`terminate${i}`] = await agreement(providerA.id, 1 + i);
    fixtures[`exercise${i}`] = await agreement(providerA.id, 1 + POOL + i);
  }
  return fixtures;
}

const agreementRead: RouteCase = {
  own: (_w, f) => ({ path: `/api/agreements/${f.agreementA}` }),
  other: (_w, f) => ({ path: `/api/agreements/${f.agreementB}` }),
  scopedRoles: PROVIDER_ROLES,
};

export const agreementsMatrix: MatrixModule = {
  prepare,
  cases: {
    'GET /api/tenders': { own: () => ({ path: '/api/tenders' }) },
    'POST /api/tenders': {
      own: () => ({
        path: '/api/tenders',
        body: {
          name: `Matrix-udbud ${nextTender()}`,
          priceBands: { programme: { min: '1.850', max: '2.150' } },
        },
      }),
    },
    'GET /api/tenders/:id': { own: (_w, f) => ({ path: `/api/tenders/${f.tenderId}` }) },
    'PATCH /api/tenders/:id': {
      own: (_w, f) => ({ path: `/api/tenders/${f.tenderId}`, body: { caseNumber: `2020-${nextTender()}` } }),
    },
    'POST /api/tenders/:id/areas': {
      own: (_w, f) => ({
        path: `/api/tenders/${f.tenderId}/areas`,
        body: { number: 10 + nextArea(), name: 'Nyt område', providersToSelect: 1 },
      }),
    },
    'PATCH /api/tender-areas/:id': {
      own: (_w, f) => ({
        path: `/api/tender-areas/${f.areaId}`,
        body: { targetGroup: `Målgruppe ${nextArea()}` },
      }),
    },
    'GET /api/providers': { own: () => ({ path: '/api/providers' }) },
    'GET /api/providers/export': { own: () => ({ path: '/api/providers/export?format=csv' }) },
    'POST /api/providers': {
      own: () => ({
        path: '/api/providers',
        body: {
          name: `Matrix ${crypto.randomBytes(4).toString('hex')}`,
          cvr: syntheticCvr(rng),
          district: 'Valby',
        },
      }),
    },
    // Providers are public master data: every reader sees every provider (their agreements are scoped).
    'GET /api/providers/:id': { own: (w) => ({ path: `/api/providers/${w.organisations.providerA.id}` }) },
    'PATCH /api/providers/:id': {
      own: (w) => ({
        path: `/api/providers/${w.organisations.providerA.id}`,
        body: { description: `Beskrivelse ${nextTender()}` },
      }),
    },
    'GET /api/agreements': { own: () => ({ path: '/api/agreements' }) },
    'GET /api/agreements/export': { own: () => ({ path: '/api/agreements/export?format=xlsx' }) },
    'POST /api/agreements': {
      own: (w, f) => {
        const start = addDays('2040-01-01', nextAgreement());
        return {
          path: '/api/agreements',
          body: {
            tenderAreaId: f.areaId,
            providerId: w.organisations.providerA.id,
            startsOn: start,
            originalEndsOn: addMonthsKeepingMonthEnd(start, 12),
          },
        };
      },
    },
    'GET /api/agreements/:id': agreementRead,
    'PATCH /api/agreements/:id': {
      own: (_w, f) => ({
        path: `/api/agreements/${f.agreementA}`,
        body: { caseNumber: `2021-${nextAgreement()}` },
      }),
    },
    'GET /api/agreements/:id/termination-preview': {
      own: (_w, f) => ({
        path: `/api/agreements/${f.agreementA}/termination-preview?noticeGivenOn=${today}`,
      }),
    },
    'POST /api/agreements/:id/terminate': {
      own: (_w, f) => ({
        path: `/api/agreements/${f[`terminate${Math.min(nextTermination(), POOL - 1)}`]}/terminate`,
        body: { noticeGivenOn: today },
      }),
    },
    'POST /api/agreements/:id/extensions/exercise': {
      own: (_w, f) => ({
        path: `/api/agreements/${f[`exercise${Math.min(nextExtension(), POOL - 1)}`]}/extensions/exercise`,
        body: {},
      }),
    },
    'POST /api/agreements/:id/prices': {
      // Each call a later start: the new price ends the previous open one.
      own: (_w, f) => ({
        path: `/api/agreements/${f.agreementA}/prices`,
        body: { priceKind: 'programme', validFrom: addDays(startsOn, nextPrice()), weekly: '1.900' },
      }),
    },
  },
};
