import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { insertAgreementWithPrices, insertTenderWithArea } from './budget.fixtures.ts';
import { DEMO_PROGRAMME, SEED_004_CASE_NUMBER, seedBudgetsDemo } from './budget.demo.ts';
import {
  createBudget,
  createBudgetFrame,
  getBudget,
  getCapacity,
  listBudgetFrames,
  listBudgets,
  replaceBudgetTables,
  updateBudgetFrame,
} from './budget.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
let tender: { tenderId: string; tenderAreaId: string };
let frameId: string;

const kr = (kroner: number) => kroner * 100;
const t = (thousands: number) => thousands * 100_000;
const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({ code });
  if (fields) expect((error as AppError).fields).toMatchObject(fields);
}

async function auditRows(entityType: string, entityId: string) {
  return database.db
    .selectFrom('auditEvent')
    .select(['action', 'actorUsername'])
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('seq')
    .execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const { providerA, providerB } = world.organisations;
  tender = await insertTenderWithArea(database.db, {
    name: 'Lokalt forankret indsats 2020',
    decidedOn: '2020-11-01',
  });
  // Provider A: 2.000 kr. a week, raised to 2.100 kr. from 1 July 2022. Provider B: 1.900 kr.
  await insertAgreementWithPrices(database.db, {
    tenderAreaId: tender.tenderAreaId,
    providerId: providerA.id,
    startsOn: '2021-01-01',
    endsOn: '2023-12-31',
    programme: [
      { validFrom: '2021-01-01', validTo: '2022-06-30', weeklyOre: kr(2_000) },
      { validFrom: '2022-07-01', weeklyOre: kr(2_100) },
    ],
    aftercare: [{ validFrom: '2021-01-01', weeklyOre: kr(600) }],
  });
  await insertAgreementWithPrices(database.db, {
    tenderAreaId: tender.tenderAreaId,
    providerId: providerB.id,
    startsOn: '2021-01-01',
    endsOn: '2023-12-31',
    programme: [{ validFrom: '2021-01-01', weeklyOre: kr(1_900) }],
    aftercare: [{ validFrom: '2021-01-01', weeklyOre: kr(600) }],
  });
  // A draft agreement does not spend the frame.
  await insertAgreementWithPrices(database.db, {
    tenderAreaId: tender.tenderAreaId,
    providerId: providerB.id,
    startsOn: '2021-06-01',
    endsOn: '2023-12-31',
    status: 'draft',
    programme: [{ validFrom: '2021-06-01', weeklyOre: kr(100) }],
  });
  const frame = await createBudgetFrame(ctx('procurement'), {
    programme: 'Lokalt forankret beskæftigelsesindsats (test)',
    year: 2021,
    amountOre: kr(7_000_000),
    tenderId: tender.tenderId,
    expectedCourseWeeks: 26,
  });
  frameId = frame.id;
});
afterAll(() => database?.close());

