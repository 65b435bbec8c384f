// The data's lifecycle from the command line (issue 11): an operator sets a retention period with a
// reason, sees what is due, runs the deletion, reads the deletion log, and `audit verify` still passes.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliWorld, type CliWorld } from '../support/cli.ts';
import { buildWorld, insertCitizen } from '../support/factories.ts';

let world: CliWorld;

beforeAll(async () => {
  world = await createCliWorld('indsats-retention-');
  expect((await world.cli(['migrate'])).code).toBe(0);
});
afterAll(() => world?.close());

describe('indsats settings and retention', { timeout: 300_000 }, () => {
  it('sets a period with a reason, refuses a bad one, and lists the source', async () => {
    const bad = await world.cli(['settings', 'set', 'retention.audit_months', '2', '--reason', 'test']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Enter a whole number from 6 to 120');
    const unknown = await world.cli(['settings', 'set', 'retention.forever', '2', '--reason', 'test']);
    expect(unknown.stderr).toContain('The setting retention.forever does not exist');
    const set = await world.cli([
      'settings',
      'set',
      'retention.audit_months',
      '6',
      '--reason',
      'Beslutning i udvalget',
    ]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('retention.audit_months = 6.');
    const list = await world.cli(['settings', 'list']);
    expect(list.stdout).toContain('retention.audit_months = 6 (set locally');
    expect(list.stdout).toContain('retention.citizen_case_years = 5 (default');
    expect(list.stdout).toContain('P1825D');
  });

  it('counts what is due in a dry run, deletes it, logs it, and the audit trail still verifies', async () => {
    const keys = world.keys();
    const oldId = await world.withDatabase(async ({ db }) => {
      const { organisations } = await buildWorld(db, keys);
      const old = await insertCitizen(db, keys, { jobCentreId: organisations.jobCentre.id });
      await sql`UPDATE citizen SET updated_at = '2015-01-01' WHERE id = ${old.id}`.execute(db);
      return old.id;
    });
    // Audit rows of the setting change above, sealed by the command; verify before.
    expect((await world.cli(['audit', 'verify'])).code).toBe(0);

    const dry = await world.cli(['retention', 'run', '--dry-run', '--format', 'json']);
    expect(dry.code, dry.stderr).toBe(0);
    const due = JSON.parse(dry.stdout) as { dryRun: boolean; lines: { rule: string; count: number }[] };
    expect(due.dryRun).toBe(true);
    expect(due.lines.find((l) => l.rule === 'citizen_case')?.count).toBe(1);

    const run = await world.cli(['retention', 'run']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/citizen_case\s+citizen\s+1 deleted/);
    const left = await world.withDatabase(({ db }) =>
      db.selectFrom('citizen').select('id').where('id', '=', oldId).execute(),
    );
    expect(left).toEqual([]);

    const log = await world.cli(['retention', 'log']);
    expect(log.stdout).toMatch(/citizen_case\s+citizen\s+1 {2}kept 5 years, by cli:/);
    expect((await world.cli(['audit', 'verify'])).stdout).toContain('OK');
  });
});
