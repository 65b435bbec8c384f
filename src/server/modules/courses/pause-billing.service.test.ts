// Price indexation and pauses in billing (issue 14), against the database: who may record them, that the
// billing page, the monthly basis, the budget figures and the fair comparison's billed amounts all use the
// indexed prices and leave out excluded pause weeks, and that an approved basis does not change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import { addIndexation, getPaymentTerms, setPauseExclusions } from '../agreements/agreement.service.ts';
import { acceptBasis, approveBasis, prepareBasis } from '../payments/payment.service.ts';
import { billedOreByCourse } from './billed-amounts.service.ts';
import { billPeriodTotals, getBilling } from './billing.service.ts';
import { FIXTURE_PROGRAMME_ORE, insertCourse, insertCourseAgreement } from './course.fixtures.ts';
import { listPauses, recordPause } from './pause.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
let agreementId: string;
let courseId: string;
let otherCourseId: string;
const TODAY = '2026-06-15';
const AS_OF = '2026-06-30';
// 2.000 kr. indexed by 2,5 %: 2.050 kr. a week.
const INDEXED_ORE = 205_000;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const { providerA, providerB, jobCentre } = world.organisations;
  ({ agreementId } = await insertCourseAgreement(database.db, providerA.id));
  const citizen = await insertCitizen(database.db, keys, {
    jobCentreId: jobCentre.id,
    providerIds: [providerA.id],
    name: 'Pause Testesen',
  });
  // Programme Monday 5 January – Sunday 29 March 2026: 12 weeks (4 in January, 4 in February, 4 in March).
  courseId = await insertCourse(database.db, {
    citizenId: citizen.id,
    providerId: providerA.id,
    agreementId,
    caseworkerIds: [world.users.caseworker.userId],
    startsOn: '2026-01-05',
    endsOn: '2026-03-29',
    endReason: 'job',
  });
  const other = await insertCitizen(database.db, keys, {
    jobCentreId: jobCentre.id,
    providerIds: [providerB.id],
  });
  otherCourseId = await insertCourse(database.db, {
    citizenId: other.id,
    providerId: providerB.id,
    startsOn: '2026-01-05',
  });
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);

async function expectError(promise: Promise<unknown>, code: string, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (field) expect(Object.keys((error as AppError).fields ?? {})).toContain(field);
}

async function billing(month: string, who: keyof typeof world.users = 'procurement') {
  return getBilling(
    ctx(who),
    { from: month, to: month, providerId: world.organisations.providerA.id },
    { asOf: AS_OF },
  );
}

async function basisLinesOre(basisId: string) {
  const rows = await database.db
    .selectFrom('billingBasisLine')
    .select('amountOre')
    .where('basisId', '=', basisId)
    .execute();
  return rows.reduce((sum, r) => sum + Number(r.amountOre), 0);
}

