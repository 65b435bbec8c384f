// A course's cell of the fair comparison read two ways. Counted by the database (cellColumns): the age band
// from citizen.birth_date (migration 0031) and the history band from the person's benefit bits (migration
// 0030). Or, for a row the database breaks out (no birth date, bits missing or of another codebook), read
// here (loadCaseMixFacts): the benefit weeks from the slice of the weekly codes. Both must give the pure
// definition's answer (ageBand, benefitWeeksBefore on the person's whole extract), on birth dates at each
// band's edge and 29 February, and on random extracts whose edges fall before, inside and after each
// course's 156 weeks; and a row is broken out exactly when the database cannot count it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { insertOrganisation } from '../../../../test/support/factories.ts';
import { testRng } from '../../../../test/support/seed.ts';
import { sql } from 'kysely';
import { addDays } from '../../../shared/dates.ts';
import { AGE_BANDS, HISTORY_BANDS } from '../../../shared/outcomes/fairness.constants.ts';
import { BenefitCodes } from '../../platform/db/register-codes.ts';
import { selectTuples } from '../../platform/db/tuples.ts';
import { refreshBenefitWeeks } from '../imports/import.service.ts';
import { cellColumns, loadCaseMixFacts } from './fairness.repository.ts';
import { ageBand, benefitWeeksBefore, historyBand, mondayOfWeek, type WeekCodes } from './fairness.rules.ts';
import {
  insertCompletedCourse,
  insertFixtureCodebook,
  insertImportBatch,
  insertRegisterPerson,
} from './outcome.fixtures.ts';
import { loadCodebook } from './outcome.repository.ts';

let database: TestDatabase;
const keys = testKeys();
const rng = testRng('fairness-cells.db.test');
/** The codes drawn: none, benefit, education, non-benefit, exit, and 123, which the codebook lacks. */
const CODES = [0, 130, 651, 881, 999, 123];

/** Each course's person as the test wrote it (null: not in the register), and birth date, by course id. */
const people = new Map<string, { startsOn: string; person: WeekCodes | null; birthDate: string | null }>();

/** A birth date `years` before the day, or a day later (not yet that old), or 29 February; or none. */
function birthDateFor(startsOn: string): string | null {
  const draw = rng();
  if (draw < 0.1) return null;
  const years = [17, 29, 30, 39, 40, 49, 50, 64][Math.floor(rng() * 8)]!;
  const year = Number(startsOn.slice(0, 4)) - years;
  if (draw < 0.2) return `${year - (year % 4)}-02-29`;
  const birthday = `${year}${startsOn.slice(4)}`.replace(/-02-29$/, '-02-28');
  return draw < 0.6 ? birthday : addDays(birthday, 1);
}

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
    // The stored birth date is what the database reads; the CPR number's is read for a row without one.
    const birthDate = birthDateFor(startsOn);
    await db.updateTable('citizen').set({ birthDate }).where('id', '=', course.citizenId).execute();
    if (rng() < 0.1) {
      people.set(course.courseId, { startsOn, person: null, birthDate });
      continue;
    }
    // Some with a benefit every week (the 156 band) or never (0–51) on an extract that covers every
    // course's 156 weeks; the others a random share on an extract from 2014 to 2018 of 0 to 350 weeks,
    // which may cover the 156 weeks, or end or start inside them.
    const kind = rng();
    const whole = kind < 0.3;
    const firstWeekMonday = mondayOfWeek(
      whole ? '2014-01-01' : addDays('2014-01-01', Math.floor(rng() * 1800)),
    );
    const weeks = whole ? 350 : Math.floor(rng() * 351);
    const share = kind < 0.15 ? 1 : whole ? 0 : rng();
    const others = whole ? [0, 651, 881] : CODES;
    const codes = Array.from({ length: weeks }, () =>
      rng() < share ? 130 : others[Math.floor(rng() * others.length)]!,
    );
    await insertRegisterPerson(db, keys, course.cpr, {
      batchId,
      firstWeekMonday,
      weeks,
      codes: Object.fromEntries(codes.map((code, w) => [addDays(firstWeekMonday, 7 * w), code])),
    });
    people.set(course.courseId, { startsOn, person: { firstWeekMonday, weeklyCodes: codes }, birthDate });
  }
});
afterAll(() => database?.close());

/** Each course's benefit weeks as the broken-out rows are read, and as benefitWeeksBefore gives them. */
async function readAndExpected() {
  const codebook = await loadCodebook(database.db);
  const facts = await loadCaseMixFacts(database.db, 'course', [...people.keys()], new BenefitCodes(codebook));
  const read = new Map([...facts].map(([id, f]) => [id, f.benefitWeeks]));
  const expected = new Map(
    [...people].map(([id, p]) => [id, benefitWeeksBefore(p.person, p.startsOn, (c) => codebook.get(c))]),
  );
  return { read, expected };
}

