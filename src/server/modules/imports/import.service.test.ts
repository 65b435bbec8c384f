// The import pipeline on a real database, through the providers and codebook imports: all or nothing,
// the same file twice changes nothing, a changed row is updated, the batch and its audit row.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { createRng, syntheticCvr } from '../../seed/synthetic.ts';
import { importFile } from './import.fixtures.ts';

let database: TestDatabase;
const keys = testKeys();
const rng = createRng(Number.parseInt(crypto.randomBytes(4).toString('hex'), 16));
const suffix = crypto.randomBytes(3).toString('hex');

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const db = () => database.db;
const code = (name: string) => `${name}-${suffix}`;

async function providerRow(providerCode: string) {
  return db()
    .selectFrom('organisation')
    .leftJoin('providerProfile', 'providerProfile.organisationId', 'organisation.id')
    .select(['organisation.kind', 'organisation.name', 'providerProfile.district', 'providerProfile.cvr'])
    .where('organisation.code', '=', providerCode)
    .executeTakeFirst();
}

describe('providers import', () => {
  const cvr = syntheticCvr(rng);
  const file = () => [
    'code,name,district,cvr,contact',
    `${code('alfa')},Alfa Beskæftigelse,Valby,${cvr},x`,
    `${code('beta')},"Beta, Indsats ApS",amager vest,,y`,
  ];

  it('creates providers with their profile, lists ignored columns, and records the batch', async () => {
    const result = await importFile(db(), keys, 'providers', file());
    expect(result).toMatchObject({ status: 'succeeded', rowsTotal: 2, created: 2, updated: 0, unchanged: 0 });
    expect(result.ignoredColumns).toEqual(['contact']);
    expect(await providerRow(code('alfa'))).toEqual({
      kind: 'provider',
      name: 'Alfa Beskæftigelse',
      district: 'Valby',
      cvr,
    });
    expect(await providerRow(code('beta'))).toMatchObject({
      name: 'Beta, Indsats ApS',
      district: 'Amager Vest',
    });
    const batch = await db()
      .selectFrom('importBatch')
      .selectAll()
      .where('id', '=', result.batchId)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      kind: 'providers',
      status: 'succeeded',
      rowsCreated: 2,
      startedBy: 'test-operator',
      ignoredColumns: ['contact'],
    });
    expect(batch.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(batch.finishedAt).not.toBeNull();
  });

  it('changes nothing when the same file comes again', async () => {
    const result = await importFile(db(), keys, 'providers', file());
    expect(result).toMatchObject({ status: 'succeeded', created: 0, updated: 0, unchanged: 2 });
  });

  it('updates a changed row and keeps a stored CVR number when the cell is empty', async () => {
    const changed = file();
    changed[1] = `${code('alfa')},Alfa Beskæftigelse,Valby,,x`;
    changed[2] = `${code('beta')},Beta Indsats,Amager Vest,,y`;
    const result = await importFile(db(), keys, 'providers', changed);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await providerRow(code('alfa'))).toMatchObject({ cvr });
    expect(await providerRow(code('beta'))).toMatchObject({ name: 'Beta Indsats' });
  });

  it('imports nothing when one row is bad, and records the failed batch with line numbers', async () => {
    const result = await importFile(db(), keys, 'providers', [
      'code;name;district',
      `${code('gamma')};Gamma;Valby`,
      `${code('delta')};Delta;Hellerup`,
      `Bad Code;Epsilon;Valby`,
      `${code('gamma')};Gamma igen;Valby`,
    ]);
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([
      { line: 3, column: 'district', message: 'import.district', params: { value: 'Hellerup' } },
      { line: 4, column: 'code', message: 'import.provider_code' },
      {
        line: 5,
        column: 'code',
        message: 'import.duplicate_key',
        params: { value: code('gamma'), line: 2 },
      },
    ]);
    expect(await providerRow(code('gamma'))).toBeUndefined();
    const batch = await db()
      .selectFrom('importBatch')
      .selectAll()
      .where('id', '=', result.batchId)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ status: 'failed', errorCount: 3, rowsTotal: 4, rowsCreated: 0 });
    expect(batch.errors.map((e) => e.line)).toEqual([3, 4, 5]);
  });

  it('refuses a code used by another kind of organisation and a CVR number held by another provider', async () => {
    const jobCentre = await db()
      .insertInto('organisation')
      .values({ kind: 'job_centre', code: code('jc'), name: 'Jobcenter' })
      .returning('code')
      .executeTakeFirstOrThrow();
    const result = await importFile(db(), keys, 'providers', [
      'code,name,district,cvr',
      `${jobCentre.code},Jobcenter som leverandør,Valby,`,
      `${code('zeta')},Zeta,Valby,${cvr}`,
    ]);
    expect(result.errors).toEqual([
      { line: 2, column: 'code', message: 'import.code_not_provider', params: { code: jobCentre.code } },
      { line: 3, column: 'cvr', message: 'import.cvr_taken', params: { code: code('alfa') } },
    ]);
    expect(await providerRow(code('zeta'))).toBeUndefined();
  });

  it('names missing columns, a wrong number of fields and an empty file', async () => {
    expect((await importFile(db(), keys, 'providers', ['code,navn'])).errors).toEqual([
      { line: 1, column: 'name', message: 'import.missing_column', params: { column: 'name' } },
      { line: 1, column: 'district', message: 'import.missing_column', params: { column: 'district' } },
    ]);
    expect((await importFile(db(), keys, 'providers', ['code,name,district', 'a,b'])).errors).toEqual([
      { line: 2, message: 'import.field_count', params: { found: 2, expected: 3 } },
    ]);
    expect((await importFile(db(), keys, 'providers', '')).errors).toEqual([
      { line: 1, message: 'import.empty_file' },
    ]);
  });

  it('writes one audit row per import, by the operator', async () => {
    const result = await importFile(db(), keys, 'providers', file());
    const audit = await db()
      .selectFrom('auditEvent')
      .selectAll()
      .where('entityType', '=', 'import_batch')
      .where('entityId', '=', result.batchId)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorUsername: 'test-operator' });
    expect(audit[0]!.criteria).toMatchObject({
      kind: 'providers',
      status: 'succeeded',
      rowsTotal: 2,
      updated: 1,
    });
  });
});

describe('codebook import', () => {
  it('loads codes as verified, is idempotent, and updates a changed meaning', async () => {
    const file = [
      'code,meaning,category',
      '130,Kontanthjælp,benefit',
      '651,SU,education',
      '999,Død,exit_register',
    ];
    expect(await importFile(db(), keys, 'codebook', file)).toMatchObject({ created: 3, status: 'succeeded' });
    expect(await importFile(db(), keys, 'codebook', file)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    const changed = [...file.slice(0, 3), '999,Død eller udvandret,exit_register'];
    expect(await importFile(db(), keys, 'codebook', changed)).toMatchObject({ updated: 1, unchanged: 2 });
    const stored = await db()
      .selectFrom('registerCode')
      .selectAll()
      .where('code', '=', '999')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      meaning: 'Død eller udvandret',
      category: 'exit_register',
      verified: true,
    });
  });

  it('refuses bad codes and categories', async () => {
    const result = await importFile(db(), keys, 'codebook', [
      'code,meaning,category',
      '13,Kort,benefit',
      '000,Nul,benefit',
      '140,,pension',
    ]);
    expect(result.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'code', 'import.code_format'],
      [3, 'code', 'import.code_format'],
      [4, 'meaning', 'import.required'],
      [4, 'category', 'import.category'],
    ]);
  });
});
