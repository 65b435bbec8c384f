// Authorisation-matrix cases of the agreement's promises and EAN number (issue 14). Providers A ("own")
// and B ("other") each get an agreement; a provider's lead gets 404 on B's promises. Removals take a
// fresh promise from a pool on every call.
import { insertCourseAgreement } from '../../../src/server/modules/courses/course.fixtures.ts';
import type { Fixtures, MatrixModule } from './matrix-types.ts';

const POOL = 6;
let nextRemoval = 0;
let nextEan = 0;
// Valid GLNs (GS1 check digit), alternated so every call changes the number.
const EANS = ['5798009710178', '5790000000005'];

async function prepare(
  ...[db, , world]: Parameters<NonNullable<MatrixModule['prepare']>>
): Promise<Fixtures> {
  const promiseAgreementA = (await insertCourseAgreement(db, world.organisations.providerA.id)).agreementId;
  const promiseAgreementB = (await insertCourseAgreement(db, world.organisations.providerB.id)).agreementId;
  const fixtures: Fixtures = { promiseAgreementA, promiseAgreementB };
  for (let i = 0; i < POOL; i++) {
    const row = await db
      .insertInto('agreementPromise')
      .values({
        agreementId: promiseAgreementA,
        kind: 'local_partners',
        promisedTenths: 10 * i,
        source: 'bid',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    fixtures[`promise${i}`] = row.id;
  }
  return fixtures;
}

export const promisesMatrix: MatrixModule = {
  prepare,
  cases: {
    'GET /api/agreements/:id/promises': {
      own: (_w, f) => ({ path: `/api/agreements/${f.promiseAgreementA}/promises` }),
      other: (_w, f) => ({ path: `/api/agreements/${f.promiseAgreementB}/promises` }),
      scopedRoles: ['provider_lead'],
    },
    'POST /api/agreements/:id/promises': {
      own: (_w, f) => ({
        path: `/api/agreements/${f.promiseAgreementA}/promises`,
        body: { kind: 'binding_partnerships', promised: '10', source: 'bid' },
      }),
    },
    'DELETE /api/agreements/:id/promises/:promiseId': {
      own: (_w, f) => ({
        path: `/api/agreements/${f.promiseAgreementA}/promises/${f[`promise${Math.min(nextRemoval++, POOL - 1)}`]}`,
      }),
    },
    'PUT /api/agreements/:id/ean': {
      own: (_w, f) => ({
        path: `/api/agreements/${f.promiseAgreementA}/ean`,
        body: { ean: EANS[nextEan++ % EANS.length] },
      }),
    },
  },
};
