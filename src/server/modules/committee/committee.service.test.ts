// The committee's reports against a real database: the schedule's next due report as the owner's task, a
// pack made from saved reports with the budget status frozen, the pack and its decision locked by the
// database, and the Word file made again with the same bytes after the saved report has changed.
import { strFromU8, unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { AppError } from '../../../shared/errors.ts';
import { resolveParameters, saveOutcomeReport } from '../outcomes/outcome.service.ts';
import {
  createPack,
  createScheduleLine,
  getCommitteeOverview,
  getPack,
  listCommitteeTasks,
  recordDecision,
  renderPackFile,
  updateScheduleLine,
} from './committee.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
let previousId: string;
let currentId: string;
const TODAY = '2026-04-10';

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const save = async (title: string, from: string, to: string) =>
    (
      await saveOutcomeReport(database.db, {
        title,
        parameters: resolveParameters({ from, to }),
        createdBy: world.users.analyst.username,
      })
    ).id;
  previousId = await save('Resultater 2. halvår 2025', '2025-07-01', '2025-12-31');
  currentId = await save('Resultater 1. halvår 2026', '2026-01-01', '2026-03-31');
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const options = { today: TODAY };

const packInput = (scheduleIds: string[]) => ({
  title: 'Resultater og budgetstatus',
  caseNumber: '2026-0000042',
  meetingOn: '2026-04-20',
  reportId: currentId,
  previousReportId: previousId,
  budgetYear: 2026,
  summary: 'Udvalget orienteres om resultaterne.',
  recommendation: 'At udvalget tager orienteringen til efterretning.',
  presentation: 'Syntetisk sagsfremstilling.',
  scheduleIds,
});

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the report schedule and the next due report', () => {
  it("shows a line's next due report as its owner's task, and moves on once a pack delivers it", async () => {
    const results = await createScheduleLine(
      ctx('analyst'),
      {
        title: 'Resultater',
        kind: 'results',
        cadence: 'half_yearly',
        firstDueOn: '2026-03-31',
        contents: 'De tre resultattabeller med sammenligning.',
        ownerId: world.users.analyst.userId,
      },
      options,
    );
    expect(results).toMatchObject({
      nextDueOn: '2026-03-31',
      overdue: true,
      owner: { id: world.users.analyst.userId },
    });
    const budget = await createScheduleLine(
      ctx('admin'),
      {
        title: 'Budgetstatus',
        kind: 'budget_status',
        cadence: 'quarterly',
        firstDueOn: '2026-06-30',
        contents: 'Ramme, godkendt, faktureret og prognose.',
        ownerId: world.users.analyst.userId,
      },
      options,
    );
    const tasks = await listCommitteeTasks(ctx('analyst'), options);
    expect(tasks.items).toEqual([
      { scheduleId: results.id, title: 'Resultater', kind: 'results', dueOn: '2026-03-31', overdue: true },
      {
        scheduleId: budget.id,
        title: 'Budgetstatus',
        kind: 'budget_status',
        dueOn: '2026-06-30',
        overdue: false,
      },
    ]);
    expect((await listCommitteeTasks(ctx('admin'), options)).items).toEqual([]);

    const { id } = await createPack(ctx('analyst'), packInput([results.id]), options);
    const after = await listCommitteeTasks(ctx('analyst'), options);
    expect(after.items.map((t) => [t.title, t.dueOn])).toEqual([
      ['Budgetstatus', '2026-06-30'],
      ['Resultater', '2026-09-30'],
    ]);
    const overview = await getCommitteeOverview(ctx('procurement'), options);
    expect(overview.canManage).toBe(false);
    expect(overview.packs.map((p) => p.id)).toEqual([id]);
    expect(overview.reports).toEqual([]);

    const ended = await updateScheduleLine(ctx('analyst'), budget.id, { isActive: false }, options);
    expect(ended).toMatchObject({ isActive: false, nextDueOn: null });
  });

  it('refuses an owner who cannot make packs, and listed dates without a date', async () => {
    const base = {
      title: 'Andet',
      kind: 'other' as const,
      cadence: 'quarterly' as const,
      firstDueOn: '2026-06-30',
      contents: 'Noget andet.',
    };
    const wrongOwner = await refusal(
      createScheduleLine(ctx('analyst'), { ...base, ownerId: world.users.caseworker.userId }, options),
    );
    expect(wrongOwner.fields).toEqual({ ownerId: 'committee.owner' });
    const line = await createScheduleLine(
      ctx('analyst'),
      { ...base, ownerId: world.users.admin.userId },
      options,
    );
    const noDates = await refusal(updateScheduleLine(ctx('analyst'), line.id, { cadence: 'dates' }, options));
    expect(noDates.fields).toEqual({ dueDates: 'committee.due_dates' });
  });
});