describe('budget frames', () => {
  it('creates a frame, audits it, and shows what it buys at the agreed prices', async () => {
    const frames = await listBudgetFrames(ctx('analyst'), { year: 2021 });
    const frame = frames.items.find((f) => f.id === frameId)!;
    expect(frame.tender?.name).toBe('Lokalt forankret indsats 2020');
    expect(frame.agreementCount).toBe(2);
    // 3,5 mio. kr. each: 3.500.000 / (26 × 2.000) = 67 and 3.500.000 / (26 × 1.900) = 70.
    expect(frame.capacity.citizensPerYear).toBe(67 + 70);
    expect(frames.tenders.map((t) => t.id)).toContain(tender.tenderId);
    expect(await auditRows('budget_frame', frameId)).toEqual([
      { action: 'create', actorUsername: world.users.procurement.username },
    ]);
  });

  it('refuses a second frame for the same programme and year, on the programme field', async () => {
    await expectAppError(
      createBudgetFrame(ctx('procurement'), {
        programme: 'Lokalt forankret beskæftigelsesindsats (test)',
        year: 2021,
        amountOre: 1,
      }),
      'CONFLICT',
      { programme: 'budget.frame_exists' },
    );
  });

  it('refuses a tender area of another tender, and an unknown tender', async () => {
    const other = await insertTenderWithArea(database.db);
    await expectAppError(
      createBudgetFrame(ctx('procurement'), {
        programme: 'Mismatch',
        year: 2022,
        amountOre: 1,
        tenderId: tender.tenderId,
        tenderAreaId: other.tenderAreaId,
      }),
      'VALIDATION_FAILED',
      { tenderAreaId: 'budget.tender_area_mismatch' },
    );
    await expectAppError(
      createBudgetFrame(ctx('procurement'), {
        programme: 'Unknown',
        year: 2022,
        amountOre: 1,
        tenderId: '00000000-0000-4000-8000-000000000000',
      }),
      'VALIDATION_FAILED',
      { tenderId: 'budget.tender_unknown' },
    );
  });

  it('changes a frame, takes the tender from an area given alone, and audits the change', async () => {
    const created = await createBudgetFrame(ctx('admin'), {
      programme: 'Ændres',
      year: 2023,
      amountOre: kr(100),
    });
    const updated = await updateBudgetFrame(ctx('admin'), created.id, {
      amountOre: kr(5_000_000),
      tenderAreaId: tender.tenderAreaId,
    });
    expect(updated.amountOre).toBe(kr(5_000_000));
    expect(updated.tender?.id).toBe(tender.tenderId);
    expect(updated.tenderArea?.id).toBe(tender.tenderAreaId);
    expect((await auditRows('budget_frame', created.id)).map((r) => r.action)).toEqual(['create', 'update']);
    await expectAppError(
      updateBudgetFrame(ctx('admin'), frameId, { year: 2023, programme: 'Ændres' }),
      'CONFLICT',
    );
  });
});

describe('capacity', () => {
  it('splits the frame equally over the agreements of the tender and computes each at its price', async () => {
    const view = await getCapacity(ctx('caseworker'), { frameId });
    expect(view.frame?.amountOre).toBe(kr(7_000_000));
    expect(
      view.rows.map((r) => [r.providerId, r.shareOre, r.programmeWeeklyOre, r.capacity?.citizensPerYear]),
    ).toEqual(
      expect.arrayContaining([
        [world.organisations.providerA.id, kr(3_500_000), kr(2_000), 67],
        [world.organisations.providerB.id, kr(3_500_000), kr(1_900), 70],
      ]),
    );
    expect(view.total.citizensPerYear).toBe(137);
    expect(view.total.shareOre).toBe(kr(7_000_000));
  });

  it('uses the day-weighted price when the price changes during the year', async () => {
    const frame = await createBudgetFrame(ctx('procurement'), {
      programme: 'Prisændring',
      year: 2022,
      amountOre: kr(5_000_000),
      tenderAreaId: tender.tenderAreaId,
      expectedCourseWeeks: 26,
      expectedAftercareWeeks: 13,
    });
    const view = await getCapacity(ctx('procurement'), { frameId: frame.id });
    const rowA = view.rows.find((r) => r.providerId === world.organisations.providerA.id)!;
    expect(rowA.programmeWeeklyOre).toBe(Math.round((181 * kr(2_000) + 184 * kr(2_100)) / 365));
    expect(rowA.aftercareWeeklyOre).toBe(kr(600));
    expect(rowA.capacity?.costPerCitizenOre).toBe(26 * rowA.programmeWeeklyOre! + 13 * kr(600));
  });

  it('shows that a higher price buys fewer citizens, per row and in total (seed 003)', async () => {
    const byPrice = await getCapacity(ctx('analyst'), { frameId, programmePriceOre: kr(2_500) });
    expect(byPrice.whatIf?.total.citizensPerYear).toBe(2 * Math.floor(3_500_000 / (26 * 2_500)));
    expect(byPrice.whatIf?.difference.citizensPerYear).toBeLessThan(0);
    const byPercent = await getCapacity(ctx('analyst'), { frameId, programmePricePercent: 10 });
    const rowB = byPercent.rows.find((r) => r.providerId === world.organisations.providerB.id)!;
    expect(rowB.whatIf?.programmeWeeklyOre).toBe(kr(2_090));
    expect(rowB.whatIf?.difference.citizensPerYear).toBe(Math.floor(3_500_000 / (26 * 2_090)) - 70);
  });

  it("shows a provider user only their own provider's rows, and not the whole frame", async () => {
    const view = await getCapacity(ctx('providerStaff'), { frameId });
    expect(view.isOwnProviderOnly).toBe(true);
    expect(view.rows.map((r) => r.providerId)).toEqual([world.organisations.providerA.id]);
    // The share is still half the frame: the split counts every provider.
    expect(view.total.shareOre).toBe(kr(3_500_000));
    expect(view.frame?.amountOre).toBeNull();
  });

  it("answers NOT_FOUND when a provider user asks for another provider's capacity", async () => {
    await expectAppError(
      getCapacity(ctx('providerLead'), { frameId, providerId: world.organisations.providerB.id }),
      'NOT_FOUND',
    );
    const filtered = await getCapacity(ctx('caseworker'), {
      frameId,
      providerId: world.organisations.providerB.id,
    });
    expect(filtered.rows.map((r) => r.providerId)).toEqual([world.organisations.providerB.id]);
  });

  it('chooses the frame of the year asked for, and answers an empty view for a year without one', async () => {
    const view = await getCapacity(ctx('procurement'), { year: 2021 });
    expect(view.frame?.year).toBe(2021);
    const none = await getCapacity(ctx('procurement'), { year: 2040 });
    expect(none).toMatchObject({ year: 2040, frame: null, rows: [] });
    await expectAppError(
      getCapacity(ctx('procurement'), { frameId: '00000000-0000-4000-8000-000000000000' }),
      'NOT_FOUND',
    );
  });
});

