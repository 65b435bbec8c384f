// `indsats citizen export` end to end (issue 11): the citizen's right of access (GDPR art. 15) as an
// operator answers a request by letter — JSON to standard output, PDF to a file readable by the operator
// only — audited as an export in the operator's name, on PGlite or PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encrypt } from '../../src/server/platform/crypto/keys.ts';
import { insertCourse } from '../../src/server/modules/courses/course.fixtures.ts';
import type { CitizenExportDocument } from '../../src/server/modules/citizens/citizen-export.document.ts';
import { createCliWorld, type CliWorld } from '../support/cli.ts';
import { buildCpr, insertCitizen, insertOrganisation } from '../support/factories.ts';

let world: CliWorld;
let cpr: string;
let citizenId: string;

beforeAll(async () => {
  world = await createCliWorld('indsats-citizen-export-');
  const created = await world.cli([
    ...['orgs', 'add', '--kind', 'job_centre'],
    ...['--code', 'jobcenter-kbh', '--name', 'Jobcenter København'],
  ]);
  expect(created.code, created.stderr).toBe(0);
  await world.withDatabase(async ({ db }) => {
    const jobCentre = await db
      .selectFrom('organisation')
      .select('id')
      .where('code', '=', 'jobcenter-kbh')
      .executeTakeFirstOrThrow();
    const provider = await insertOrganisation(db, 'provider', 'Syntetisk Leverandør');
    const citizen = await insertCitizen(db, world.keys(), {
      jobCentreId: jobCentre.id,
      notes: 'Syntetisk note',
    });
    ({ cpr } = citizen);
    citizenId = citizen.id;
    const courseId = await insertCourse(db, { citizenId, providerId: provider.id, startsOn: '2026-09-07' });
    await db
      .insertInto('courseEntry')
      .values({
        courseId,
        citizenId,
        entryOn: '2026-09-14',
        kind: 'note',
        textEncrypted: encrypt(world.keys(), 'Syntetisk notat om forløbet'),
      })
      .execute();
  });
}, 300_000);
afterAll(() => world?.close());

describe('indsats citizen export', { timeout: 300_000 }, () => {
  it('writes everything about the citizen as JSON, audited in the operator’s name', async () => {
    const result = await world.cli([
      'citizen',
      'export',
      '--cpr',
      `${cpr.slice(0, 6)}-${cpr.slice(6)}`,
      '--format',
      'json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const document = JSON.parse(result.stdout) as CitizenExportDocument;
    expect(document).toMatchObject({
      format: 'indsats.citizen-export',
      version: 1,
      staffDisplay: 'organisation',
    });
    expect(document.citizen).toMatchObject({ id: citizenId, notes: 'Syntetisk note' });
    expect(document.citizen.cpr).toBe(`${cpr.slice(0, 6)}-${cpr.slice(6)}`);
    expect(document.courses).toHaveLength(1);
    expect(document.courses[0]!.entries.map((e) => e.text)).toEqual(['Syntetisk notat om forløbet']);
    expect(document.courses[0]!.stages).toHaveLength(1);
    const operator = `cli:${os.userInfo().username}`;
    expect(document.generatedBy).toBe(operator);
    expect(document.accessLog[0]).toMatchObject({
      action: 'export',
      entityType: 'citizen',
      actorKind: 'operator',
      organisation: null,
      staffName: null,
    });
    await world.withDatabase(async ({ db }) => {
      const rows = await db
        .selectFrom('auditEvent')
        .select(['actorUsername', 'action', 'entityType', 'criteria'])
        .where('citizenId', '=', citizenId)
        .execute();
      expect(rows).toEqual([
        {
          actorUsername: operator,
          action: 'export',
          entityType: 'citizen',
          criteria: expect.objectContaining({ format: 'json' }),
        },
      ]);
    });
  });

  it('writes the PDF to a file only the operator may read, and the trail still verifies', async () => {
    const out = path.join(world.dataDir, 'indsigt.pdf');
    const result = await world.cli(['citizen', 'export', '--cpr', cpr, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(
      `Wrote the PDF export to ${out}: 1 courses, 0 referrals, 2 access log rows`,
    );
    expect(fs.readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const verified = await world.cli(['audit', 'verify']);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
  });

  it('names what is wrong with the CPR number or the format, and an unknown citizen', async () => {
    const help = await world.cli(['citizen', 'export', '--help']);
    expect(help.stdout).toMatch(/^Usage: indsats citizen export/);
    expect(help.stdout).toContain('--cpr <cpr>');
    const invalid = await world.cli(['citizen', 'export', '--cpr', '3213', '--format', 'json']);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('CPR number has 10 digits');
    const format = await world.cli(['citizen', 'export', '--cpr', cpr, '--format', 'xml']);
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('--format must be pdf or json');
    const unknown = await world.cli(['citizen', 'export', '--cpr', buildCpr(), '--format', 'json']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: /);
    expect(unknown.stdout).toBe('');
  });
});