describe('committee packs', () => {
  it('keeps the saved reports and the budget status as they were, and compares with the previous report', async () => {
    const { id } = await createPack(ctx('analyst'), packInput([]), options);
    const pack = await getPack(ctx('procurement'), id);
    expect(pack).toMatchObject({
      reportId: currentId,
      reportTitle: 'Resultater 1. halvår 2026',
      previousReportTitle: 'Resultater 2. halvår 2025',
      budgetYear: 2026,
      budgetStatus: { year: 2026, asOf: TODAY },
      decision: null,
    });
    expect(pack.keyFigures.map((f) => f.table)).toEqual(['exit', 'placement', 'plan']);

    const first = await renderPackFile(ctx('procurement'), id, 'docx');
    expect(first.filename).toBe('udvalgspakke-2026-04-20-Resultater-og-budgetstatus.docx');
    // The saved report changes afterwards: the pack does not.
    await database.db
      .updateTable('outcomeReport')
      .set({ title: 'Omdøbt rapport' })
      .where('id', '=', currentId)
      .execute();
    const again = await renderPackFile(ctx('analyst'), id, 'docx');
    expect(again.body.equals(first.body)).toBe(true);
    const xml = strFromU8(unzipSync(again.body)['word/document.xml']!);
    expect(xml).toContain('Resultater og budgetstatus');
    expect(xml).toContain('Resultater 1. halvår 2026');
    expect(xml).not.toContain('Omdøbt rapport');
    await database.db
      .updateTable('outcomeReport')
      .set({ title: 'Resultater 1. halvår 2026' })
      .where('id', '=', currentId)
      .execute();
    const pdf = await renderPackFile(ctx('analyst'), id, 'pdf');
    expect(pdf.contentType).toBe('application/pdf');
  });

  it('refuses an unknown saved report and an unknown schedule line as field errors', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const report = await refusal(
      createPack(ctx('analyst'), { ...packInput([]), reportId: unknown }, options),
    );
    expect(report.fields).toEqual({ reportId: 'committee.report' });
    const line = await refusal(createPack(ctx('analyst'), packInput([unknown]), options));
    expect(line.fields).toEqual({ scheduleIds: 'committee.schedule_unknown' });
  });

  it('records the decision once (the same again changes nothing); the database refuses to change a pack or its decision', async () => {
    const { id } = await createPack(ctx('admin'), packInput([]), options);
    const decided = await recordDecision(ctx('admin'), id, {
      decidedOn: '2026-04-20',
      decision: 'Syntetisk beslutning: orienteringen blev taget til efterretning.',
    });
    expect(decided.decision).toMatchObject({ decidedOn: '2026-04-20' });
    const same = await recordDecision(ctx('analyst'), id, {
      decidedOn: '2026-04-20',
      decision: 'Syntetisk beslutning: orienteringen blev taget til efterretning.',
    });
    expect(same.decision).toEqual(decided.decision);
    const second = await refusal(
      recordDecision(ctx('analyst'), id, { decidedOn: '2026-04-21', decision: 'Ny' }),
    );
    expect(second.code).toBe('INVALID_STATE');

    const attempts = [
      sql`UPDATE committee_pack SET summary = 'Ændret' WHERE id = ${id}`,
      sql`UPDATE committee_pack SET budget_status = '{}'::jsonb WHERE id = ${id}`,
      sql`DELETE FROM committee_pack WHERE id = ${id}`,
      sql`UPDATE committee_pack_decision SET decision = 'Ændret' WHERE pack_id = ${id}`,
      sql`DELETE FROM committee_pack_decision WHERE pack_id = ${id}`,
      sql`TRUNCATE committee_pack_decision`,
    ];
    for (const statement of attempts) {
      await expect(statement.execute(database.db)).rejects.toThrow(/frozen once created/);
    }
    expect((await getPack(ctx('analyst'), id)).summary).toBe('Udvalget orienteres om resultaterne.');
  });
});
