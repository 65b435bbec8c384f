// DREAM extracts imported into the packed register: one row per person keyed by the CPR number's keyed
// hash, weekly codes from the first ISO week, monthly employment degrees; unknown codes, bad CPR numbers
// and bad cells refuse the whole file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildCpr } from '../../../../test/support/factories.ts';
import { formatCpr } from '../../../shared/cpr.ts';
import { lookupHash } from '../../platform/crypto/keys.ts';
import { unpackWeeklyCodes } from '../../platform/db/register-codes.ts';
import { loadBenefitCodes } from './benefit-weeks.ts';
import { DEFAULT_CODEBOOK } from './default-codebook.ts';
import { importFile } from './import.fixtures.ts';
import { UNKNOWN_CODE_MEANING } from './services/register.ts';

let database: TestDatabase;
const keys = testKeys();

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const db = () => database.db;
const HEADER = 'PNR;y_2052;y_2053;y_2101;branche_2020_12;grad_2020_12;grad_2021_01;ak20';

/** The person's stored row, with the packed weekly codes read back as numbers. */
async function person(cpr: string) {
  const row = await db()
    .selectFrom('registerPerson')
    .selectAll()
    .where('personHash', '=', lookupHash(keys, cpr))
    .executeTakeFirst();
  return row && { ...row, weeklyCodes: unpackWeeklyCodes(row.weeklyCodes) };
}

