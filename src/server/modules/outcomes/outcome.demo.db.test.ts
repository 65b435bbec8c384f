// The demo reproduces seed 003's appendix: every provider's figures in all three tables, the totals
// (with table 3's slip: its rows add up to 22, not the printed 16), and a saved previous report with
// totals 4 %, 11 % and 2 %.
import { seededDemoDatabase } from '../../../../test/support/demo-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutcomeReport, OutcomeResponse } from '../../../shared/outcomes/outcome.schemas.ts';
import { seedDemo } from '../../seed/demo.ts';
import { type TestDatabase } from '../../../../test/support/db.ts';
import { ctxFor, insertUser } from '../../../../test/support/factories.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import {
  PREVIOUS_REPORT_TITLE,
  PREVIOUS_TOTALS,
  SEED_003_REPORT_TITLE,
  SEED_003_PARAMETERS,
  SEED_003_ROWS,
  SEED_003_TOTALS,
} from './outcome.demo-data.ts';
import { seedOutcomesDemo } from './outcome.demo.ts';
import { getOutcomeReport, getOutcomes, listOutcomeReports } from './outcome.service.ts';

let database: TestDatabase;
let keys: Keys;
let report: OutcomeReport;

async function analystCtx() {
  const bif = await database.db
    .selectFrom('organisation')
    .selectAll()
    .where('code', '=', 'bif')
    .executeTakeFirstOrThrow();
  return ctxFor(database.db, keys, await insertUser(database.db, bif, ['analyst']));
}

beforeAll(async () => {
  ({ database, keys } = await seededDemoDatabase());
  report = await getOutcomes(await analystCtx(), SEED_003_PARAMETERS);
});
afterAll(() => database?.close());

describe('the outcomes demo', () => {
  it.each(SEED_003_ROWS)('reproduces seed 003 for $code', (seed) => {
    const exit = report.exit.rows.find((r) => r.providerCode === seed.code)!;
    expect({
      completed: exit.completed,
      jobOrEducation: exit.jobOrEducation,
      partTime: exit.partTime,
      percent: exit.ratePercent,
    }).toEqual(seed.exit);
    expect(exit.pending + exit.notInRegister).toBe(0);
    const placement = report.placement.rows.find((r) => r.providerCode === seed.code)!;
    expect({
      completed: placement.completed,
      placed: placement.placed,
      percent: placement.ratePercent,
    }).toEqual(seed.placement);
    const plan = report.plan.rows.find((r) => r.providerCode === seed.code)!;
    expect({ completed: plan.completed, withPlan: plan.withPlan, percent: plan.ratePercent }).toEqual(
      seed.plan,
    );
  });

  it('shows exactly the five providers of 2017–2020, with the seed totals', () => {
    for (const table of [report.exit, report.placement, report.plan]) {
      expect(table.rows.map((r) => r.providerCode).sort()).toEqual(SEED_003_ROWS.map((r) => r.code).sort());
    }
    expect(report.exit.total).toMatchObject({
      completed: SEED_003_TOTALS.exit.completed,
      jobOrEducation: SEED_003_TOTALS.exit.jobOrEducation,
      partTime: SEED_003_TOTALS.exit.partTime,
      ratePercent: SEED_003_TOTALS.exit.percent,
    });
    expect(report.placement.total).toMatchObject({
      completed: SEED_003_TOTALS.placement.completed,
      placed: SEED_003_TOTALS.placement.placed,
      ratePercent: SEED_003_TOTALS.placement.percent,
    });
    // The seed prints 16 plans of 355 and 6 %; its rows sum to 22, which is the 6 % it prints.
    expect(report.plan.total).toMatchObject({ completed: 355, withPlan: 22, ratePercent: 6 });
    expect(Math.floor((200 * SEED_003_TOTALS.plan.printedWithPlan + 355) / 710)).toBe(5);
  });

  it('notes that table 3’s total is the rows’ 22, not the printed 16, and nothing else (issue 13)', () => {
    expect((report as OutcomeResponse).notes).toEqual([
      { kind: 'printedTotal', table: 'plan', source: SEED_003_REPORT_TITLE, printed: 16, rowsSum: 22 },
    ]);
  });

  it('keeps the periods of the seed', () => {
    expect([report.exit.from, report.exit.to]).toEqual(['2019-03-01', '2019-09-30']);
    expect([report.placement.from, report.placement.to]).toEqual(['2019-06-01', '2020-03-31']);
    expect([report.plan.from, report.plan.to]).toEqual(['2019-05-16', '2020-03-31']);
    expect(report.placement.kinds).toEqual(['internship', 'wage_subsidy']);
  });

  it('has a saved previous report with totals 4 %, 11 % and 2 % that recomputes unchanged', async () => {
    const ctx = await analystCtx();
    const list = await listOutcomeReports(ctx);
    const previous = list.items.find((r) => r.title === PREVIOUS_REPORT_TITLE)!;
    expect(previous.totals).toEqual(PREVIOUS_TOTALS);
    expect(previous.importBatchIds.length).toBeGreaterThan(0);
    const saved = await getOutcomeReport(ctx, previous.id);
    expect(saved.differences.changed).toBe(false);
    // Seed 003's own report is saved after it, so the page opens on its periods.
    expect(list.items[0]!.title).toBe(SEED_003_REPORT_TITLE);
    expect(list.items[0]!.totals).toEqual({ exit: 7, placement: 10, plan: 6 });
    const compared = await getOutcomes(ctx, { ...SEED_003_PARAMETERS, compareTo: previous.id });
    expect(
      [
        compared.comparison!.exit.total,
        compared.comparison!.placement.total,
        compared.comparison!.plan.total,
      ].map((t) => [t.previousRatePercent, t.ratePercent, t.points]),
    ).toEqual([
      [4, 7, 3],
      [11, 10, -1],
      [2, 6, 4],
    ]);
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const count = async () =>
      Promise.all(
        (['course', 'citizen', 'registerPerson', 'outcomeReport', 'placement', 'planStart'] as const).map(
          async (table) =>
            Number(
              (
                await database.db
                  .selectFrom(table)
                  .select((eb) => eb.fn.countAll().as('n'))
                  .executeTakeFirstOrThrow()
              ).n,
            ),
        ),
      );
    const before = await count();
    await seedOutcomesDemo(database.db, keys);
    await seedDemo(database.db, keys, 'test');
    expect(await count()).toEqual(before);
  });
});
