// Imports that create citizens or link them to providers (courses, placements, plans) write personal
// data: only a holder of import.personal_data may run them, every citizen they touch has its own audit
// row, and the answer does not tell which CPR numbers were known before (issue 10, defect 3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCpr, buildWorld } from '../../../../test/support/factories.ts';
import { TestClient } from '../../../../test/support/http.ts';
import { startTestServer, type TestServer } from '../../../../test/support/server.ts';
import type { ImportBatch, ImportList } from '../../../shared/imports/import.schemas.ts';
import { finished, postRaw, signInAt } from './import.test-setup.ts';

let server: TestServer;
let admin: TestClient;
let analyst: TestClient;
let world: Awaited<ReturnType<typeof buildWorld>>;

const COURSE_HEADER = 'course_ref,cpr,provider_code,start_date,end_date,end_reason';

function signIn(username: string): Promise<TestClient> {
  return signInAt(server.url, username);
}

/** Imports one course as the admin at the world's job centre; returns the finished batch. */
async function importCourse(ref: string, cpr: string, providerCode: string): Promise<ImportBatch> {
  const jobCentre = world.organisations.jobCentre.code;
  const started = await postRaw(
    admin,
    `/api/imports/courses?jobCentre=${jobCentre}`,
    `${COURSE_HEADER}\n${ref},${cpr},${providerCode},2024-03-04,,\n`,
  );
  expect(started.status).toBe(202);
  return finished(admin, started.body.id);
}

beforeAll(async () => {
  server = await startTestServer({ demo: false });
  world = await buildWorld(server.database.db, server.runtime.keys);
  admin = await signIn(world.users.admin.username);
  analyst = await signIn(world.users.analyst.username);
});
afterAll(() => server?.close());

describe('imports of personal data', () => {
  it('refuses courses, placements and plans to an analyst, so no provider is given a citizen', async () => {
    const { citizenAtA } = world.citizens;
    const providerB = world.organisations.providerB.code;
    const jobCentre = world.organisations.jobCentre.code;
    const files = {
      courses: `${COURSE_HEADER}\nanalyst-k1,${citizenAtA.cpr},${providerB},2024-03-04,,\n`,
      placements: `placement_ref,cpr,type,start_date,end_date,company_cvr\nanalyst-p1,${citizenAtA.cpr},smaajob,2024-03-04,,\n`,
      plans: `plan_ref,cpr,start_date,type\nanalyst-f1,${citizenAtA.cpr},2024-03-04,forberedende_plan\n`,
    };
    for (const [kind, file] of Object.entries(files)) {
      const refused = await postRaw(analyst, `/api/imports/${kind}?jobCentre=${jobCentre}`, file);
      expect(refused.status, kind).toBe(403);
    }
    // Provider B still does not see the citizen of provider A.
    const otherProvider = await signIn(world.users.otherProviderStaff.username);
    expect((await otherProvider.get(`/api/citizens/${citizenAtA.id}`)).status).toBe(404);
    // The analyst still imports the codebook.
    const codebook = await postRaw(
      analyst,
      '/api/imports/codebook',
      'code,meaning,category\n130,K,benefit\n',
    );
    expect(codebook.status).toBe(202);
    expect(await finished(analyst, codebook.body.id)).toMatchObject({ status: 'succeeded' });
  });

  it('answers the same whether a CPR number was known or not', async () => {
    const provider = world.organisations.providerA.code;
    const known = await importCourse('known-1', world.citizens.citizenUnlinked.cpr, provider);
    const unknown = await importCourse('unknown-1', buildCpr(), provider);
    const answer = (batch: ImportBatch) => ({
      status: batch.status,
      rowsTotal: batch.rowsTotal,
      created: batch.created,
      updated: batch.updated,
      unchanged: batch.unchanged,
      errorCount: batch.errorCount,
      details: batch.details,
    });
    expect(answer(known)).toEqual(answer(unknown));
    expect(known).toMatchObject({ status: 'succeeded', created: 1 });
    expect(JSON.stringify(known.details)).not.toContain('citizen');
  });

  it('writes one audit row per citizen touched, naming the citizen', async () => {
    const provider = world.organisations.providerA.code;
    const cpr = buildCpr();
    const batch = await importCourse('audit-1', cpr, provider);
    const twice = await importCourse('audit-2', world.citizens.citizenAtA.cpr, provider);
    const rows = (batchId: string) =>
      server.database.db
        .selectFrom('auditEvent')
        .select(['action', 'citizenId', 'actorUsername'])
        .where('entityType', '=', 'import_batch')
        .where('entityId', '=', batchId)
        .where('citizenId', 'is not', null)
        .execute();
    const created = await server.database.db
      .selectFrom('course')
      .select('citizenId')
      .where('externalRef', '=', 'audit-1')
      .executeTakeFirstOrThrow();
    expect(await rows(batch.id)).toEqual([
      { action: 'create', citizenId: created.citizenId, actorUsername: world.users.admin.username },
    ]);
    expect(await rows(twice.id)).toEqual([
      {
        action: 'update',
        citizenId: world.citizens.citizenAtA.id,
        actorUsername: world.users.admin.username,
      },
    ]);
  });

  it('hides the imports of personal data from a user who may not run them', async () => {
    const batch = await importCourse('hidden-1', buildCpr(), world.organisations.providerA.code);
    expect((await analyst.get(`/api/imports/${batch.id}`)).status).toBe(404);
    const list = await analyst.get<ImportList>('/api/imports');
    expect(list.body.items.map((item) => item.kind)).not.toContain('courses');
    const adminList = await admin.get<ImportList>('/api/imports');
    expect(adminList.body.items.map((item) => item.id)).toContain(batch.id);
  });

  it('documents the routes of their own and the encoding option in OpenAPI', async () => {
    type Operation = { summary: string; parameters?: { name: string; description?: string }[] };
    const docs = await new TestClient(server.url).get<{ paths: Record<string, { post?: Operation }> }>(
      '/api/docs/json',
    );
    for (const kind of ['courses', 'placements', 'plans']) {
      const post = docs.body.paths[`/api/imports/${kind}`]?.post;
      expect(post?.summary, kind).toContain('import.personal_data');
      expect(post?.parameters?.find((p) => p.name === 'encoding')?.description).toContain('windows-1252');
    }
    expect(docs.body.paths['/api/imports/{kind}']?.post?.parameters?.map((p) => p.name)).toContain(
      'encoding',
    );
  });

  it('needs a job centre before the import starts when there are several', async () => {
    const refused = await postRaw(
      admin,
      '/api/imports/courses',
      `${COURSE_HEADER}\njc-1,${world.citizens.citizenAtA.cpr},${world.organisations.providerA.code},2024-03-04,,\n`,
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { fields: { jobCentre: expect.any(String) } } });
  });
});
