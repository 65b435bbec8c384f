// The committee notes (issue 13) on hand-made reports: each note only where it applies, and its words in
// the PDF's and the XLSX's notes (presentTables) in Danish and English.
import { describe, expect, it } from 'vitest';
import type { OutcomeReport } from '../../../shared/outcomes/outcome.schemas.ts';
import { committeeNotes, PRINTED_TOTALS, type PrintedTotal } from './committee-notes.ts';
import { SEED_003_PARAMETERS, SEED_003_REPORT_TITLE } from './outcome.demo-data.ts';
import { DEFINITION_VERSION } from './outcome.rules.ts';
import { exitRowOf, NO_RATE, planRowOf } from './outcome-report.fixtures.ts';
import { presentTables } from './services/present-tables.ts';

function reportOf(options: {
  withPlan: number;
  pending?: number;
  plan?: { from: string; to: string };
  version?: string;
}): OutcomeReport {
  const plan = options.plan ?? { from: SEED_003_PARAMETERS.planFrom, to: SEED_003_PARAMETERS.planTo };
  const planTotal = planRowOf({ completed: 355, withPlan: options.withPlan });
  return {
    definitionVersion: options.version ?? DEFINITION_VERSION,
    exit: {
      from: SEED_003_PARAMETERS.from,
      to: SEED_003_PARAMETERS.to,
      rows: [],
      total: exitRowOf({ completed: 229, pending: options.pending ?? 0 }),
    },
    placement: {
      from: SEED_003_PARAMETERS.placementFrom,
      to: SEED_003_PARAMETERS.placementTo,
      kinds: ['internship'],
      rows: [],
      total: { ...NO_RATE, completed: 345, placed: 36 },
    },
    plan: { ...plan, rows: [], total: planTotal },
  };
}

describe('committee notes', () => {
  it('holds seed 003’s table 3 as printed: 16 in total, rows giving 22, citing the appendix', () => {
    expect(PRINTED_TOTALS).toEqual([
      {
        definitionVersion: 'seed-2020',
        table: 'plan',
        from: '2019-05-16',
        to: '2020-03-31',
        source: SEED_003_REPORT_TITLE,
        printed: 16,
        rowsSum: 22,
      },
    ]);
  });

  it('says why the plan total is not the printed 16 when the report reproduces the rows', () => {
    expect(committeeNotes(reportOf({ withPlan: 22 }))).toEqual([
      { kind: 'printedTotal', table: 'plan', source: SEED_003_REPORT_TITLE, printed: 16, rowsSum: 22 },
    ]);
  });

  it('says nothing of the printed source for other figures, another period or another definition', () => {
    expect(committeeNotes(reportOf({ withPlan: 21 }))).toEqual([]);
    expect(committeeNotes(reportOf({ withPlan: 16 }))).toEqual([]);
    expect(
      committeeNotes(reportOf({ withPlan: 22, plan: { from: '2019-05-01', to: '2020-03-31' } })),
    ).toEqual([]);
    expect(committeeNotes(reportOf({ withPlan: 22, version: 'seed-2030' }))).toEqual([]);
  });

  it('says nothing when a printed total equals its rows', () => {
    const agreeing: PrintedTotal = { ...PRINTED_TOTALS[0]!, printed: 22 };
    expect(committeeNotes(reportOf({ withPlan: 22 }), [agreeing])).toEqual([]);
  });

  it('counts the pending courses and names the month the register must reach (M2 of the last end month)', () => {
    expect(committeeNotes(reportOf({ withPlan: 3, pending: 7 }))).toEqual([
      { kind: 'pending', table: 'exit', courses: 7, coveredWith: '2019-11-01' },
    ]);
  });

  it('puts the notes under their tables in the PDF and XLSX, in Danish and English', () => {
    const report = { ...reportOf({ withPlan: 22, pending: 7 }), comparison: null };
    const response = { ...report, notes: committeeNotes(report) };
    const [exitDa, , planDa] = presentTables(response, 'da');
    expect(exitDa!.notes).toContain(
      '7 forløb afventer registerdata for 2. måned efter afslutningen og tæller ikke med i andelen. De tælles med, når registerdata dækker til og med november 2019 (DREAM er ca. seks måneder forsinket).',
    );
    expect(planDa!.notes).toContain(
      `I alt er summen af rækkerne: 22. Den trykte kilde ("${SEED_003_REPORT_TITLE}") angiver 16 i alt, men dens egne rækker giver 22.`,
    );
    // The standing note: plan counts depend on registration.
    expect(planDa!.notes[0]).toMatch(/registreres manuelt/);
    const [exitEn, placementEn, planEn] = presentTables(response, 'en');
    expect(exitEn!.notes).toContain(
      '7 courses await register data for the 2nd month after they ended and are left out of the share. They will be counted once the register data cover November 2019 (DREAM lags about six months).',
    );
    expect(planEn!.notes).toContain(
      `The total is the sum of the rows: 22. The printed source ("${SEED_003_REPORT_TITLE}") gives a total of 16, but its own rows add up to 22.`,
    );
    expect(planEn!.notes[0]).toMatch(/register preparatory plans by hand|register plan starts by hand/);
    expect(placementEn!.notes.join(' ')).not.toMatch(/printed source|await register data/);
  });

  it('says one course in the singular, and nothing without notes', () => {
    const report = { ...reportOf({ withPlan: 3, pending: 1 }), comparison: null };
    const [exitEn] = presentTables({ ...report, notes: committeeNotes(report) }, 'en');
    expect(exitEn!.notes.some((n) => n.startsWith('1 course awaits register data'))).toBe(true);
    const [bare] = presentTables(report, 'en');
    expect(bare!.notes.join(' ')).not.toMatch(/awaits register data/);
  });
});