/**
 * Each course's cell as the database counts it (or `broken out`), and as the definition gives it from the
 * stored birth date and the weeks (or `broken out` where the database cannot count it).
 */
async function cellsCountedAndExpected() {
  const codebook = await loadCodebook(database.db);
  const benefitCodes = new BenefitCodes(codebook);
  const rows = await selectTuples<[string, number | null, number | null, string | null]>(
    database.db,
    sql`SELECT c.id, ${cellColumns(benefitCodes.key, { id: sql`c.id`, day: sql`c.starts_on`, birthDate: sql`ci.birth_date`, person: 'rp' })}
          FROM course c JOIN citizen ci ON ci.id = c.citizen_id
          LEFT JOIN register_person rp ON rp.person_hash = ci.cpr_hash`,
    { id: 'text', ageBand: 'int', historyBand: 'int', brokenOut: 'text' },
  );
  const stale = new Set(
    (
      await database.db
        .selectFrom('course as c')
        .innerJoin('citizen as ci', 'ci.id', 'c.citizenId')
        .innerJoin('registerPerson as rp', 'rp.personHash', 'ci.cprHash')
        .select('c.id')
        .where((eb) => eb.or([eb('rp.benefitKey', 'is', null), eb('rp.benefitKey', '!=', benefitCodes.key)]))
        .execute()
    ).map((r) => r.id),
  );
  const counted = new Map(
    rows.map(([id, age, history, brokenOut]) => [
      id,
      brokenOut !== null
        ? `broken out ${brokenOut}`
        : `${AGE_BANDS[age!]} ${history === null ? 'unknown' : HISTORY_BANDS[history]}`,
    ]),
  );
  const expected = new Map(
    [...people].map(([id, p]) => [
      id,
      p.birthDate === null || stale.has(id)
        ? `broken out ${id}`
        : `${ageBand(p.birthDate, p.startsOn)} ${historyBand(benefitWeeksBefore(p.person, p.startsOn, (c) => codebook.get(c)))}`,
    ]),
  );
  return { counted, expected, stale };
}

async function keysStored() {
  const rows = await database.db
    .selectFrom('registerPerson')
    .select(['benefitKey', 'benefitWeeks'])
    .execute();
  return rows.map((r) => r.benefitKey);
}

describe("the fair comparison's cells", () => {
  it('is counted from the weekly codes when the persons have no bits yet', async () => {
    expect(new Set(await keysStored())).toEqual(new Set([null]));
    const { read, expected } = await readAndExpected();
    expect(read).toEqual(expected);
    // The random extracts reach each kind of answer: unknown, none, some, and the whole 156 weeks.
    const answers = [...expected.values()];
    expect(answers).toContain(null);
    expect(answers.some((n) => n !== null && n > 0 && n < 156)).toBe(true);
    // Without bits, every person in the register is broken out; the others are counted.
    const cells = await cellsCountedAndExpected();
    expect(cells.counted).toEqual(cells.expected);
    expect(cells.stale.size).toBe([...people.values()].filter((p) => p.person).length);
  });

  it('gives the same answers counted from the bits', async () => {
    const refreshed = await refreshBenefitWeeks(database.db, 7);
    expect(refreshed).toBe([...people.values()].filter((p) => p.person).length);
    const codebook = await loadCodebook(database.db);
    expect(new Set(await keysStored())).toEqual(new Set([new BenefitCodes(codebook).key]));
    const { read, expected } = await readAndExpected();
    expect(read).toEqual(expected);
    const cells = await cellsCountedAndExpected();
    expect(cells.counted).toEqual(cells.expected);
    expect(cells.stale.size).toBe(0);
    // Every age band and every history band is counted by the database somewhere.
    const values = [...cells.counted.values()];
    for (const band of AGE_BANDS) expect(values.some((v) => v.startsWith(`${band} `))).toBe(true);
    for (const band of HISTORY_BANDS) expect(values.some((v) => v.endsWith(` ${band}`))).toBe(true);
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
    const staleCells = await cellsCountedAndExpected();
    expect(staleCells.counted).toEqual(staleCells.expected);
    expect(staleCells.stale.size).toBeGreaterThan(0);
    await refreshBenefitWeeks(database.db);
    const fresh = await readAndExpected();
    expect(fresh.read).toEqual(fresh.expected);
    const freshCells = await cellsCountedAndExpected();
    expect(freshCells.counted).toEqual(freshCells.expected);
    expect(freshCells.stale.size).toBe(0);
  });
});
