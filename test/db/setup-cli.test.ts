// First installation without SQL (issue 11): a fresh database goes from `indsats setup` to a job
// centre, a provider and their users who work — a caseworker and a provider's mentor who see the
// citizen a course import brought in — as an operator would do it, on PGlite or PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliWorld, type CliWorld } from '../support/cli.ts';
import { TestClient } from '../support/http.ts';
import { startTestServer } from '../support/server.ts';
import { buildCpr } from '../support/factories.ts';

let world: CliWorld;
const ADMIN_PASSWORD = 'first admin password';
const USER_PASSWORD = 'a long enough password';

beforeAll(async () => {
  world = await createCliWorld('indsats-setup-');
});
afterAll(() => world?.close());

describe('indsats setup, orgs and a first import', { timeout: 300_000 }, () => {
  it('starts from nothing, refuses a second setup, and names what is wrong', async () => {
    expect((await world.cli(['orgs', 'list'])).stdout).toContain('No organisations yet');
    // An import before any job centre names the cause and the command that helps.
    const file = path.join(world.dataDir, 'early.csv');
    fs.writeFileSync(
      file,
      `course_ref,cpr,provider_code,start_date,end_date,end_reason\nr1,${buildCpr()},x,2024-03-04,,\n`,
    );
    const early = await world.cli(['import', 'courses', file]);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('No job centre exists');
    expect(early.stderr).toContain('indsats orgs add --kind job_centre');

    const incomplete = await world.cli(['setup', '--administration', 'kk-bif=Københavns Kommune']);
    expect(incomplete.code).toBe(1);
    expect(incomplete.stderr).toContain('missing --job-centre, --admin-username, --admin-name');
    const noPassword = await world.cli([
      'setup',
      ...[
        '--administration',
        'kk-bif=Københavns Kommune',
        '--job-centre',
        'jobcenter-kbh=Jobcenter København',
      ],
      ...['--admin-username', 'it-admin', '--admin-name', 'IT Administrator'],
    ]);
    expect(noPassword.code).toBe(1);
    expect(noPassword.stderr).toContain('--password-stdin, or --oidc-subject');
    const badCode = await world.cli(
      [
        'setup',
        ...[
          '--administration',
          'KK BIF=Københavns Kommune',
          '--job-centre',
          'jobcenter-kbh=Jobcenter København',
        ],
        ...['--admin-username', 'it-admin', '--admin-name', 'IT Administrator', '--password-stdin'],
      ],
      { input: ADMIN_PASSWORD },
    );
    expect(badCode.code).toBe(1);
    expect(badCode.stderr).toContain('administration.code: The code may only hold lower-case letters');
    // Nothing of a refused setup stays behind.
    expect((await world.cli(['orgs', 'list'])).stdout).toContain('No organisations yet');

    const setup = await world.cli(
      [
        'setup',
        ...['--administration', 'kk-bif=Københavns Kommune, BIF'],
        ...[
          '--job-centre',
          'jobcenter-kbh=Jobcenter København',
          '--job-centre',
          'jobcenter-amager=Jobcenter Amager',
        ],
        ...['--admin-username', 'it-admin', '--admin-name', 'IT Administrator', '--password-stdin'],
      ],
      { input: `${ADMIN_PASSWORD}\n` },
    );
    expect(setup.stderr).toBe('');
    expect(setup.code).toBe(0);
    expect(setup.stdout).toContain('job centre      jobcenter-amager: Jobcenter Amager');
    const doctor = await world.cli(['doctor']);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/none pending[\s\S]*matches the data[\s\S]*\nOK\n$/);
    const again = await world.cli(
      [
        'setup',
        ...['--administration', 'other=Other', '--job-centre', 'jc=JC'],
        ...['--admin-username', 'someone', '--admin-name', 'Someone', '--password-stdin'],
      ],
      { input: ADMIN_PASSWORD },
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      'indsats is already set up: the database has 3 organisation(s) and 1 user(s)',
    );
  });

  it('adds a provider and users, imports a course, and both users see the citizen', async () => {
    const provider = await world.cli([
      ...['orgs', 'add', '--kind', 'provider'],
      ...['--code', 'settlementet', '--name', 'Settlementet'],
    ]);
    expect(provider.code, provider.stderr).toBe(0);
    const duplicate = await world.cli([
      'orgs',
      'add',
      '--kind',
      'provider',
      '--code',
      'settlementet',
      '--name',
      'Igen',
    ]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('An organisation with the code settlementet already exists.');
    const wrongKind = await world.cli(['orgs', 'add', '--kind', 'school', '--code', 'x', '--name', 'X']);
    expect(wrongKind.stderr).toContain('kind: The kind must be administration, job_centre or provider.');
    expect(JSON.parse((await world.cli(['orgs', 'list', '--format', 'json'])).stdout)).toEqual([
      { kind: 'administration', code: 'kk-bif', name: 'Københavns Kommune, BIF' },
      { kind: 'job_centre', code: 'jobcenter-amager', name: 'Jobcenter Amager' },
      { kind: 'job_centre', code: 'jobcenter-kbh', name: 'Jobcenter København' },
      { kind: 'provider', code: 'settlementet', name: 'Settlementet' },
    ]);
    for (const [username, organisation, roles] of [
      ['sagsbehandler', 'jobcenter-kbh', 'caseworker'],
      ['mentor', 'settlementet', 'provider_staff'],
    ] as const) {
      const added = await world.cli(
        ['users', 'add', '-u', username, '-n', username, '-o', organisation, '-r', roles, '--password-stdin'],
        { input: USER_PASSWORD },
      );
      expect(added.stderr).toBe('');
    }

    const file = path.join(world.dataDir, 'courses.csv');
    const cpr = buildCpr();
    fs.writeFileSync(
      file,
      `course_ref,cpr,provider_code,start_date,end_date,end_reason\nr1,${cpr},settlementet,2024-03-04,,\n`,
    );
    // Two job centres: the import must be told which one new citizens belong to.
    const unchosen = await world.cli(['import', 'courses', file]);
    expect(unchosen.stderr).toContain('There are several job centres');
    const imported = await world.cli(['import', 'courses', file, '--job-centre', 'jobcenter-kbh']);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);

    await world.withDatabase(async (database) => {
      // Each organisation and user the command line created is audited, in the operator's name.
      const audited = await database.db
        .selectFrom('auditEvent')
        .select(['action', 'entityType', 'actorUsername', 'criteria'])
        .where('entityType', 'in', ['organisation', 'user'])
        .orderBy('seq')
        .execute();
      expect(audited.map((r) => `${r.action} ${r.entityType}`)).toEqual([
        ...Array(3).fill('create organisation'),
        'create user',
        'create organisation',
        'create user',
        'create user',
      ]);
      expect(new Set(audited.map((r) => r.actorUsername))).toEqual(
        new Set([`cli:${os.userInfo().username}`]),
      );
      expect(audited.at(-1)!.criteria).toEqual({
        username: 'mentor',
        roles: ['provider_staff'],
        organisation: 'settlementet',
      });
      expect(JSON.stringify(audited)).not.toContain('password');
      const server = await startTestServer({
        database: { ...database, url: world.pgDatabase?.url },
        keys: world.keys(),
        demo: false,
      });
      try {
        for (const username of ['sagsbehandler', 'mentor', 'it-admin']) {
          const client = new TestClient(server.url);
          const password = username === 'it-admin' ? ADMIN_PASSWORD : USER_PASSWORD;
          expect((await client.login(username, password)).status).toBe(200);
          const citizens = await client.get<{ total: number }>('/api/citizens');
          // The administrator administers: only the job centre and the provider see citizens.
          if (username === 'it-admin') expect(citizens.status).toBe(403);
          else expect(citizens.body.total).toBe(1);
        }
      } finally {
        await server.close();
      }
    });
  });
});
