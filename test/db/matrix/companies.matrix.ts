// Authorisation-matrix cases of the companies module's routes. Provider users are scoped to their own
// provider's network (another provider's answers 404); everyone with network.read reads all companies.
import type { Db } from '../../../src/server/platform/db/client.ts';
import { syntheticCvr } from '../../../src/server/seed/synthetic.ts';
import type { Fixtures, MatrixModule, RouteCase } from './matrix-types.ts';
import { testRng } from '../../support/seed.ts';

const rng = testRng('companies.matrix');
const PROVIDER_ROLES = ['provider_staff', 'provider_lead'] as const;
/** Records used up by mutating cases: one per role that may call them, and some to spare. */
const POOL = 10;

async function insertCompany(db: Db, name: string) {
  return db
    .insertInto('company')
    .values({ cvr: syntheticCvr(rng), name, industry: 'café' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

async function insertPartnership(db: Db, providerId: string, companyId: string) {
  return db
    .insertInto('companyPartnership')
    .values({ providerId, companyId, isBinding: true, startsOn: '2021-01-01', offers: ['internship'] })
    .returning('id')
    .executeTakeFirstOrThrow();
}

async function insertLocalPartner(db: Db, providerId: string, name: string) {
  return db
    .insertInto('localPartner')
    .values({ providerId, kind: 'local_committee', name, cooperation: 'Praktikpladser' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Hands out the next id of a comma-separated pool, so each call works on a record of its own. */
function takeFrom(fixtureKey: string) {
  let next = 0;
  return (fixtures: Fixtures) => fixtures[fixtureKey]!.split(',')[next++ % POOL]!;
}

const nextFreeCompany = takeFrom('freeCompaniesA');
const nextDeletablePartnership = takeFrom('deletablePartnershipsA');
const nextDeletableLocalPartner = takeFrom('deletableLocalPartnersA');

const ownProvider = (suffix: string, body?: unknown): RouteCase => ({
  own: (w) => ({ path: `/api/providers/${w.organisations.providerA.id}${suffix}`, body }),
  other: (w) => ({ path: `/api/providers/${w.organisations.providerB.id}${suffix}`, body }),
  scopedRoles: PROVIDER_ROLES,
});

export const companiesMatrix: MatrixModule = {
  async prepare(db, _keys, world) {
    const { providerA, providerB } = world.organisations;
    const companyA = await insertCompany(db, 'Matrix Café A');
    const companyB = await insertCompany(db, 'Matrix Café B');
    const partnershipA = await insertPartnership(db, providerA.id, companyA.id);
    const partnershipB = await insertPartnership(db, providerB.id, companyB.id);
    const localPartnerA = await insertLocalPartner(db, providerA.id, 'Lokaludvalg A');
    const localPartnerB = await insertLocalPartner(db, providerB.id, 'Lokaludvalg B');
    const free: string[] = [];
    const partnerships: string[] = [];
    const localPartners: string[] = [];
    for (let i = 0; i < POOL; i++) {
      free.push((await insertCompany(db, `Matrix ledig ${i}`)).id);
      const spare = await insertCompany(db, `Matrix slettes ${i}`);
      partnerships.push((await insertPartnership(db, providerA.id, spare.id)).id);
      localPartners.push((await insertLocalPartner(db, providerA.id, `Matrix slettes ${i}`)).id);
    }
    return {
      companyA: companyA.id,
      companyB: companyB.id,
      partnershipA: partnershipA.id,
      partnershipB: partnershipB.id,
      localPartnerA: localPartnerA.id,
      localPartnerB: localPartnerB.id,
      freeCompaniesA: free.join(','),
      deletablePartnershipsA: partnerships.join(','),
      deletableLocalPartnersA: localPartners.join(','),
    };
  },
  cases: {
    'GET /api/companies': { own: () => ({ path: '/api/companies?q=Matrix' }) },
    'POST /api/companies': {
      own: () => ({ path: '/api/companies', body: { cvr: syntheticCvr(rng), name: 'Matrix Ny ApS' } }),
    },
    'GET /api/companies/:id': { own: (_w, f) => ({ path: `/api/companies/${f.companyA}` }) },
    // Companies are shared master data: no "other" record; a provider user editing a company of
    // another provider's network gets 403 (company.service.test.ts).
    'PATCH /api/companies/:id': {
      own: (_w, f) => ({ path: `/api/companies/${f.companyA}`, body: { industry: 'café og catering' } }),
    },
    'GET /api/network/overview': { own: () => ({ path: '/api/network/overview' }) },
    'GET /api/providers/:providerId/network': ownProvider('/network'),
    'GET /api/providers/:providerId/network/export': ownProvider('/network/export?format=csv'),
    'POST /api/providers/:providerId/partnerships': {
      own: (w, f) => ({
        path: `/api/providers/${w.organisations.providerA.id}/partnerships`,
        body: { companyId: nextFreeCompany(f), isBinding: true, startsOn: '2024-01-01', offers: ['job'] },
      }),
      other: (w, f) => ({
        path: `/api/providers/${w.organisations.providerB.id}/partnerships`,
        body: { companyId: f.companyB, isBinding: true, startsOn: '2030-01-01' },
      }),
      scopedRoles: PROVIDER_ROLES,
    },
    'PATCH /api/partnerships/:id': {
      own: (_w, f) => ({
        path: `/api/partnerships/${f.partnershipA}`,
        body: { offers: ['internship', 'job'] },
      }),
      other: (_w, f) => ({ path: `/api/partnerships/${f.partnershipB}`, body: { offers: ['job'] } }),
      scopedRoles: PROVIDER_ROLES,
    },
    'DELETE /api/partnerships/:id': {
      own: (_w, f) => ({ path: `/api/partnerships/${nextDeletablePartnership(f)}` }),
      other: (_w, f) => ({ path: `/api/partnerships/${f.partnershipB}` }),
      scopedRoles: PROVIDER_ROLES,
    },
    'POST /api/providers/:providerId/local-partners': ownProvider('/local-partners', {
      kind: 'volunteer_organisation',
      name: 'Matrix Frivillige',
      cooperation: 'Netværk',
    }),
    'PATCH /api/local-partners/:id': {
      own: (_w, f) => ({
        path: `/api/local-partners/${f.localPartnerA}`,
        body: { contactName: 'Sekretariatet' },
      }),
      other: (_w, f) => ({ path: `/api/local-partners/${f.localPartnerB}`, body: { contactName: 'x' } }),
      scopedRoles: PROVIDER_ROLES,
    },
    'DELETE /api/local-partners/:id': {
      own: (_w, f) => ({ path: `/api/local-partners/${nextDeletableLocalPartner(f)}` }),
      other: (_w, f) => ({ path: `/api/local-partners/${f.localPartnerB}` }),
      scopedRoles: PROVIDER_ROLES,
    },
  },
};
