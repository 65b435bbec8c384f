// `indsats report fairness` end to end on the outcomes demo (seed 003's figures): the per-provider course
// counts equal the seed-2020 tables' denominators, the report equals the service's, and the text reads in
// Danish words; the CSV is Danish; a bad option is refused with its flag.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertOrganisation } from '../../src/server/modules/organisations/organisation.repository.ts';
import {
  SEED_003_PARAMETERS,
  SEED_003_REPORT_TITLE,
} from '../../src/server/modules/outcomes/outcome.demo-data.ts';
import { seedOutcomesDemo } from '../../src/server/modules/outcomes/outcome.demo.ts';
import { computeFairness, computeOutcomes } from '../../src/server/modules/outcomes/outcome.service.ts';
import { danishNumber } from '../../src/server/modules/outcomes/services/fairness-render.ts';
import { migrate } from '../../src/server/platform/db/migrate.ts';
import { DEMO_ORGANISATIONS } from '../../src/server/seed/demo.ts';
import type { FairnessReport } from '../../src/shared/outcomes/fairness.schemas.ts';
import type { OutcomeReport } from '../../src/shared/outcomes/outcome.schemas.ts';
import { createCliWorld, type CliWorld } from '../support/cli.ts';

let world: CliWorld;
let tables: OutcomeReport;
let fair: FairnessReport;
const cli = (args: string[]) => world.cli(args);

const P = SEED_003_PARAMETERS;
// Billing counts to a fixed day, so the test does not read the clock.
const AS_OF = '2026-06-30';
const SEED_PERIODS = [
  ...['--as-of', AS_OF],
  ...['--from', P.from, '--to', P.to],
  ...['--placement-from', P.placementFrom, '--placement-to', P.placementTo],
  ...['--plan-from', P.planFrom, '--plan-to', P.planTo],
];

beforeAll(async () => {
  world = await createCliWorld('indsats-fairness-');
  await world.withDatabase(async (database) => {
    await migrate(database.db);
    for (const organisation of DEMO_ORGANISATIONS) await upsertOrganisation(database.db, organisation);
    await seedOutcomesDemo(database.db, world.keys());
    tables = await computeOutcomes(database.db, P);
    fair = await computeFairness(database.db, world.keys(), P, { asOf: AS_OF });
  });
});
afterAll(() => world?.close());