describe('pauses and indexation in billing', () => {
  let januaryBasisId: string;

  it('bills every week at the agreed price before anything is recorded, and approves January', async () => {
    const january = await billing('2026-01');
    expect(january.total.programme.weeks).toBe(4);
    expect(january.total.totalOre).toBe(4 * FIXTURE_PROGRAMME_ORE);
    expect(january.leftOut).toEqual([]);
    const basis = await prepareBasis(
      ctx('procurement'),
      { providerId: world.organisations.providerA.id, month: '2026-01' },
      { today: TODAY },
    );
    await acceptBasis(ctx('providerLead'), basis.id);
    const approved = await approveBasis(ctx('admin'), basis.id);
    expect(approved.totalOre).toBe(4 * FIXTURE_PROGRAMME_ORE);
    januaryBasisId = basis.id;
  });

  it('lets the caseworker and the provider’s staff record pauses, and no one else’s provider', async () => {
    // Illness Monday 12 – Sunday 25 January: two whole weeks of January.
    await recordPause(ctx('caseworker'), courseId, {
      kind: 'illness',
      fromDate: '2026-01-12',
      toDate: '2026-01-25',
      note: 'Ringede selv',
    });
    // Hospital stay Monday 23 February – Thursday 5 March: the week of 23 Feb whole, 2 March only 4 days.
    const after = await recordPause(ctx('providerStaff'), courseId, {
      kind: 'hospital_stay',
      fromDate: '2026-02-23',
      toDate: '2026-03-05',
    });
    expect(after.pauses.map((p) => [p.kind, p.fromDate, p.toDate])).toEqual([
      ['illness', '2026-01-12', '2026-01-25'],
      ['hospital_stay', '2026-02-23', '2026-03-05'],
    ]);
    expect(after.pauses[0]!.recordedByName).toBe(world.users.caseworker.displayName);
    expect(after.canRecord).toBe(true);
    expect(after.excludedKinds).toEqual([]);
    await expectError(
      recordPause(ctx('providerStaff'), otherCourseId, {
        kind: 'other',
        fromDate: '2026-02-02',
        toDate: '2026-02-03',
      }),
      'NOT_FOUND',
    );
    await expectError(listPauses(ctx('procurement'), courseId), 'NOT_FOUND');
  });

  it('refuses a pause outside the course or over another one', async () => {
    await expectError(
      recordPause(ctx('caseworker'), courseId, {
        kind: 'other',
        fromDate: '2026-01-01',
        toDate: '2026-01-06',
      }),
      'VALIDATION_FAILED',
      'fromDate',
    );
    await expectError(
      recordPause(ctx('caseworker'), courseId, {
        kind: 'other',
        fromDate: '2026-03-20',
        toDate: '2026-04-02',
      }),
      'VALIDATION_FAILED',
      'toDate',
    );
    await expectError(
      recordPause(ctx('caseworker'), courseId, {
        kind: 'other',
        fromDate: '2026-01-25',
        toDate: '2026-01-27',
      }),
      'CONFLICT',
      'fromDate',
    );
  });

  it('still bills pause weeks while the agreement excludes no pause (the default)', async () => {
    expect((await billing('2026-01')).total.totalOre).toBe(4 * FIXTURE_PROGRAMME_ORE);
  });

  it('lets procurement index the prices and exclude illness and hospital stays, keeping the agreed prices', async () => {
    const indexed = await addIndexation(ctx('procurement'), agreementId, {
      effectiveFrom: '2026-02-01',
      percent: 2.5,
      reason: 'Nettoprisindeks 2025',
    });
    expect(indexed.indexations.map((i) => [i.effectiveFrom, i.basisPoints, i.reason])).toEqual([
      ['2026-02-01', 250, 'Nettoprisindeks 2025'],
    ]);
    const programme = indexed.priceHistory.filter((s) => s.priceKind === 'programme');
    expect(programme.map((s) => [s.validFrom, s.validTo, s.weeklyOre])).toEqual([
      ['2024-01-01', '2026-01-31', FIXTURE_PROGRAMME_ORE],
      ['2026-02-01', null, INDEXED_ORE],
    ]);
    const prices = await database.db
      .selectFrom('agreementPrice')
      .select('weeklyOre')
      .where('agreementId', '=', agreementId)
      .where('priceKind', '=', 'programme')
      .execute();
    expect(prices.map((p) => Number(p.weeklyOre))).toEqual([FIXTURE_PROGRAMME_ORE]);
    const terms = await setPauseExclusions(ctx('admin'), agreementId, {
      kinds: ['hospital_stay', 'illness'],
    });
    expect(terms.excludedPauseKinds).toEqual(['illness', 'hospital_stay']);
    expect((await listPauses(ctx('caseworker'), courseId)).excludedKinds).toEqual([
      'illness',
      'hospital_stay',
    ]);
  });

  it('refuses a second indexation in a year or one outside the agreement', async () => {
    await expectError(
      addIndexation(ctx('procurement'), agreementId, {
        effectiveFrom: '2026-07-01',
        percent: 1,
        reason: 'x',
      }),
      'VALIDATION_FAILED',
      'effectiveFrom',
    );
    await expectError(
      addIndexation(ctx('procurement'), agreementId, {
        effectiveFrom: '2028-01-01',
        percent: 1,
        reason: 'x',
      }),
      'VALIDATION_FAILED',
      'effectiveFrom',
    );
  });

  it('shows the payment terms to the agreement’s own provider only', async () => {
    expect((await getPaymentTerms(ctx('providerLead'), agreementId)).canManage).toBe(false);
    const other = await insertCourseAgreement(database.db, world.organisations.providerB.id);
    await expectError(getPaymentTerms(ctx('providerLead'), other.agreementId), 'NOT_FOUND');
  });

  it('bills the indexed price and leaves out the excluded pause weeks, with their reason', async () => {
    const january = await billing('2026-01');
    expect(january.total.programme.weeks).toBe(2);
    expect(january.total.totalOre).toBe(2 * FIXTURE_PROGRAMME_ORE);
    expect(january.leftOut).toEqual([
      expect.objectContaining({
        month: '2026-01',
        kind: 'programme',
        pauseKind: 'illness',
        weeks: 2,
        firstWeekStartsOn: '2026-01-12',
        courseId: null,
        citizenName: null,
      }),
    ]);
    const february = await billing('2026-02');
    expect(february.total.programme.weeks).toBe(3);
    expect(february.total.totalOre).toBe(3 * INDEXED_ORE);
    expect(february.rows[0]!.programme.prices).toEqual([
      { weeklyOre: INDEXED_ORE, weeks: 3, baseWeeklyOre: FIXTURE_PROGRAMME_ORE },
    ]);
    // 2–5 March paused, 6–8 March not: the week is billed in full.
    expect((await billing('2026-03')).total.programme.weeks).toBe(4);
    const own = await billing('2026-02', 'providerLead');
    expect(own.leftOut).toEqual([
      expect.objectContaining({
        pauseKind: 'hospital_stay',
        weeks: 1,
        courseId,
        citizenName: 'Pause Testesen',
      }),
    ]);
  });

  it('gives the basis, the budget figures and the fair comparison’s amounts the same', async () => {
    const expected = 2 * FIXTURE_PROGRAMME_ORE + 3 * INDEXED_ORE + 4 * INDEXED_ORE;
    const february = await prepareBasis(
      ctx('procurement'),
      { providerId: world.organisations.providerA.id, month: '2026-02' },
      { today: TODAY },
    );
    expect(february.totalOre).toBe(3 * INDEXED_ORE);
    await database.db.transaction().execute(async (tx) => {
      const totals = await billPeriodTotals(tx, { from: '2026-01', to: '2026-03', asOf: AS_OF });
      const providerA = totals.filter((t) => t.providerId === world.organisations.providerA.id);
      expect(providerA.reduce((sum, t) => sum + t.totalOre, 0)).toBe(expected);
      expect((await billedOreByCourse(tx, [courseId], AS_OF)).get(courseId)).toBe(expected);
    });
  });

  it('leaves an approved basis as it was: the difference is for a correction line', async () => {
    expect(await basisLinesOre(januaryBasisId)).toBe(4 * FIXTURE_PROGRAMME_ORE);
    await expectError(
      prepareBasis(
        ctx('procurement'),
        { providerId: world.organisations.providerA.id, month: '2026-01' },
        { today: TODAY },
      ),
      'INVALID_STATE',
    );
  });

  it('audits the pauses and the indexation', async () => {
    const rows = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'entityType'])
      .where('entityType', 'in', ['course_pause', 'agreement_price_indexation', 'agreement_pause_exclusion'])
      .execute();
    const seen = new Set(rows.map((r) => `${r.action} ${r.entityType}`));
    expect([...seen].sort()).toEqual([
      'create agreement_price_indexation',
      'create course_pause',
      'read course_pause',
      'update agreement_pause_exclusion',
    ]);
  });
});
