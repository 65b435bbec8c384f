// The import pipeline on a real database, through the providers and codebook imports: all or nothing,
// the same file twice changes nothing, a changed row is updated, the batch and its audit row.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { syntheticCvr } from '../../seed/synthetic.ts';
import { importFile } from './import.fixtures.ts';
import { translateImportError } from './import.service.ts';
import { testRng } from '../../../../test/support/seed.ts';

let database: TestDatabase;
const keys = testKeys();
const rng = testRng('import.service.test');
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

describe('characters a text may not hold', () => {
  it('refuses a control character in a field with its line, column and character, instead of failing', async () => {
    const result = await importFile(db(), keys, 'providers', [
      'code,name,district',
      `${code('nul')},Bj\u0000rn,Valby`,
      `${code('bell')},"To linjer\nmed\u0007klokke",Valby`,
      `${code('ok')}\u0001,Ok,Valby`,
    ]);
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([
      {
        line: 2,
        column: 'name',
        message: 'import.unsafe_character',
        params: { column: 'name', number: 2, character: 'U+0000', position: 3 },
      },
      // The quoted field's second line is line 4 of the file.
      {
        line: 4,
        column: 'name',
        message: 'import.unsafe_character',
        params: { column: 'name', number: 2, character: 'U+0007', position: 4 },
      },
      {
        line: 5,
        column: 'code',
        message: 'import.unsafe_character',
        params: { column: 'code', number: 1, character: 'U+0001', position: 10 },
      },
    ]);
    expect(translateImportError('da', result.errors[0]!)).toEqual({
      line: 2,
      column: 'name',
      message:
        'Feltet name (kolonne 2) indeholder tegnet U+0000 på plads 3. Kontroltegn og usynlige formateringstegn kan ikke importeres.',
    });
    expect(translateImportError('en', result.errors[0]!).message).toBe(
      'The field name (column 2) holds the character U+0000 at position 3. Control characters and invisible formatting characters cannot be imported.',
    );
    expect(await providerRow(code('nul'))).toBeUndefined();
  });

  it('refuses a control character in a date, a code or a CPR cell the same way, once per cell', async () => {
    const result = await importFile(
      db(),
      keys,
      'courses',
      [
        'course_ref,cpr,provider_code,start_date,end_date,end_reason',
        `k-${suffix},0101901234,x,2024-01-0\u0000,2024-02-01,jo\u0000b`,
      ],
      { jobCentre: await jobCentreCode() },
    );
    expect(result.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'provider_code', 'import.unknown_provider'],
      [2, 'start_date', 'import.unsafe_character'],
      [2, 'end_reason', 'import.unsafe_character'],
    ]);
  });

  it('refuses a header with a control character, and a file name or job centre holding one', async () => {
    const result = await importFile(db(), keys, 'codebook', [
      'code,meaning,category,no\u0000te',
      '130,K,benefit,x',
    ]);
    expect(result.errors).toEqual([
      {
        line: 1,
        message: 'import.unsafe_header',
        params: { number: 4, character: 'U+0000', position: 3 },
      },
    ]);
    expect(result.ignoredColumns).toEqual([]);
    await expect(
      importFile(db(), keys, 'codebook', ['code,meaning,category'], {}, undefined, 'koder\u0000.csv'),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fields: { fileName: 'import.unsafe_option' } });
    await expect(
      importFile(db(), keys, 'courses', ['course_ref'], { jobCentre: 'jc\u0000' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fields: { jobCentre: 'import.unsafe_option' } });
  });

  it('refuses the register header with a control character instead of failing', async () => {
    const result = await importFile(db(), keys, 'register', ['PNR,y_1901,bran\u0001che', '0101901234,130,1']);
    expect(result.status).toBe('failed');
    expect(result.errors.map((e) => [e.line, e.message])).toEqual([[1, 'import.unsafe_header']]);
  });
});

async function jobCentreCode(): Promise<string> {
  const existing = await db()
    .selectFrom('organisation')
    .select('code')
    .where('kind', '=', 'job_centre')
    .executeTakeFirst();
  if (existing) return existing.code;
  return (
    await db()
      .insertInto('organisation')
      .values({ kind: 'job_centre', code: code('jc-text'), name: 'Jobcenter' })
      .returning('code')
      .executeTakeFirstOrThrow()
  ).code;
}

describe('character sets', () => {
  const file = () =>
    Buffer.from(
      `code,name,district\n${code('w1')},Alfa,Valby\n${code('w2')},Bjørn Æbelø,Valby\n`,
      // Danish letters are the same bytes in Latin-1 and Windows-1252.
      'latin1',
    );

  it('refuses a file that is not UTF-8, naming the first bad line, and stores nothing', async () => {
    const result = await importFile(db(), keys, 'providers', file());
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([{ line: 3, message: 'import.csv.encoding' }]);
    expect(await providerRow(code('w1'))).toBeUndefined();
    const stored = await db()
      .selectFrom('organisation')
      .select('name')
      .where('name', 'like', '%\uFFFD%')
      .execute();
    expect(stored).toEqual([]);
  });

  it('reads the file as Windows-1252 when asked, and records the choice', async () => {
    const result = await importFile(db(), keys, 'providers', file(), { encoding: 'windows-1252' });
    expect(result).toMatchObject({ status: 'succeeded', created: 2 });
    expect(await providerRow(code('w2'))).toMatchObject({ name: 'Bjørn Æbelø' });
    const batch = await db()
      .selectFrom('importBatch')
      .select('options')
      .where('id', '=', result.batchId)
      .executeTakeFirstOrThrow();
    expect(batch.options).toEqual({ encoding: 'windows-1252' });
  });
});
