// `indsats import …` end to end, as an operator runs it: a real process on a real database.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/platform/db/client.ts';
import { createCliWorld, type CliWorld } from '../support/cli.ts';
import { buildCpr } from '../support/factories.ts';

let world: CliWorld;
const cli = (args: string[]) => world.cli(args);
const withCliDatabase = <T>(work: (database: Database) => Promise<T>) => world.withDatabase(work);

function csv(name: string, lines: string[]): string {
  const file = path.join(world.dataDir, name);
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  return file;
}

beforeAll(async () => {
  world = await createCliWorld('indsats-import-cli-');
  const jobCentre = await cli([
    'orgs',
    'add',
    '--kind',
    'job_centre',
    '--code',
    'jobcenter-test',
    '--name',
    'Jobcenter Test',
  ]);
  expect(jobCentre.stderr).toBe('');
});
afterAll(() => world?.close());

// Each command starts a process that compiles the CLI and opens the database: seconds each on a busy machine.
describe('indsats import', { timeout: 180_000 }, () => {
  it('prints help for every kind, with its columns and options', async () => {
    const overview = await cli(['import', '--help']);
    expect(overview.stdout).toMatch(/^Usage: indsats import/);
    for (const kind of ['providers', 'courses', 'placements', 'plans', 'codebook', 'register'])
      expect(overview.stdout).toMatch(new RegExp(`${kind} (\\[options\\] )?<file>`));
    const courses = await cli(['import', 'courses', '--help']);
    expect(courses.code).toBe(0);
    expect(courses.stdout).toContain('course_ref,cpr,provider_code,start_date,end_date,end_reason');
    expect(courses.stdout).toContain('--job-centre <code>');
    expect(courses.stdout).toContain('--encoding <charset>');
    expect((await cli(['import', 'register', '--help'])).stdout).toContain('--unknown-codes-as-benefit');
  });

  it('imports providers and courses with a summary, and changes nothing the second time', async () => {
    const providers = csv('providers.csv', ['code;name;district', 'alfa;Alfa;Valby', 'beta;Beta;Nørrebro']);
    const first = await cli(['import', 'providers', providers]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Imported providers from');
    expect(first.stdout).toContain('2 rows — 2 created, 0 updated, 0 unchanged.');
    const courses = csv('courses.csv', [
      'course_ref,cpr,provider_code,start_date,end_date,end_reason',
      `k1,${buildCpr()},alfa,2019-01-07,2019-03-29,job`,
      `k2,${buildCpr()},beta,2019-02-04,,`,
    ]);
    const imported = await cli(['import', 'courses', courses, '--job-centre', 'jobcenter-test']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('2 created');
    // Whether a CPR number was known is not part of the answer.
    expect(imported.stdout).not.toMatch(/citizen/i);
    expect((await cli(['import', 'courses', courses])).stdout).toContain(
      '0 created, 0 updated, 2 unchanged.',
    );
  });

  it('refuses a file with errors: exit code 1, the errors by line, nothing imported', async () => {
    const courses = csv('bad-courses.csv', [
      'course_ref,cpr,provider_code,start_date,end_date,end_reason',
      `k3,${buildCpr()},alfa,2019-01-07,,`,
      `k4,${buildCpr()},gamma,2019-02-30,,`,
    ]);
    const result = await cli(['import', 'courses', courses]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('REFUSED');
    expect(result.stderr).toContain('The file was not imported: 2 errors. Nothing was changed.');
    expect(result.stderr).toContain('line 3, provider_code: The provider gamma does not exist.');
    expect(result.stderr).toContain('line 3, start_date: Enter a valid date (yyyy-mm-dd).');
    const k3 = await withCliDatabase((database) =>
      database.db.selectFrom('course').select('id').where('externalRef', '=', 'k3').executeTakeFirst(),
    );
    expect(k3).toBeUndefined();
  });

  it('imports a register extract, refusing unknown codes unless they are imported as benefit', async () => {
    const register = csv('dream.csv', [
      'PNR,y_1901,y_1902,grad_2019_01,branche_2019_01',
      `${buildCpr()},130,321,"0,5",47`,
      `${buildCpr()},,321,,`,
    ]);
    const refused = await cli(['import', 'register', register]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('line 2: These codes are not in the codebook (code: lines): 321: 2, 3.');
    const imported = await cli(['import', 'register', register, '--unknown-codes-as-benefit']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('2 created');
    expect(imported.stdout).toContain('Codes added to the codebook as benefit (unverified): 321.');
    expect(imported.stdout).toContain('Ignored columns: branche_2019_01.');
    const audit = await withCliDatabase((database) =>
      database.db
        .selectFrom('auditEvent')
        .select(['actorUsername', 'action'])
        .where('entityType', '=', 'import_batch')
        .execute(),
    );
    expect(audit.length).toBeGreaterThanOrEqual(6);
    expect(audit.every((a) => a.actorUsername.startsWith('cli:') && a.action === 'create')).toBe(true);
  });

  it('refuses a Windows-1252 file naming its first bad line, and reads it with --encoding windows-1252', async () => {
    const file = path.join(world.dataDir, 'gamle-leverandoerer.csv');
    fs.writeFileSync(file, Buffer.from('code;name;district\r\ngamma;Gamma Øst;Valby\r\n', 'latin1'));
    const refused = await cli(['import', 'providers', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('line 2: The line is not valid UTF-8');
    const read = await cli(['import', 'providers', file, '--encoding', 'windows-1252']);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toContain('1 created');
    expect((await cli(['import', 'providers', file, '--encoding', 'latin1'])).stderr).toContain(
      'windows-1252',
    );
  });

  it('names a missing file', async () => {
    const result = await cli(['import', 'codebook', path.join(world.dataDir, 'missing.csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not exist or cannot be read');
  });
});