describe('register import', () => {
  const [cprA, cprB] = [buildCpr(), buildCpr()];
  const file = () => [HEADER, `${formatCpr(cprA)};130;;651;47;0,5;1;1`, `${cprB};;;;;;;`];

  it('loads the default codebook first, packs each person into one row, and lists ignored columns', async () => {
    const result = await importFile(db(), keys, 'register', file());
    expect(result).toMatchObject({ status: 'succeeded', rowsTotal: 2, created: 2, updated: 0, unchanged: 0 });
    expect(result.ignoredColumns).toEqual(['branche_2020_12', 'ak20']);
    expect(result.details).toMatchObject({
      defaultCodebookLoaded: true,
      weeks: ['y_2052', 'y_2101'],
      months: ['grad_2020_12', 'grad_2021_01'],
    });
    const codes = await db().selectFrom('registerCode').selectAll().execute();
    expect(codes).toHaveLength(DEFAULT_CODEBOOK.length);
    expect(codes.every((c) => !c.verified)).toBe(true);
    expect(await person(cprA)).toMatchObject({
      firstWeekMonday: '2020-12-21',
      weeklyCodes: [130, 0, 651],
      firstMonth: '2020-12-01',
      employmentDegrees: [0.5, 1],
      importBatchId: result.batchId,
    });
    expect(await person(cprB)).toMatchObject({ weeklyCodes: [0, 0, 0], employmentDegrees: [0, 0] });
  });

  it('stores no CPR number: the row holds only the keyed hash', async () => {
    const row = (await person(cprA))!;
    expect(Object.keys(row).sort()).toEqual(
      [
        'benefitKey',
        'benefitWeeks',
        'employmentDegrees',
        'firstMonth',
        'firstWeekMonday',
        'importBatchId',
        'personHash',
        'updatedAt',
        'weeklyCodes',
      ].sort(),
    );
    expect(row.personHash.toString('hex')).not.toContain(cprA);
  });

  it("writes each person's benefit weeks as bits beside the codes, keyed by the codebook", async () => {
    const key = (await loadBenefitCodes(db())).key;
    // 130 is a benefit code, 651 education (the default codebook).
    expect(await person(cprA)).toMatchObject({ benefitWeeks: '100', benefitKey: key });
    expect(await person(cprB)).toMatchObject({ benefitWeeks: '000', benefitKey: key });
  });

  it('rewrites the bits when a codebook import moves a code to or from benefit', async () => {
    const before = (await loadBenefitCodes(db())).key;
    const moved = await importFile(db(), keys, 'codebook', ['code,meaning,category', '651,SU,benefit']);
    expect(moved).toMatchObject({ status: 'succeeded', updated: 1 });
    const key = (await loadBenefitCodes(db())).key;
    expect(key).not.toBe(before);
    expect(await person(cprA)).toMatchObject({ benefitWeeks: '101', benefitKey: key });
    await importFile(db(), keys, 'codebook', ['code,meaning,category', '651,SU,education']);
    expect(await person(cprA)).toMatchObject({ benefitWeeks: '100', benefitKey: before });
  });

  it('changes nothing the second time, and updates a person whose row changed', async () => {
    expect(await importFile(db(), keys, 'register', file())).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const before = (await person(cprB))!;
    const changed = [HEADER, file()[1]!, `${cprB};;;;;0.25;;`];
    const result = await importFile(db(), keys, 'register', changed);
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await person(cprB)).toMatchObject({ employmentDegrees: [0.25, 0], importBatchId: result.batchId });
    expect(before.importBatchId).not.toBe(result.batchId);
  });

  it('refuses the file with one error naming unknown codes and their lines', async () => {
    const fresh = buildCpr();
    const result = await importFile(db(), keys, 'register', [
      HEADER,
      `${fresh};123;123;130;;;;`,
      `${buildCpr()};;456;;;;;`,
      `${buildCpr()};123;;;;;;`,
    ]);
    expect(result.status).toBe('failed');
    expect(result.errors).toEqual([
      { line: 2, message: 'import.register.unknown_codes', params: { codes: '123: 2, 4; 456: 3' } },
    ]);
    expect(await person(fresh)).toBeUndefined();
  });

  it('adds unknown codes as unverified benefit when asked to, and then imports', async () => {
    const fresh = buildCpr();
    const result = await importFile(db(), keys, 'register', [HEADER, `${fresh};123;;;;;;`], {
      unknownCodesAsBenefit: true,
    });
    expect(result).toMatchObject({ status: 'succeeded', created: 1 });
    expect(result.details.addedCodes).toEqual(['123']);
    expect(
      await db().selectFrom('registerCode').selectAll().where('code', '=', '123').executeTakeFirst(),
    ).toMatchObject({
      category: 'benefit',
      meaning: UNKNOWN_CODE_MEANING,
      verified: false,
    });
    expect(await person(fresh)).toMatchObject({ weeklyCodes: [123, 0, 0] });
  });

  it('refuses bad CPR numbers, codes, degrees and a person twice, by line and column', async () => {
    const twice = buildCpr();
    const result = await importFile(db(), keys, 'register', [
      HEADER,
      `12345;;;;;;;`,
      `${buildCpr()};13;000;abc;;;;`,
      `${buildCpr()};;;;;-1;x;`,
      `${twice};;;;;;;`,
      `${twice};;;;;;;`,
    ]);
    expect(result.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'PNR', 'cpr.format'],
      [3, 'y_2052', 'import.register.code'],
      [3, 'y_2053', 'import.register.code'],
      [3, 'y_2101', 'import.register.code'],
      [4, 'grad_2020_12', 'import.register.degree'],
      [4, 'grad_2021_01', 'import.register.degree'],
      [6, 'PNR', 'import.register.duplicate_person'],
    ]);
    expect(await person(twice)).toBeUndefined();
  });

  it('reads a row with quoted cells as the same row unquoted', async () => {
    const [plain, quoted] = [buildCpr(), buildCpr()];
    const result = await importFile(db(), keys, 'register', [
      HEADER,
      `${plain};130;;651;47;0,5;1;1`,
      `"${quoted}";"130";"";651;"4;7";"0,5";1;1`,
    ]);
    expect(result).toMatchObject({ status: 'succeeded', created: 2 });
    const [a, b] = [(await person(plain))!, (await person(quoted))!];
    expect(b.weeklyCodes).toEqual(a.weeklyCodes);
    expect(b.employmentDegrees).toEqual(a.employmentDegrees);
  });

  it('refuses rows with too few or too many fields, naming the counts', async () => {
    const result = await importFile(db(), keys, 'register', [
      HEADER,
      `${buildCpr()};130;;651;47;0,5;1`,
      `${buildCpr()};130;;651;47;0,5;1;1;extra`,
      `"${buildCpr()}";130;;651;47;0,5;1`,
    ]);
    expect(result.errors).toEqual([
      { line: 2, message: 'import.field_count', params: { found: 7, expected: 8 } },
      { line: 3, message: 'import.field_count', params: { found: 9, expected: 8 } },
      { line: 4, message: 'import.field_count', params: { found: 7, expected: 8 } },
    ]);
  });

  it('refuses a degree that real cannot hold, by line and column', async () => {
    const result = await importFile(db(), keys, 'register', [
      HEADER,
      `${buildCpr()};;;;;${'9'.repeat(40)};1;`,
    ]);
    expect(result.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'grad_2020_12', 'import.register.degree'],
    ]);
  });

  it('refuses a header with a gap in the weeks on line 1', async () => {
    const result = await importFile(db(), keys, 'register', ['pnr,y_2052,y_2101', `${buildCpr()},,`]);
    expect(result.errors).toEqual([
      {
        line: 1,
        message: 'import.register.week_gap',
        params: { first: 'y_2052', last: 'y_2101', count: 1, missing: 'y_2053' },
      },
    ]);
  });
});
