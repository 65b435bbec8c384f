// The benefit history of the fair comparison read two ways (migration 0030): counted by the database from
// a person's benefit bits, or counted here from the slice of their weekly codes when the bits are missing
// or were computed under another codebook. Both must give benefitWeeksBefore's answer on the person's whole
// extract, on random extracts whose edges fall before, inside and after each course's 156 weeks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { insertOrganisation } from '../../../../test/support/factories.ts';
import { testRng } from '../../../../test/support/seed.ts';
import { addDays } from '../../../shared/dates.ts';
import { BenefitCodes } from '../../platform/db/register-codes.ts';
import { refreshBenefitWeeks } from '../imports/import.service.ts';
import { loadCaseMixFacts } from './fairness.repository.ts';
import { benefitWeeksBefore, mondayOfWeek, type WeekCodes } from './fairness.rules.ts';
import {
  insertCompletedCourse,
  insertFixtureCodebook,
  insertImportBatch,
  insertRegisterPerson,
} from './outcome.fixtures.ts';
import { loadCodebook } from './outcome.repository.ts';

let database: TestDatabase;
const keys = testKeys();
const rng = testRng('fairness-history.db.test');
const PERIOD = { from: '2019-01-01', to: '2020-12-31' };
/** The codes drawn: none, benefit, education, non-benefit, exit, and 123, which the codebook lacks. */
const CODES = [0, 130, 651, 881, 999, 123];

/** Each course's person as the test wrote it (null: not in the register), by course id. */
const people = new Map<string, { startsOn: string; person: WeekCodes | null }>();

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  await insertFixtureCodebook(db);
  const batchId = await insertImportBatch(db);
  const jobCentre = await insertOrganisation(db, 'job_centre', 'Jobcenter Historik');
  const provider = await insertOrganisation(db, 'provider', 'Historik Aps');
  for (let i = 0; i < 80; i++) {
    const startsOn = addDays('2019-01-01', Math.floor(rng() * 500));
    const course = await insertCompletedCourse(db, keys, {
      jobCentreId: jobCentre.id,
      providerId: provider.id,
      startsOn,
      endsOn: addDays(startsOn, 30 + Math.floor(rng() * 200)),
    });
    if (rng() < 0.1) {
      people.set(course.courseId, { startsOn, person: null });
      continue;
    }
    // Extracts from 2014 to 2018, of 0 to 350 weeks: some cover the 156 weeks, some end or start inside.
    const firstWeekMonday = mondayOfWeek(addDays('2014-01-01', Math.floor(rng() * 1800)));
    const weeks = Math.floor(rng() * 351);
    const share = rng();
    const codes = Array.from({ length: weeks }, () =>
      rng() < share ? 130 : CODES[Math.floor(rng() * CODES.length)]!,
    );
    await insertRegisterPerson(db, keys, course.cpr, {
      batchId,
      firstWeekMonday,
      weeks,
      codes: Object.fromEntries(codes.map((code, w) => [addDays(firstWeekMonday, 7 * w), code])),
    });
    people.set(course.courseId, { startsOn, person: { firstWeekMonday, weeklyCodes: codes } });
  }
});
afterAll(() => database?.close());

/** Each course's benefit weeks as the report reads them, and as benefitWeeksBefore gives them. */
async function readAndExpected() {
  const codebook = await loadCodebook(database.db);
  const facts = await loadCaseMixFacts(database.db, [PERIOD], new BenefitCodes(codebook));
  const read = new Map([...facts].map(([id, f]) => [id, f.benefitWeeks]));
  const expected = new Map(
    [...people].map(([id, p]) => [id, benefitWeeksBefore(p.person, p.startsOn, (c) => codebook.get(c))]),
  );
  return { read, expected };
}

async function keysStored() {
  const rows = await database.db
    .selectFrom('registerPerson')
    .select(['benefitKey', 'benefitWeeks'])
    .execute();
  return rows.map((r) => r.benefitKey);
}

describe("the fair comparison's benefit history", () => {
  it('is counted from the weekly codes when the persons have no bits yet', async () => {
    expect(new Set(await keysStored())).toEqual(new Set([null]));
    const { read, expected } = await readAndExpected();
    expect(read).toEqual(expected);
    // The random extracts reach each kind of answer: unknown, none, some, and the whole 156 weeks.
    const answers = [...expected.values()];
    expect(answers).toContain(null);
    expect(answers.some((n) => n !== null && n > 0 && n < 156)).toBe(true);
  });

  it('gives the same answers counted from the bits', async () => {
    const refreshed = await refreshBenefitWeeks(database.db, 7);
    expect(refreshed).toBe([...people.values()].filter((p) => p.person).length);
    const codebook = await loadCodebook(database.db);
    expect(new Set(await keysStored())).toEqual(new Set([new BenefitCodes(codebook).key]));
    const { read, expected } = await readAndExpected();
    expect(read).toEqual(expected);
    // Nothing is stale now: a second refresh writes nothing.
    expect(await refreshBenefitWeeks(database.db)).toBe(0);
  });

  it('follows a codebook change: stale bits are not used, and after a refresh the new bits are', async () => {
    const before = (await readAndExpected()).expected;
    await database.db
      .updateTable('registerCode')
      .set({ category: 'non_benefit' })
      .where('code', '=', '130')
      .execute();
    const stale = await readAndExpected();
    expect(stale.read).toEqual(stale.expected);
    expect(stale.expected).not.toEqual(before);
    await refreshBenefitWeeks(database.db);
    const fresh = await readAndExpected();
    expect(fresh.read).toEqual(fresh.expected);
  });
});
