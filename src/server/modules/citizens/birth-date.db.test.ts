// Filling the birth dates of citizens stored before migration 0031 (openRuntime runs it on every start).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import {
  buildCpr,
  ctxFor,
  insertCitizen,
  insertOrganisation,
  insertUser,
} from '../../../../test/support/factories.ts';
import { birthDateOfCpr } from '../../../shared/cpr.ts';
import { encrypt, lookupHash } from '../../platform/crypto/keys.ts';
import { createCitizen, createImportedCitizens, fillBirthDates } from './citizen.service.ts';

let database: TestDatabase;
const keys = testKeys();
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

/** The citizen as stored before 0031: the CPR number sealed, no birth date. */
async function insertWithoutBirthDate(jobCentreId: string, cpr: string) {
  const { id } = await insertCitizen(db(), keys, { jobCentreId, cpr });
  await db().updateTable('citizen').set({ birthDate: null }).where('id', '=', id).execute();
  return { id, cpr };
}

async function birthDates(): Promise<Map<string, string | null>> {
  const rows = await db().selectFrom('citizen').select(['id', 'birthDate']).execute();
  return new Map(rows.map((r) => [r.id, r.birthDate === null ? null : String(r.birthDate)]));
}

describe('filling the birth dates of earlier citizens', () => {
  it('writes each citizen’s birth date from the CPR number, across batches, once', async () => {
    const jobCentre = await insertOrganisation(db(), 'job_centre');
    const citizens = [];
    // 23 rows and batches of 5: four full batches and a short one.
    for (let i = 0; i < 22; i++)
      citizens.push(await insertWithoutBirthDate(jobCentre.id, buildCpr({ modulus11: i % 4 !== 0 })));
    // No readable date (as a number stored by hand might be): stays null, and is not read for ever.
    const unreadable = await db()
      .insertInto('citizen')
      .values({
        jobCentreId: jobCentre.id,
        cprHash: lookupHash(keys, '9999999999'),
        cprEncrypted: encrypt(keys, '9999999999'),
        name: 'Ulæselig Testesen',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = await birthDates();
    expect(citizens.every((c) => before.get(c.id) === null)).toBe(true);

    expect(await fillBirthDates(db(), keys, 5)).toBe(citizens.length);

    const after = await birthDates();
    for (const citizen of citizens) {
      expect(birthDateOfCpr(citizen.cpr)).not.toBeNull();
      expect(after.get(citizen.id)).toBe(birthDateOfCpr(citizen.cpr));
    }
    expect(after.get(unreadable.id)).toBeNull();
    expect(await fillBirthDates(db(), keys, 5)).toBe(0);
    expect(await fillBirthDates(db(), keys)).toBe(0);
  });

  it('leaves a birth date already written with the CPR number as it is', async () => {
    const jobCentre = await insertOrganisation(db(), 'job_centre');
    const stored = await insertCitizen(db(), keys, { jobCentreId: jobCentre.id });
    expect((await birthDates()).get(stored.id)).toBe(birthDateOfCpr(stored.cpr));
    expect(await fillBirthDates(db(), keys, 1)).toBe(0);
    expect((await birthDates()).get(stored.id)).toBe(birthDateOfCpr(stored.cpr));
  });
});

describe('storing the birth date with the CPR number', () => {
  it('writes it when a caseworker creates a citizen and when an import names a new one', async () => {
    const jobCentre = await insertOrganisation(db(), 'job_centre');
    const caseworker = await insertUser(db(), jobCentre, ['caseworker']);
    const typed = buildCpr();
    const created = await createCitizen(ctxFor(db(), keys, caseworker), {
      cpr: `${typed.slice(0, 6)}-${typed.slice(6)}`,
      name: 'Født Testesen',
      district: null,
    });
    const imported = buildCpr({ modulus11: false });
    const [row] = await db()
      .transaction()
      .execute((tx) =>
        createImportedCitizens(tx, keys, jobCentre.id, [{ cpr: imported, hash: lookupHash(keys, imported) }]),
      );
    const stored = await birthDates();
    expect(stored.get(created.id)).toBe(birthDateOfCpr(typed));
    expect(stored.get(row!.id)).toBe(birthDateOfCpr(imported));
    expect(birthDateOfCpr(imported)).not.toBeNull();
  });
});
