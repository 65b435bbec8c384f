// Walks every registered API route × every role × own/other organisation:
//   anonymous → 401; a role without the route's permission → 403; another organisation's record → 404;
//   a role with the permission on its own record → success.
// A new route must be added to CASES below, or this test fails.
// The requests go through the app's `inject` (test/support/http.ts): about 1 500 of them, and what is
// tested is the routes' guards, not the socket (the route tests use one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPermission, ROLES, type Role } from '../../src/shared/permissions.ts';
import { agreementsMatrix } from './matrix/agreements.matrix.ts';
import { budgetsMatrix } from './matrix/budgets.matrix.ts';
import { companiesMatrix } from './matrix/companies.matrix.ts';
import { tendersMatrix } from './matrix/tenders.matrix.ts';
import { referralsMatrix } from './matrix/referrals.matrix.ts';
import { coursesMatrix } from './matrix/courses.matrix.ts';
import { documentationMatrix } from './matrix/documentation.matrix.ts';
import { talksMatrix } from './matrix/talks.matrix.ts';
import { billingMatrix } from './matrix/billing.matrix.ts';
import { paymentsMatrix } from './matrix/payments.matrix.ts';
import { absencesMatrix } from './matrix/absences.matrix.ts';
import { pausesMatrix } from './matrix/pauses.matrix.ts';
import { partyHearingsMatrix } from './matrix/party-hearings.matrix.ts';
import { importsMatrix } from './matrix/imports.matrix.ts';
import { outcomesMatrix } from './matrix/outcomes.matrix.ts';
import { adminMatrix } from './matrix/admin.matrix.ts';
import { meetingsMatrix } from './matrix/meetings.matrix.ts';
import { promisesMatrix } from './matrix/promises.matrix.ts';
import { committeeMatrix } from './matrix/committee.matrix.ts';
import type { Fixtures, MatrixModule, RequestCase, RouteCase, World } from './matrix/matrix-types.ts';
import { ROUTES } from '../../src/server/routes.ts';
import { buildCpr, buildWorld, TEST_PASSWORD } from '../support/factories.ts';
import { TestClient } from '../support/http.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const citizenPath = (suffix = '') => ({
  own: (w: World) => ({ path: `/api/citizens/${w.citizens.citizenAtA.id}${suffix}` }),
  other: (w: World) => ({ path: `/api/citizens/${w.citizens.citizenOtherJobCentre.id}${suffix}` }),
});

const CORE_CASES: Record<string, RouteCase> = {
  'GET /api/health': { own: () => ({ path: '/api/health' }) },
  'GET /api/auth/config': { own: () => ({ path: '/api/auth/config' }) },
  'GET /api/auth/csrf': { own: () => ({ path: '/api/auth/csrf' }) },
  'POST /api/auth/login': {
    own: () => ({ path: '/api/auth/login', body: { username: 'nobody', password: 'x' } }),
    publicStatuses: [401],
  },
  'POST /api/auth/logout': { own: () => ({ path: '/api/auth/logout' }), endsSession: true },
  'GET /api/me': { own: () => ({ path: '/api/me' }) },
  'GET /api/citizens': { own: () => ({ path: '/api/citizens?q=a' }) },
  'POST /api/citizens': {
    own: () => ({
      path: '/api/citizens',
      body: { cpr: buildCpr(), name: 'Matrix Testesen', district: 'Valby' },
    }),
  },
  'GET /api/citizens/:id': citizenPath(),
  'GET /api/citizens/:id/access-log': citizenPath('/access-log'),
  'GET /api/citizens/:id/export': citizenPath('/export?format=json'),
  'GET /api/auth/oidc/start': { own: () => ({ path: '/api/auth/oidc/start' }), publicStatuses: [302, 404] },
  'GET /api/auth/oidc/callback': {
    own: () => ({ path: '/api/auth/oidc/callback?state=x&code=y' }),
    publicStatuses: [302, 400, 401, 404],
  },
};

const MODULES: MatrixModule[] = [
  { cases: CORE_CASES },
  agreementsMatrix,
  budgetsMatrix,
  companiesMatrix,
  tendersMatrix,
  referralsMatrix,
  coursesMatrix,
  documentationMatrix,
  talksMatrix,
  billingMatrix,
  paymentsMatrix,
  absencesMatrix,
  pausesMatrix,
  partyHearingsMatrix,
  importsMatrix,
  outcomesMatrix,
  meetingsMatrix,
  promisesMatrix,
  committeeMatrix,
  adminMatrix,
];
const CASES: Record<string, RouteCase> = Object.assign({}, ...MODULES.map((m) => m.cases));

const USER_FOR_ROLE: Record<Role, keyof World['users']> = {
  admin: 'admin',
  analyst: 'analyst',
  procurement: 'procurement',
  caseworker: 'caseworker',
  provider_staff: 'providerStaff',
  provider_lead: 'providerLead',
};

let server: TestServer;
let world: World;
let fixtures: Fixtures = {};
const clients = new Map<Role, TestClient>();

async function signIn(role: Role): Promise<TestClient> {
  const client = new TestClient(server.url, server.app);
  const response = await client.login(world.users[USER_FOR_ROLE[role]].username, TEST_PASSWORD);
  expect(response.status).toBe(200);
  return client;
}

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
  for (const module of MODULES) {
    if (module.prepare)
      fixtures = { ...fixtures, ...(await module.prepare(server.database.db, server.runtime.keys, world)) };
  }
  for (const role of ROLES) clients.set(role, await signIn(role));
});
afterAll(() => server?.close());

const key = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

describe('authorisation matrix', () => {
  it('has a case for every registered route', () => {
    const missing = ROUTES.map(key).filter((k) => !CASES[k]);
    expect(missing).toEqual([]);
  });

  for (const route of ROUTES) {
    const name = key(route);
    const routeCase = CASES[name];
    if (!routeCase) continue;
    const send = (client: TestClient, request: RequestCase) =>
      client.request(route.method, request.path, route.method === 'GET' ? undefined : (request.body ?? {}));

    if (route.permission === 'public') {
      it(`${name} is public`, async () => {
        const client = new TestClient(server.url, server.app);
        await client.get('/api/auth/csrf');
        const response = await send(client, routeCase.own(world, fixtures));
        expect([200, ...(routeCase.publicStatuses ?? [])]).toContain(response.status);
      });
      continue;
    }

    it(`${name} answers 401 to an anonymous caller`, async () => {
      const client = new TestClient(server.url, server.app);
      await client.get('/api/auth/csrf');
      expect((await send(client, routeCase.own(world, fixtures))).status).toBe(401);
    });

    for (const role of ROLES) {
      const allowed = route.permission === 'authenticated' || hasPermission([role], route.permission);
      it(`${name} as ${role}: ${allowed ? 'allowed on own records' : '403'}`, async () => {
        const client = routeCase.endsSession ? await signIn(role) : clients.get(role)!;
        const response = await send(client, routeCase.own(world, fixtures));
        if (allowed) expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
        else expect(response.status).toBe(403);
      });
      const scoped = routeCase.scopedRoles ? routeCase.scopedRoles.includes(role) : true;
      if (allowed && scoped && routeCase.other) {
        it(`${name} as ${role}: 404 on another organisation's record`, async () => {
          const response = await send(clients.get(role)!, routeCase.other!(world, fixtures));
          expect(response.status).toBe(404);
        });
      }
    }
  }
});