describe('budget notes', () => {
  it("reproduces seed 004's Tabel 1 and Tabel 2 from the demo data, and they reconcile", async () => {
    await seedBudgetsDemo(database.db);
    await seedBudgetsDemo(database.db);
    const list = await listBudgets(ctx('analyst'));
    const summaries = list.items.filter((b) => b.caseNumber === SEED_004_CASE_NUMBER);
    expect(summaries).toHaveLength(1);
    const note = await getBudget(ctx('analyst'), summaries[0]!.id);
    expect(note.priceLevelYear).toBe(2019);
    expect(note.years).toEqual([2019, 2020, 2021]);
    const table1 = note.activities.map((a) => [
      a.activity,
      ...a.amounts.map((m) => m.netOre / t(1)),
      a.totalOre / t(1),
    ]);
    expect(table1).toEqual([
      ['Fremskudt beskæftigelsesindsats/3 virksomhedskonsulenter', 1_200, 1_700, 1_700, 4_600],
      ['Misbrugsbehandling', 600, 600, 600, 1_800],
      ['Husleje', 100, 100, 100, 300],
    ]);
    expect(note.activities[0]!.amounts[0]).toMatchObject({ grossOre: t(1_700), cofinancingOre: t(500) });
    expect(note.activityTotals.byYear.map((y) => y.computedOre / t(1))).toEqual([1_900, 2_400, 2_400]);
    expect(note.activityTotals.computedOre).toBe(t(6_700));
    const table2 = note.appropriations.map((a) => [
      a.steeringArea,
      a.committee,
      a.appropriationNumber,
      a.direction,
      ...a.amounts.map((m) => m.amountOre / t(1)),
      a.totalOre / t(1),
    ]);
    expect(table2).toEqual([
      ['Service', 'BIU', '35.10', 'U', 1_300, 1_800, 1_800, 4_900],
      ['Service', 'SUD', '32.10', 'U', 600, 600, 600, 1_800],
    ]);
    expect(note.appropriationTotals.statedOre).toBe(t(6_700));
    expect(note.reconciliation).toEqual({ isReconciled: true, differences: [] });
    const frames = await listBudgetFrames(ctx('analyst'), {});
    expect(
      frames.items.filter((f) => f.programme === DEMO_PROGRAMME).map((f) => [f.year, f.amountOre]),
    ).toEqual([
      [2027, kr(5_000_000)],
      [2026, kr(5_000_000)],
      [2025, kr(5_000_000)],
      [2023, kr(5_000_000)],
      [2022, kr(5_000_000)],
      [2021, kr(7_000_000)],
    ]);
  });

  it('shows a changed amount as differences at once, and audits the change', async () => {
    const note = await createBudget(ctx('procurement'), {
      title: 'Testnotat',
      caseNumber: null,
      priceLevelYear: 2024,
      firstYear: 2024,
      lastYear: 2025,
    });
    const tables = {
      activities: [
        {
          activity: 'Mentorer',
          steeringArea: 'Service',
          amounts: [
            { year: 2024, grossOre: t(1_000), cofinancingOre: t(200), cofinancingSource: 'Fonden' },
            { year: 2025, grossOre: t(1_000), cofinancingOre: 0, cofinancingSource: null },
          ],
          statedTotalOre: t(1_800),
        },
      ],
      activityTotals: { byYear: [{ year: 2024, amountOre: t(800) }], totalOre: t(1_800) },
      appropriations: [
        {
          steeringArea: 'Service',
          committee: 'BIU',
          appropriationNumber: '35.10',
          direction: 'U' as const,
          amounts: [
            { year: 2024, amountOre: t(800) },
            { year: 2025, amountOre: t(1_000) },
          ],
          statedTotalOre: t(1_800),
        },
      ],
      appropriationTotals: { byYear: [], totalOre: t(1_800) },
    };
    const saved = await replaceBudgetTables(ctx('procurement'), note.id, tables);
    expect(saved.reconciliation.isReconciled).toBe(true);

    tables.appropriations[0]!.amounts[1]!.amountOre = t(1_100);
    const changed = await replaceBudgetTables(ctx('procurement'), note.id, tables);
    expect(changed.reconciliation.differences).toEqual([
      expect.objectContaining({
        kind: 'row_total',
        table: 'appropriations',
        rowPosition: 1,
        differenceOre: t(100),
      }),
      expect.objectContaining({ kind: 'grand_total', table: 'appropriations', differenceOre: t(100) }),
      expect.objectContaining({ kind: 'between_tables', year: 2025, differenceOre: -t(100) }),
      expect.objectContaining({ kind: 'between_tables', year: null, differenceOre: -t(100) }),
    ]);
    expect((await auditRows('budget', note.id)).map((r) => r.action)).toEqual(['create', 'update', 'update']);
  });

  it('refuses co-financing above the gross amount and a year outside the note, on those fields', async () => {
    const note = await createBudget(ctx('admin'), {
      title: 'Fejl',
      priceLevelYear: 2024,
      firstYear: 2024,
      lastYear: 2024,
    });
    await expectAppError(
      replaceBudgetTables(ctx('admin'), note.id, {
        activities: [
          {
            activity: 'X',
            steeringArea: 'Service',
            amounts: [
              { year: 2024, grossOre: 100, cofinancingOre: 200, cofinancingSource: null },
              { year: 2030, grossOre: 100, cofinancingOre: 0, cofinancingSource: null },
            ],
            statedTotalOre: null,
          },
        ],
        activityTotals: { byYear: [], totalOre: null },
        appropriations: [],
        appropriationTotals: { byYear: [], totalOre: null },
      }),
      'VALIDATION_FAILED',
      {
        'activities.0.amounts.0.cofinancingOre': 'budget.cofinancing_exceeds_gross',
        'activities.0.amounts.1.year': 'budget.year_outside',
      },
    );
    await expectAppError(getBudget(ctx('admin'), '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
  });
});