describe('the fair comparison on the demo', { timeout: 180_000 }, () => {
  it("counts per provider exactly the seed-2020 tables' denominators and successes", () => {
    const denominators = (t: OutcomeReport) => ({
      exit: Object.fromEntries(
        t.exit.rows.map((r) => [
          r.providerCode,
          [r.completed - r.pending - r.notInRegister, r.job + r.education + r.partTime],
        ]),
      ),
      placement: Object.fromEntries(t.placement.rows.map((r) => [r.providerCode, [r.completed, r.placed]])),
      plan: Object.fromEntries(t.plan.rows.map((r) => [r.providerCode, [r.completed, r.withPlan]])),
    });
    const counted = (f: FairnessReport) => ({
      exit: Object.fromEntries(f.exit.rows.map((r) => [r.providerCode, [r.courses, r.observed]])),
      placement: Object.fromEntries(f.placement.rows.map((r) => [r.providerCode, [r.courses, r.observed]])),
      plan: Object.fromEntries(f.plan.rows.map((r) => [r.providerCode, [r.courses, r.observed]])),
    });
    expect(counted(fair)).toEqual(denominators(tables));
    expect(fair.plan.total).toMatchObject({ courses: 355, observed: 22 });
    // Every cell's courses add up to the table's.
    for (const key of ['exit', 'placement', 'plan'] as const) {
      const cells = fair.cells.filter((c) => c.table === key);
      expect(cells.reduce((s, c) => s + c.courses, 0)).toBe(fair[key].total.courses);
    }
  });

  it('prints the same report as JSON, with exact values', async () => {
    const result = await cli(['report', 'fairness', ...SEED_PERIODS, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(fair);
  });

  it('reads as Danish text for the committee, and writes Danish CSV to a file', async () => {
    const text = await cli(['report', 'fairness', ...SEED_PERIODS]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Fair sammenligning af leverandørernes resultater');
    expect(text.stdout).toContain('Tabel 1: Afgang til beskæftigelse, uddannelse & deltidsbeskæftigelse');
    expect(text.stdout).toMatch(/ville man forvente \d+,\d\./);
    expect(text.stdout).toMatch(/som forventet|over forventet|under forventet|for få forløb/);
    expect(text.stdout).not.toMatch(/\d\.\d{2}–/);
    expect(text.stdout).toContain('Pris pr. resultat');
    expect(text.stdout).toMatch(/kr\. faktureret for \d+ afsluttede forløb/);
    expect(text.stdout).toContain('Hvem tager leverandørerne imod?');
    // The committee notes where they apply: table 3's printed 16 against its rows' 22, and plans by hand.
    expect(fair.notes).toEqual([
      { kind: 'printedTotal', table: 'plan', source: SEED_003_REPORT_TITLE, printed: 16, rowsSum: 22 },
    ]);
    expect(text.stdout).toContain(
      `I alt er summen af rækkerne: 22. Den trykte kilde ("${SEED_003_REPORT_TITLE}") angiver 16 i alt, men dens egne rækker giver 22.`,
    );
    expect(text.stdout).toMatch(/forberedende planer registreres manuelt/);
    expect(text.stdout).not.toMatch(/afventer registerdata/);

    const file = `${world.dataDir}/fairness.csv`;
    const csv = await cli(['report', 'fairness', ...SEED_PERIODS, '--format', 'csv', '--out', file]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stderr).toMatch(/Wrote the fair comparison/);
  });

  it('writes the cost rows and the selection rows as Danish CSV (--part), and --part only with CSV', async () => {
    const lines = (stdout: string) =>
      stdout
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
    const cost = await cli(['report', 'fairness', ...SEED_PERIODS, '--format', 'csv', '--part', 'cost']);
    expect(cost.code, cost.stderr).toBe(0);
    const costLines = lines(cost.stdout);
    expect(costLines[0]).toBe(
      'Fra;Til;Faktureret til;Leverandørkode;Leverandør;Faktureret (kr.);Resultater;Kr. pr. resultat;Afsluttede forløb;Kr. pr. afsluttet forløb',
    );
    expect(costLines).toHaveLength(fair.cost.rows.length + 2);
    const money = (kroner: number | null) => (kroner === null ? '' : danishNumber(kroner, 2));
    const total = fair.cost.total;
    expect(costLines.at(-1)).toBe(
      [
        '01-03-2019',
        '30-09-2019',
        '30-06-2026',
        '',
        'I alt',
        money(total.billedKroner),
        String(total.successes),
        money(total.kronerPerSuccess),
        String(total.completed),
        money(total.kronerPerCompleted),
      ].join(';'),
    );
    // Danish: a decimal comma, and thousands dots from 1.000 kr.
    expect(money(total.billedKroner)).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}$/);

    const selection = await cli([
      'report',
      'fairness',
      ...SEED_PERIODS,
      '--format',
      'csv',
      '--part',
      'selection',
    ]);
    expect(selection.code, selection.stderr).toBe(0);
    const selectionLines = lines(selection.stdout);
    expect(selectionLines[0]).toBe(
      'Fra;Til;Leverandørkode;Leverandør;Forventet chance;Henvist;Modtaget;Afvist;Trukket tilbage;Ophørt inden 28 dage;p (Fisher, ensidet);Markeret',
    );
    expect(selectionLines).toHaveLength(fair.selection.rows.length + 1);
    fair.selection.rows.forEach((row, i) => {
      const cells = selectionLines[i + 1]!.split(';');
      expect(cells.slice(2, 10)).toEqual([
        row.providerCode,
        row.providerName,
        { low: 'Laveste', middle: 'Midterste', high: 'Højeste' }[row.band],
        ...[row.referred, row.accepted, row.rejected, row.withdrawn, row.earlyEnds].map(String),
      ]);
      expect(cells[10]).toBe(row.creamingP === null ? '' : String(row.creamingP).replace('.', ','));
      expect(cells[11]).toBe(row.flagged ? 'ja' : 'nej');
    });

    const notCsv = await cli(['report', 'fairness', ...SEED_PERIODS, '--format', 'json', '--part', 'cost']);
    expect(notCsv.code).toBe(1);
    expect(notCsv.stderr).toMatch(/--part is for --format csv/);
    const unknown = await cli(['report', 'fairness', ...SEED_PERIODS, '--format', 'csv', '--part', 'cells']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/--part must be one of tables, cost, selection/);
  });

  it('writes the committee files: XLSX and PDF', async () => {
    for (const [format, magic] of [
      ['xlsx', 'PK'],
      ['pdf', '%PDF'],
    ] as const) {
      const file = `${world.dataDir}/fairness.${format}`;
      const result = await cli(['report', 'fairness', ...SEED_PERIODS, '--format', format, '--out', file]);
      expect(result.code, result.stderr).toBe(0);
      expect(fs.readFileSync(file).subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
  });

  it('refuses a backwards period with the flag named, and an unknown format', async () => {
    const backwards = await cli(['report', 'fairness', '--from', '2019-09-30', '--to', '2019-03-01']);
    expect(backwards.code).toBe(1);
    expect(backwards.stderr).toMatch(/--to/);
    const format = await cli(['report', 'fairness', ...SEED_PERIODS, '--format', 'docx']);
    expect(format.code).toBe(1);
    expect(format.stderr).toMatch(/--format must be one of json, csv, text, xlsx, pdf/);
  });
});
