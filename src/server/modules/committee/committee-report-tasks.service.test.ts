// The committee's next due report as a task of its owner's task list (/api/tasks, issue 14), besides the
// start page: due on the report's due date, overdue after it, gone for a line that is no longer active,
// and in no one else's list. And the pack form's reports with their totals, for the standard text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInCopenhagen as today } from '../../../shared/dates.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { listTasks } from '../talks/talk.service.ts';
import { resolveParameters, saveOutcomeReport } from '../outcomes/outcome.service.ts';
import { createScheduleLine, getCommitteeOverview, updateScheduleLine } from './committee.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const committeeTasks = async (who: keyof typeof world.users) =>
  (await listTasks(ctx(who))).items.filter((t) => t.kind === 'committee_report');

describe("the committee's next due report in the task list", () => {
  it("is its owner's task, dated and marked overdue as on the start page", async () => {
    const line = await createScheduleLine(ctx('admin'), {
      title: 'Budgetstatus til udvalget',
      kind: 'budget_status',
      cadence: 'quarterly',
      firstDueOn: addDays(today(), -2),
      contents: 'Ramme, godkendt, faktureret og prognose.',
      ownerId: world.users.analyst.userId,
    });
    expect(await committeeTasks('analyst')).toEqual([
      {
        key: `committee_report:${line.id}`,
        kind: 'committee_report',
        dueOn: addDays(today(), -2),
        overdue: true,
        courseId: null,
        referralId: null,
        citizenName: '',
        detail: null,
        companyName: null,
        reportTitle: 'Budgetstatus til udvalget',
      },
    ]);
    expect(await committeeTasks('admin')).toEqual([]);
    expect(await committeeTasks('caseworker')).toEqual([]);

    await updateScheduleLine(ctx('admin'), line.id, { isActive: false });
    expect(await committeeTasks('analyst')).toEqual([]);
  });
});

describe('the saved reports a pack can be made from', () => {
  it("carry each table's total, from which the form makes the case presentation's standard text", async () => {
    const saved = await saveOutcomeReport(database.db, {
      title: 'Resultater (test)',
      parameters: resolveParameters({ from: '2026-01-01', to: '2026-03-31' }),
      createdBy: world.users.analyst.username,
    });
    const overview = await getCommitteeOverview(ctx('analyst'));
    expect(overview.reports.find((r) => r.id === saved.id)).toMatchObject({
      title: 'Resultater (test)',
      // No courses: no rate in any table.
      totals: { exit: null, placement: null, plan: null },
    });
  });
});
