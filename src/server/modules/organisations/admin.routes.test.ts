// The administration API over HTTP: status codes, validation messages in the request's language, a
// generated password answered once, sessions that end, the health report and the codebook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AdminUser,
  AdminUserList,
  Codebook,
  HealthReport,
  OrganisationList,
  OrganisationView,
  UserWithPassword,
} from '../../../shared/admin/admin.schemas.ts';
import type { LocalSettingList, LocalSettingView } from '../../../shared/admin/local-setting.schemas.ts';
import type { ErrorBody } from '../../../shared/errors.ts';
import { RETENTION_AUDIT_MONTHS_KEY } from '../../../shared/local-settings.ts';
import { listMigrations } from '../../platform/db/migrate.ts';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;
let admin: TestClient;
let caseworker: TestClient;

async function signIn(username: string, password = TEST_PASSWORD): Promise<TestClient> {
  const client = new TestClient(server.url);
  const response = await client.login(username, password);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return client;
}

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
  admin = await signIn(world.users.admin.username);
  caseworker = await signIn(world.users.caseworker.username);
});
afterAll(() => server?.close());

function newUserBody(username: string) {
  return {
    username,
    displayName: 'Syntetisk Bruger',
    organisationId: world.organisations.jobCentre.id,
    roles: ['caseworker'],
    withPassword: true,
  };
}

