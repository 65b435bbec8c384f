// `indsats report outcomes` end to end, as an operator runs it: a real process on a database holding the
// outcomes demo (seed 003's figures), every format, and the refusals.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/platform/db/migrate.ts';
import { DEMO_ORGANISATIONS } from '../../src/server/seed/demo.ts';
import { upsertOrganisation } from '../../src/server/modules/organisations/organisation.repository.ts';
import { seedOutcomesDemo } from '../../src/server/modules/outcomes/outcome.demo.ts';
import { PREVIOUS_REPORT_TITLE } from '../../src/server/modules/outcomes/outcome.demo-data.ts';
import { createCliWorld, type CliWorld } from '../support/cli.ts';

let world: CliWorld;
let previousReportId: string;
const cli = (args: string[]) => world.cli(args);

const SEED_PERIODS = [
  '--from',
  '2019-03-01',
  '--to',
  '2019-09-30',
  '--placement-from',
  '2019-06-01',
  '--placement-to',
  '2020-03-31',
  '--plan-from',
  '2019-05-16',
  '--plan-to',
  '2020-03-31',
];

beforeAll(async () => {
  world = await createCliWorld('indsats-report-');
  await world.withDatabase(async (database) => {
    await migrate(database.db);
    for (const organisation of DEMO_ORGANISATIONS) await upsertOrganisation(database.db, organisation);
    await seedOutcomesDemo(database.db, world.keys());
    previousReportId = (
      await database.db
        .selectFrom('outcomeReport')
        .select('id')
        .where('title', '=', PREVIOUS_REPORT_TITLE)
        .executeTakeFirstOrThrow()
    ).id;
  });
});
afterAll(() => world?.close());

interface RowJson {
  providerCode: string | null;
  completed: number;
  ratePercent: number | null;
  ci95: [number, number] | null;
}

describe('indsats report outcomes', { timeout: 120_000 }, () => {
  it('prints help', async () => {
    const result = await cli(['report', 'outcomes', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: indsats report outcomes/);
    expect(result.stdout).toContain('--placement-from');
  });

  it("prints seed 003's tables as JSON in the issue's shape", async () => {
    const result = await cli(['report', 'outcomes', ...SEED_PERIODS, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, { rows: RowJson[]; total: RowJson }>;
    expect(Object.keys(report)).toEqual(['definitionVersion', 'exit', 'placement', 'plan']);
    expect(report.definitionVersion).toBe('seed-2020');
    const settlementet = report.exit!.rows.find((r) => r.providerCode === 'settlementet')!;
    expect(settlementet).toMatchObject({ completed: 41, jobOrEducation: 2, partTime: 2, ratePercent: 10 });
    expect(settlementet.ci95![0]).toBeLessThan(0.1);
    expect(report.exit!.total).toMatchObject({ completed: 229, ratePercent: 7 });
    expect(report.placement!.total).toMatchObject({ completed: 345, placed: 36, ratePercent: 10 });
    expect(report.plan!.total).toMatchObject({ completed: 355, withPlan: 22, ratePercent: 6 });
  });

  it('prints a plain table, in Danish by default and in English on request', async () => {
    const danish = await cli(['report', 'outcomes', ...SEED_PERIODS]);
    expect(danish.code, danish.stderr).toBe(0);
    expect(danish.stdout).toContain(
      'Tabel 1: Afgang til beskæftigelse, uddannelse & deltidsbeskæftigelse, marts 2019 - september 2019',
    );
    expect(danish.stdout).toContain('16. maj 2019 - marts 2020');
    expect(danish.stdout).toMatch(/I alt\s+229\s+5\s+10\s+7 %/);
    const english = await cli(['report', 'outcomes', ...SEED_PERIODS, '--format', 'text', '--lang', 'en']);
    expect(english.stdout).toMatch(/Total\s+345\s+36\s+10%/);
  });

  it('writes CSV to standard output, and XLSX and PDF to files', async () => {
    const csv = await cli(['report', 'outcomes', ...SEED_PERIODS, '--format', 'csv-en']);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^Table,From,To,Provider code,Provider,Completed/);
    expect(csv.stdout).toContain('plan,2019-05-16,2020-03-31,,Total,355,');

    const xlsxFile = path.join(world.dataDir, 'resultater.xlsx');
    const xlsx = await cli(['report', 'outcomes', ...SEED_PERIODS, '--format', 'xlsx', '--out', xlsxFile]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    expect(workbook.worksheets).toHaveLength(3);

    const pdfFile = path.join(world.dataDir, 'resultater.pdf');
    const pdf = await cli(['report', 'outcomes', ...SEED_PERIODS, '--format', 'pdf', '--out', pdfFile]);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(fs.readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.stderr).toContain(`to ${pdfFile}`);
    // The committee PDF follows the appendix with the fair comparison: computed and audited as an export.
    const fairExports = await world.withDatabase((database) =>
      database.db
        .selectFrom('auditEvent')
        .select('criteria')
        .where('entityType', '=', 'outcome_fairness')
        .where('action', '=', 'export')
        .execute(),
    );
    expect(fairExports.map((e) => (e.criteria as { format?: string }).format)).toContain('pdf');
  });

  it('compares with a saved report in percentage points', async () => {
    const result = await cli([
      'report',
      'outcomes',
      ...SEED_PERIODS,
      '--format',
      'json',
      '--compare-to',
      previousReportId,
    ]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      comparison: Record<
        'exit' | 'placement' | 'plan',
        { total: { previousRatePercent: number; points: number } }
      >;
    };
    expect(report.comparison.exit.total).toMatchObject({ previousRatePercent: 4, points: 3 });
    expect(report.comparison.placement.total).toMatchObject({ previousRatePercent: 11, points: -1 });
    expect(report.comparison.plan.total).toMatchObject({ previousRatePercent: 2, points: 4 });
  });

  it('refuses bad input with the option named', async () => {
    const backwards = await cli(['report', 'outcomes', '--from', '2019-09-30', '--to', '2019-03-01']);
    expect(backwards.code).toBe(1);
    expect(backwards.stderr).toContain("--to: The period's end date must not be before its start date.");
    const badDate = await cli(['report', 'outcomes', '--from', '2019-02-30', '--to', '2019-03-01']);
    expect(badDate.stderr).toContain('--from: Enter a valid date');
    const binary = await cli([
      'report',
      'outcomes',
      '--from',
      '2019-03-01',
      '--to',
      '2019-03-31',
      '--format',
      'pdf',
    ]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toContain('--format pdf needs --out FILE');
    const format = await cli([
      'report',
      'outcomes',
      '--from',
      '2019-03-01',
      '--to',
      '2019-03-31',
      '--format',
      'docx',
    ]);
    expect(format.stderr).toContain('--format must be one of');
  });
});
