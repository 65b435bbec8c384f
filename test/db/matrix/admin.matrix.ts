// Authorisation-matrix cases of the administration pages' routes: organisations, users, one's own
// password, the health page and the codebook. These records belong to the administration, not to an
// organisation's cases, so there is no "other organisation" case. The users changed here are fixtures of
// their own: the world's users stay signed in for the other cases.
import crypto from 'node:crypto';
import { createUser } from '../../../src/server/modules/organisations/user.service.ts';
import { RETENTION_CASE_YEARS_KEY } from '../../../src/shared/local-settings.ts';
import { TEST_PASSWORD } from '../../support/factories.ts';
import type { MatrixModule } from './matrix-types.ts';

const unique = () => crypto.randomBytes(4).toString('hex');

export const adminMatrix: MatrixModule = {
  async prepare(db, _keys, world) {
    const organisation = await db
      .insertInto('organisation')
      .values({ kind: 'provider', code: `matrix-org-${unique()}`, name: 'Matrix Leverandør' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await createUser(db, {
      username: `matrix-bruger-${unique()}`,
      displayName: 'Matrix Bruger',
      organisationCode: world.organisations.jobCentre.code,
      roles: ['caseworker'],
      password: TEST_PASSWORD,
    });
    return { adminOrganisation: organisation.id, adminUser: user.id };
  },
  cases: {
    'GET /api/organisations': { own: () => ({ path: '/api/organisations' }) },
    'POST /api/organisations': {
      own: () => ({
        path: '/api/organisations',
        body: { kind: 'provider', code: `matrix-${unique()}`, name: 'Matrix Ny Leverandør' },
      }),
    },
    'PUT /api/organisations/:id': {
      own: (_world, fixtures) => ({
        path: `/api/organisations/${fixtures.adminOrganisation}`,
        body: { code: `matrix-org-${unique()}`, name: 'Matrix Leverandør' },
      }),
    },
    'GET /api/users': { own: () => ({ path: '/api/users' }) },
    'POST /api/users': {
      own: (world) => ({
        path: '/api/users',
        body: {
          username: `matrix-ny-${unique()}`,
          displayName: 'Matrix Ny',
          organisationId: world.organisations.jobCentre.id,
          roles: ['caseworker'],
          withPassword: true,
        },
      }),
    },
    'GET /api/users/:id': { own: (_world, fixtures) => ({ path: `/api/users/${fixtures.adminUser}` }) },
    'PUT /api/users/:id': {
      own: (world, fixtures) => ({
        path: `/api/users/${fixtures.adminUser}`,
        body: {
          displayName: 'Matrix Bruger',
          organisationId: world.organisations.jobCentre.id,
          roles: ['caseworker'],
          oidcSubject: null,
        },
      }),
    },
    'POST /api/users/:id/deactivate': {
      own: (_world, fixtures) => ({ path: `/api/users/${fixtures.adminUser}/deactivate` }),
    },
    'POST /api/users/:id/reactivate': {
      own: (_world, fixtures) => ({ path: `/api/users/${fixtures.adminUser}/reactivate` }),
    },
    'POST /api/users/:id/reset-password': {
      own: (_world, fixtures) => ({ path: `/api/users/${fixtures.adminUser}/reset-password` }),
    },
    // Every role changes its own password, to the same one: the matrix signs in with it again later.
    'POST /api/me/password': {
      own: () => ({
        path: '/api/me/password',
        body: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD },
      }),
    },
    'GET /api/system/health': { own: () => ({ path: '/api/system/health' }) },
    'GET /api/register/codebook': { own: () => ({ path: '/api/register/codebook' }) },
    'GET /api/settings': { own: () => ({ path: '/api/settings' }) },
    // The default value, set explicitly: nothing the other cases read changes.
    'PUT /api/settings/:key': {
      own: () => ({
        path: `/api/settings/${RETENTION_CASE_YEARS_KEY}`,
        body: { value: '5', reason: 'Matrixtest' },
      }),
    },
  },
};