describe('users API', () => {
  it('creates a user whose generated password signs in, then resets it and deactivates the user', async () => {
    const created = await admin.post<UserWithPassword>('/api/users', newUserBody('syntetisk.rute'));
    expect(created.status).toBe(201);
    const { user, password } = created.body;
    expect(password).toHaveLength(20);

    const signedIn = await signIn(user.username, password!);
    expect((await signedIn.get('/api/me')).status).toBe(200);
    const users = await admin.get<AdminUserList>('/api/users');
    expect(users.body.items.find((u) => u.id === user.id)?.lastSignInAt).not.toBeNull();

    const reset = await admin.post<UserWithPassword>(`/api/users/${user.id}/reset-password`);
    expect(reset.status).toBe(200);
    expect(reset.body.password).not.toBe(password);
    // The reset ended the session; the old password no longer works, the new one does.
    expect((await signedIn.get('/api/me')).status).toBe(401);
    expect((await new TestClient(server.url).login(user.username, password!)).status).toBe(401);
    const again = await signIn(user.username, reset.body.password!);

    const deactivated = await admin.post<AdminUser>(`/api/users/${user.id}/deactivate`);
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.isActive).toBe(false);
    expect((await again.get('/api/me')).status).toBe(401);
    expect((await new TestClient(server.url).login(user.username, reset.body.password!)).status).toBe(401);
  });

  it('answers 400 with field messages in the request’s language', async () => {
    const response = await admin.request<ErrorBody>(
      'POST',
      '/api/users',
      { ...newUserBody('x'), roles: [], withPassword: false },
      { 'accept-language': 'en' },
    );
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({
      username: 'Invalid value.',
      roles: 'Choose at least one role.',
      oidcSubject: 'Give the user a password or an OpenID Connect subject, so they can sign in.',
    });
    const missing = await admin.post<ErrorBody>('/api/users', { username: 'mangler' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields?.displayName).toBe('Feltet skal udfyldes.');
  });

  it('answers 409 for a username in use, 404 for an unknown user, 422 for deactivating oneself', async () => {
    const taken = await admin.post<ErrorBody>('/api/users', newUserBody(world.users.analyst.username));
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual({ username: 'Brugernavnet er allerede i brug.' });
    expect((await admin.get(`/api/users/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await admin.get('/api/users/ikke-et-id')).status).toBe(404);
    const self = await admin.post<ErrorBody>(`/api/users/${world.users.admin.userId}/deactivate`);
    expect(self.status).toBe(422);
    expect(self.body.error.message).toBe(
      'Du kan ikke deaktivere dig selv. Bed en anden administrator om det.',
    );
  });

  it('refuses the user pages to a caseworker', async () => {
    expect((await caseworker.get('/api/users')).status).toBe(403);
    expect((await caseworker.post('/api/users', newUserBody('ulovlig'))).status).toBe(403);
  });

  it('edits a user and reactivates one', async () => {
    const { body } = await admin.post<UserWithPassword>('/api/users', newUserBody('syntetisk.rediger'));
    const edited = await admin.request<AdminUser>('PUT', `/api/users/${body.user.id}`, {
      displayName: 'Syntetisk Redigeret',
      organisationId: world.organisations.providerA.id,
      roles: ['provider_staff', 'provider_lead'],
      oidcSubject: 'oidc-syntetisk-rute',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      displayName: 'Syntetisk Redigeret',
      organisation: { id: world.organisations.providerA.id },
      roles: ['provider_staff', 'provider_lead'],
      oidcSubject: 'oidc-syntetisk-rute',
    });
    await admin.post(`/api/users/${body.user.id}/deactivate`);
    const reactivated = await admin.post<AdminUser>(`/api/users/${body.user.id}/reactivate`);
    expect(reactivated.body.isActive).toBe(true);
  });
});

describe('own password', () => {
  it('changes one’s own password with the current one, and refuses a wrong current one', async () => {
    const { body } = await admin.post<UserWithPassword>('/api/users', newUserBody('syntetisk.egen'));
    const own = await signIn(body.user.username, body.password!);
    const wrong = await own.post<ErrorBody>('/api/me/password', {
      currentPassword: 'forkert',
      newPassword: 'et helt nyt kodeord',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({ currentPassword: 'Den nuværende adgangskode er forkert.' });
    const changed = await own.post('/api/me/password', {
      currentPassword: body.password,
      newPassword: 'et helt nyt kodeord',
    });
    expect(changed.status).toBe(200);
    // The session it was changed in goes on; the new password signs in.
    expect((await own.get('/api/me')).status).toBe(200);
    await signIn(body.user.username, 'et helt nyt kodeord');
    const anonymous = new TestClient(server.url);
    await anonymous.get('/api/auth/csrf');
    expect((await anonymous.post('/api/me/password', {})).status).toBe(401);
  });
});

describe('organisations API', () => {
  it('lists organisations to everyone signed in and lets only the administration create them', async () => {
    const list = await caseworker.get<OrganisationList>('/api/organisations');
    expect(list.status).toBe(200);
    expect(list.body.items.map((o) => o.id)).toContain(world.organisations.jobCentre.id);
    const body = { kind: 'job_centre', code: 'jc-rute', name: 'Jobcenter Rute' };
    expect((await caseworker.post('/api/organisations', body)).status).toBe(403);
    const created = await admin.post<OrganisationView>('/api/organisations', body);
    expect(created.status).toBe(201);
    const duplicate = await admin.post<ErrorBody>('/api/organisations', body);
    expect(duplicate.status).toBe(409);
    const edited = await admin.request<OrganisationView>('PUT', `/api/organisations/${created.body.id}`, {
      code: 'jc-rute-2',
      name: 'Jobcenter Rute 2',
    });
    expect(edited.body).toMatchObject({ kind: 'job_centre', code: 'jc-rute-2' });
    const bad = await admin.request<ErrorBody>('PUT', `/api/organisations/${created.body.id}`, {
      code: 'Store Bogstaver',
      name: '',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(['code', 'name']);
  });
});

describe('health and codebook', () => {
  it('reports what indsats doctor reports, to the administration only', async () => {
    const response = await admin.get<HealthReport>('/api/system/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      database: { kind: server.runtime.database.kind, location: server.runtime.database.location },
      migrations: { pending: [], unknown: [] },
      key: { fingerprint: server.runtime.keys.fingerprint },
      audit: { rows: expect.any(Number), headPosition: expect.any(Number) },
      imports: { running: 0 },
    });
    expect(response.body.migrations.applied).toBe(listMigrations().length);
    expect((await caseworker.get('/api/system/health')).status).toBe(403);
  });

  it('lists the codebook read-only', async () => {
    await server.database.db
      .insertInto('registerCode')
      .values({ code: '130', meaning: 'Kontanthjælp', category: 'benefit', verified: true })
      .execute();
    const response = await admin.get<Codebook>('/api/register/codebook');
    expect(response.status).toBe(200);
    expect(response.body.items).toContainEqual(
      expect.objectContaining({ code: '130', meaning: 'Kontanthjælp', category: 'benefit', verified: true }),
    );
    expect((await caseworker.get('/api/register/codebook')).status).toBe(403);
  });
});

describe('local rule settings', () => {
  it('lists each setting with its source and sets a value with a reason, refusing a wrong one on its field', async () => {
    const list = await admin.get<LocalSettingList>('/api/settings');
    expect(list.status).toBe(200);
    const auditMonths = list.body.items.find((s) => s.key === RETENTION_AUDIT_MONTHS_KEY);
    expect(auditMonths).toMatchObject({ defaultValue: '60', value: null, inForce: '60', history: [] });
    expect(auditMonths?.source).toBeTruthy();

    const wrong = await admin.request<ErrorBody>('PUT', `/api/settings/${RETENTION_AUDIT_MONTHS_KEY}`, {
      value: '3',
      reason: '',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({
      value: 'Skriv et helt tal fra 6 til 120.',
      reason: 'Feltet skal udfyldes.',
    });

    const set = await admin.request<LocalSettingView>('PUT', `/api/settings/${RETENTION_AUDIT_MONTHS_KEY}`, {
      value: '24',
      reason: 'Udvalgets beslutning (syntetisk)',
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ value: '24', inForce: '24' });
    expect(set.body.history[0]).toMatchObject({
      value: '24',
      reason: 'Udvalgets beslutning (syntetisk)',
      // The person and their organisation, not the user name.
      changedBy: `${world.users.admin.displayName}, ${world.users.admin.organisationName}`,
    });
    expect(
      (await admin.request('PUT', '/api/settings/findes.ikke', { value: '1', reason: 'x' })).status,
    ).toBe(404);
    expect((await caseworker.get('/api/settings')).status).toBe(403);
  });
});
