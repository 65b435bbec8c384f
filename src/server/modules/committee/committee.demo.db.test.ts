// The demo's committee reports (issue 14): the analyst's schedule (results twice a year, budget status
// quarterly) and one pack from the demo's two saved reports, delivered, so the analyst's next due reports
// lie ahead; no decision is invented; loading the demo twice adds nothing.
import type { Keys } from '../../platform/crypto/keys.ts';
import { seededDemoDatabase } from '../../../../test/support/demo-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase } from '../../../../test/support/db.ts';
import { ctxFor } from '../../../../test/support/factories.ts';
import { addMonthsClamped, todayInCopenhagen } from '../../../shared/dates.ts';
import { SEED_003_REPORT_TITLE } from '../outcomes/outcome.demo-data.ts';
import { seedCommitteeDemo } from './committee.demo.ts';
import { SYNTHETIC_PACK_TITLE } from './committee.demo-synthetic.ts';
import { getPack, listCommitteeTasks } from './committee.service.ts';

let database: TestDatabase;
let keys: Keys;

beforeAll(async () => {
  ({ database, keys } = await seededDemoDatabase());
});
afterAll(() => database?.close());

describe('demo committee reports', () => {
  it("has the analyst's schedule and seed 003's undecided pack, and is not added twice", async () => {
    const analyst = await database.db
      .selectFrom('appUser')
      .innerJoin('organisation', 'organisation.id', 'appUser.organisationId')
      .select([
        'appUser.id as userId',
        'appUser.username',
        'appUser.displayName',
        'appUser.roles',
        'organisation.id as organisationId',
        'organisation.kind as organisationKind',
        'organisation.name as organisationName',
      ])
      .where('username', '=', 'analytiker')
      .executeTakeFirstOrThrow();
    const ctx = ctxFor(database.db, keys, { ...analyst, roles: ['analyst'] });
    const tasks = await listCommitteeTasks(ctx);
    expect(tasks.items.map((t) => [t.kind, t.overdue])).toEqual([
      ['budget_status', false],
      ['results', false],
    ]);
    const today = todayInCopenhagen();
    expect(tasks.items[1]!.dueOn > addMonthsClamped(today, 3)).toBe(true);

    // Seed 003's pack, and the synthetic provider's (seed/demo-year.db.test.ts follows that one).
    const packs = await database.db.selectFrom('committeePack').select(['id', 'title']).execute();
    expect(packs.length).toBe(2);
    const seed003 = packs.find((p) => p.title !== SYNTHETIC_PACK_TITLE)!;
    const pack = await getPack(ctx, seed003.id);
    expect(pack.reportTitle).toBe(SEED_003_REPORT_TITLE);
    expect(pack.previousReportTitle).not.toBeNull();
    expect(pack.decision).toBeNull();
    // Seed 003's comparison of the totals: 4 % → 7 %, 11 % → 10 %, 2 % → 6 %.
    expect(pack.keyFigures.map((f) => [f.previousRatePercent, f.ratePercent])).toEqual([
      [4, 7],
      [11, 10],
      [2, 6],
    ]);

    await seedCommitteeDemo(database.db, keys);
    expect((await database.db.selectFrom('committeePack').select('id').execute()).length).toBe(2);
    expect((await database.db.selectFrom('committeeReportSchedule').select('id').execute()).length).toBe(2);
  });
});
