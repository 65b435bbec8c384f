import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import { verifyAuditChain } from '../../platform/audit/audit.ts';
import { sealAuditTrail } from '../../platform/audit/audit-sealer.ts';

let server: TestServer;
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
});
afterAll(() => server?.close());

describe('citizen routes', () => {
  it('reads a citizen by its id in upper case and keeps the audit trail verifiable (issue 10)', async () => {
    const client = new TestClient(server.url);
    expect((await client.login(world.users.caseworker.username, TEST_PASSWORD)).status).toBe(200);
    const id = world.citizens.citizenAtA.id;
    const read = await client.get<{ id: string }>(`/api/citizens/${id.toUpperCase()}`);
    expect(read.status).toBe(200);
    expect(read.body.id).toBe(id);
    const log = await client.get<{ items: { entityType: string }[] }>(
      `/api/citizens/${id.toUpperCase()}/access-log`,
    );
    expect(log.status).toBe(200);
    expect(log.body.items.map((i) => i.entityType)).toEqual(['citizen_access_log', 'citizen']);

    const { db } = server.database;
    await sealAuditTrail(db);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, problemCount: 0 });
    const rows = await db
      .selectFrom('auditEvent')
      .select(['entityId', 'citizenId'])
      .where('citizenId', '=', id)
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.entityId === id)).toBe(true);
  });

  it('answers 404 to an id that is not a uuid', async () => {
    const client = new TestClient(server.url);
    await client.login(world.users.caseworker.username, TEST_PASSWORD);
    const response = await client.get<{ error: { code: string } }>('/api/citizens/not-a-uuid');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });
});
