// The `indsats` command end to end on a real database: in this process through runCli (the bin's own
// program, streams collected), and once as a real process through bin/indsats.mjs (the last describe).
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliWorld, runCliCollected, type CliWorld } from '../support/cli.ts';
import { insertCitizen } from '../support/factories.ts';

let world: CliWorld;
const cli = (args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) =>
  world.cli(args, options);

// A migrated, empty database (on PGlite a copy of the run's migrated data folder, kept open between the
// commands): the CLI finds nothing to migrate. Migrating an empty folder from scratch is the bin's, below.
beforeAll(async () => {
  world = await createCliWorld('indsats-cli-');
});
afterAll(() => world?.close());

describe('indsats CLI', { timeout: 300_000 }, () => {
  it('prints help for every command', async () => {
    for (const command of [
      [],
      ['serve'],
      ['migrate'],
      ['seed'],
      ['seed', 'demo'],
      ['setup'],
      ['orgs'],
      ['orgs', 'add'],
      ['orgs', 'list'],
      ['doctor'],
      ['users'],
      ['users', 'add'],
      ['users', 'list'],
      ['audit'],
      ['audit', 'verify'],
      ['audit', 'export'],
      ['citizen', 'export'],
      ['settings', 'list'],
      ['settings', 'set'],
      ['retention', 'run'],
      ['retention', 'log'],
    ]) {
      const result = await cli([...command, '--help']);
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/^Usage: indsats/);
    }
  });

  it('migrates, and is idempotent', async () => {
    const first = await cli(['migrate']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Applied: 0001_create_foundation|up to date/);
    expect((await cli(['migrate'])).stdout).toMatch(/up to date/);
  });

  it('seeds demo data with the demo logins, and refuses to in production', async () => {
    const result = await cli(['seed', 'demo']);
    expect(result.code, result.stderr).toBe(0);
    for (const user of ['admin', 'sagsbehandler', 'settlementet', 'sydhavn', 'analytiker', 'indkoeb'])
      expect(result.stdout).toContain(user);
    expect(result.stdout).toContain('SydhavnsCompagniet');
    const refused = await cli(['seed', 'demo'], { env: { NODE_ENV: 'production' } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('NODE_ENV=production');
  });

  it('adds a user with a password from standard input, and explains bad input', async () => {
    const added = await cli(
      [
        'users',
        'add',
        '-u',
        'Ny.Bruger',
        '-n',
        'Ny Bruger',
        '-o',
        'jobcenter-kbh',
        '-r',
        'caseworker',
        '--password-stdin',
      ],
      {
        input: 'a long enough password\n',
      },
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Created user ny.bruger');
    expect((await cli(['users', 'list'])).stdout).toContain('ny.bruger');
    const bad = await cli(['users', 'add', '-u', 'x2', '-n', 'X', '-o', 'nowhere', '-r', 'wizard']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('roles: Unknown role: wizard');
    expect(bad.stderr).toContain('organisation: The organisation does not exist.');
    const duplicate = await cli([
      'users',
      'add',
      '-u',
      'ny.bruger',
      '-n',
      'X',
      '-o',
      'jobcenter-kbh',
      '-r',
      'caseworker',
    ]);
    expect(duplicate.stderr).toContain('already taken');
  });

  it("exports a citizen's access log, verifies the trail, and finds a change made in SQL", async () => {
    const { cpr } = await world.withDatabase(async (database) => {
      const jobCentre = await database.db
        .selectFrom('organisation')
        .select('id')
        .where('code', '=', 'jobcenter-kbh')
        .executeTakeFirstOrThrow();
      return insertCitizen(database.db, world.keys(), { jobCentreId: jobCentre.id });
    });
    const exported = await cli(['audit', 'export', '--citizen', `${cpr.slice(0, 6)}-${cpr.slice(6)}`]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.split('\n')[0]).toBe(
      'seq,occurred_at,action,entity_type,username,display_name,organisation,request_id',
    );
    const asJson = await cli(['audit', 'export', '--citizen', cpr, '--format', 'json']);
    // The first export is itself in the log the second time.
    expect(JSON.parse(asJson.stdout)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'export', entityType: 'citizen_access_log' }),
      ]),
    );
    expect((await cli(['audit', 'export', '--citizen', '3213'])).stderr).toContain(
      'CPR number has 10 digits',
    );

    // Each command sealed the rows it wrote before it exited: none is left waiting.
    const verified = await cli(['audit', 'verify']);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/^OK: \d+ audit rows verified, the chain is intact\.\n$/);

    await world.withDatabase(async (tamper) => {
      await sql`UPDATE audit_event SET actor_username = 'someone-else' WHERE seq IN (2, 4)`.execute(
        tamper.db,
      );
      await sql`DELETE FROM audit_event WHERE seq = 3`.execute(tamper.db);
    });
    const broken = await cli(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout.split('\n').slice(0, 4)).toEqual([
      expect.stringMatching(
        /^BROKEN: 3 problems in the audit trail \(2 changed, 1 missing; \d+ sealed rows checked\)\.$/,
      ),
      '  row 2 at chain position 2: the row was changed after it was written',
      '  chain position 3: the row is missing (deleted)',
      '  row 4 at chain position 4: the row was changed after it was written',
    ]);
    const brokenJson = await cli(['audit', 'verify', '--format', 'json']);
    expect(brokenJson.code).toBe(1);
    expect(JSON.parse(brokenJson.stdout)).toMatchObject({
      ok: false,
      problemCount: 3,
      problems: [
        { reason: 'changed', position: 2, seq: 2 },
        { reason: 'missing', position: 3 },
        { reason: 'changed', position: 4, seq: 4 },
      ],
    });
  });

  it('refuses to start with a different key than the data was written with', async () => {
    const result = await cli(['migrate'], {
      env: { INDSATS_SECRET_KEY: crypto.randomBytes(32).toString('hex') },
    });
    // migrate alone does not read personal data; any command that opens the runtime checks the key
    expect(result.code).toBe(0);
    const users = await cli(['users', 'list'], {
      env: { INDSATS_SECRET_KEY: crypto.randomBytes(32).toString('hex') },
    });
    expect(users.code).toBe(1);
    expect(users.stderr).toContain('does not match the key');
  });
});

