// The watch on selection against a real database: referrals of the exit table's period by the chance band
// of their citizen's cell (age at the referral; no register, so history unknown), the provider's
// decisions, early ends, Fisher's p and the flag, and a provider lead's scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { addDays } from '../../../shared/dates.ts';
import { encrypt, lookupHash } from '../../platform/crypto/keys.ts';
import { insertCourseAgreement } from '../courses/course.fixtures.ts';
import { insertFixtureCodebook, insertImportBatch, insertRegisterPerson } from './outcome.fixtures.ts';
import { getFairness } from './outcome.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

const MARCH = { from: '2026-03-01', to: '2026-03-31' };
const REGISTER = { firstWeekMonday: '2026-01-05', weeks: 40, firstMonth: '2026-01-01', months: 12 };
const MAY_WEEKS = ['2026-04-27', '2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25'];
// Born 2000 (18–29), 1990 (30–39), 1980 (40–49) and 1960 (50+): the 7th digit gives the century.
const BORN = { young: '010100-4', thirties: '010190-1', forties: '010180-1', old: '010160-1' } as const;
let serial = 100;

async function citizen(born: keyof typeof BORN) {
  const cpr = `${BORN[born]}${String(serial++).padStart(3, '0')}`.replace('-', '');
  const row = await database.db
    .insertInto('citizen')
    .values({
      jobCentreId: world.organisations.jobCentre.id,
      cprHash: lookupHash(keys, cpr),
      cprEncrypted: encrypt(keys, cpr),
      name: 'Udvælgelse Testesen',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { cpr, id: row.id };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  world = await buildWorld(db, keys);
  await insertFixtureCodebook(db);
  const batchId = await insertImportBatch(db);
  const { providerA, providerB } = world.organisations;
  const { agreementId } = await insertCourseAgreement(db, providerA.id);
  // The exit table: 18–29 both in a job (rate 1, high), 30–39 one of two (middle), 50+ none (low).
  for (const [born, jobs] of [
    ['young', [true, true]],
    ['thirties', [true, false]],
    ['old', [false, false]],
  ] as const) {
    for (const job of jobs) {
      const c = await citizen(born);
      await db
        .insertInto('course')
        .values({
          citizenId: c.id,
          providerId: providerB.id,
          startsOn: '2026-01-05',
          endsOn: '2026-03-20',
          endReason: 'other',
        })
        .execute();
      await insertRegisterPerson(db, keys, c.cpr, {
        batchId,
        ...REGISTER,
        ...(job
          ? { codes: Object.fromEntries(MAY_WEEKS.map((m) => [m, 0])), degrees: { '2026-05': 1 } }
          : {}),
      });
    }
  }
  const refer = async (
    born: keyof typeof BORN,
    status: 'pending' | 'accepted' | 'rejected' | 'withdrawn',
    courseDays?: number,
  ) => {
    const c = await citizen(born);
    const referral = await db
      .insertInto('referral')
      .values({ citizenId: c.id, providerId: providerA.id, agreementId, referredOn: '2026-03-10', status })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (courseDays !== undefined)
      await db
        .insertInto('course')
        .values({
          citizenId: c.id,
          providerId: providerA.id,
          agreementId,
          referralId: referral.id,
          startsOn: '2026-03-16',
          endsOn: courseDays === 0 ? null : addDays('2026-03-16', courseDays),
          endReason: courseDays === 0 ? null : 'dropped_out',
        })
        .execute();
  };
  // A rejects all five of the lowest band and accepts all five of the highest; one of those ends on day 28.
  for (let i = 0; i < 5; i++) await refer('old', 'rejected');
  await refer('young', 'accepted', 28);
  await refer('young', 'accepted', 29);
  for (let i = 0; i < 3; i++) await refer('young', 'accepted', 0);
  await refer('thirties', 'withdrawn');
  await refer('thirties', 'pending');
  // A cell without a course in the exit table: no band.
  await refer('forties', 'rejected');
  // Outside the period.
  const late = await citizen('old');
  await db
    .insertInto('referral')
    .values({
      citizenId: late.id,
      providerId: providerA.id,
      agreementId,
      referredOn: '2026-04-01',
      status: 'rejected',
    })
    .execute();
});
afterAll(() => database?.close());

describe('the watch on selection', () => {
  it('counts the period’s referrals by band and flags a provider that rejects the low band', async () => {
    const fair = await getFairness(ctxFor(database.db, keys, world.users.analyst), MARCH, {
      asOf: '2026-06-30',
    });
    const a = fair.selection.rows.filter((r) => r.providerCode === world.organisations.providerA.code);
    expect(a.map((r) => [r.band, r.referred, r.accepted, r.rejected, r.withdrawn, r.earlyEnds])).toEqual([
      ['low', 5, 0, 5, 0, 0],
      ['middle', 2, 0, 0, 1, 0],
      ['high', 5, 5, 0, 0, 1],
    ]);
    // 5 of 5 rejected against 0 of 5: p = 1 / C(10, 5) = 1/252.
    expect(a[0]!.creamingP).toBeCloseTo(1 / 252, 12);
    expect(a.every((r) => r.flagged)).toBe(true);
    expect(fair.selection.unbanded).toBe(1);
    expect(fair.selection).toMatchObject(MARCH);
    // B received no referral: no rows.
    expect(fair.selection.rows.some((r) => r.providerCode === world.organisations.providerB.code)).toBe(
      false,
    );
  });

  it('shows a provider lead only its own rows', async () => {
    const fair = await getFairness(ctxFor(database.db, keys, world.users.providerLead), MARCH, {
      asOf: '2026-06-30',
    });
    expect(new Set(fair.selection.rows.map((r) => r.providerCode))).toEqual(
      new Set([world.organisations.providerA.code]),
    );
  });
});