describe('indsats CLI in production', { timeout: 300_000 }, () => {
  it('does not serve without an https PUBLIC_URL, saying what is missing', async () => {
    const result = await cli(['serve'], {
      env: { NODE_ENV: 'production', PUBLIC_URL: '', INDSATS_ALLOW_EMBEDDED: '' },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('indsats does not start in production like this');
    expect(result.stderr).toContain('NODE_ENV=production needs PUBLIC_URL');
  });

  it('requires INDSATS_SECRET_KEY with DATABASE_URL', async () => {
    const result = await runCliCollected(['users', 'list'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
        INDSATS_SECRET_KEY: '',
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('INDSATS_SECRET_KEY is required with DATABASE_URL in production');
  });
});

// The one test through the real bin (bin/indsats.mjs, a process): everything above runs the same program
// in this process (runCli). Help, and a setup and a report on a fresh database — on PGlite an empty data
// folder, so initdb and every migration too: three processes (a failing command's exit code through the
// bin: import-interrupted.test.ts).
describe('the indsats bin as a process', { timeout: 300_000 }, () => {
  let smoke: CliWorld;
  beforeAll(async () => {
    smoke = await createCliWorld('indsats-bin-', { fresh: true });
  });
  afterAll(() => smoke?.close());

  it('answers help, sets up, and reports', () => {
    const help = smoke.run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: indsats/);
    const setup = smoke.run(
      [
        'setup',
        ...['--administration', 'kk-bif=Københavns Kommune, BIF'],
        ...['--job-centre', 'jobcenter-kbh=Jobcenter København'],
        ...['--admin-username', 'it-admin', '--admin-name', 'IT Administrator', '--password-stdin'],
      ],
      { input: 'a long enough password\n' },
    );
    expect(setup.code, setup.stderr).toBe(0);
    expect(setup.stdout).toContain('administrator   it-admin');
    const report = smoke.run([
      'report',
      'outcomes',
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--format',
      'json',
    ]);
    expect(report.code, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout)).toHaveProperty('exit');
  });
});
