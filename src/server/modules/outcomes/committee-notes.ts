// The committee notes (issue 13): what the committee outputs (the results page, the PDF and the XLSX) say,
// only where it applies. Pure: from the report alone.
//   printedTotal: a printed source's total differs from the sum of its rows, and this report reproduces
//     the rows: the table's total is the sum of the rows (docs/outcomes.md), so the note says why it is
//     not the printed figure. The printed figures are the seed's, held with the demo that reproduces them
//     (outcome.demo-data.ts): seed 003's table 3 prints 16 plans, its rows give 22.
//   pending: courses of the exit table whose M2 the register does not yet cover are left out of the
//     share; how many, and the month the register must reach for the last of them (M2 of the period's
//     last end month).
// "Plan counts depend on registration" is the plan table's standing note (outcome-texts.ts, the page's
// texts): it always applies.
import type { CommitteeNote, OutcomeReport } from '../../../shared/outcomes/outcome.schemas.ts';
import type { OutcomeTableKey } from '../../../shared/outcomes/outcome.constants.ts';
import {
  SEED_003_PARAMETERS,
  SEED_003_REPORT_TITLE,
  SEED_003_ROWS,
  SEED_003_TOTALS,
} from './outcome.demo-data.ts';
import { DEFINITION_VERSION, referenceMonth } from './outcome.rules.ts';

/** A total printed in a source, for one table and period of the seed-2020 definition. */
export interface PrintedTotal {
  definitionVersion: string;
  table: OutcomeTableKey;
  from: string;
  to: string;
  source: string;
  /** The total as printed. */
  printed: number;
  /** The printed rows' sum. */
  rowsSum: number;
}

const countOf = (key: OutcomeTableKey, report: OutcomeReport): number =>
  key === 'exit'
    ? report.exit.total.jobOrEducation + report.exit.total.partTime
    : key === 'placement'
      ? report.placement.total.placed
      : report.plan.total.withPlan;

/** Seed 003 (BIU 18 May 2020, appendix 1), table 3: "I alt … 16", its rows 8 + 5 + 9 + 0 + 0 = 22. */
export const PRINTED_TOTALS: readonly PrintedTotal[] = [
  {
    definitionVersion: DEFINITION_VERSION,
    table: 'plan',
    from: SEED_003_PARAMETERS.planFrom,
    to: SEED_003_PARAMETERS.planTo,
    source: SEED_003_REPORT_TITLE,
    printed: SEED_003_TOTALS.plan.printedWithPlan,
    rowsSum: SEED_003_ROWS.reduce((sum, row) => sum + row.plan.withPlan, 0),
  },
];

/** What the notes read: the definition, each table's period and success count, and the pending courses. */
export interface NoteFacts {
  definitionVersion: string;
  tables: Record<OutcomeTableKey, { from: string; to: string; count: number }>;
  /** Exit-table courses whose M2 the register does not yet cover. */
  pending: number;
}

/** The notes that apply (the fair comparison's files read the same facts of its seed-2020 tables). */
export function notesOfFacts(
  facts: NoteFacts,
  printedTotals: readonly PrintedTotal[] = PRINTED_TOTALS,
): CommitteeNote[] {
  const notes: CommitteeNote[] = [];
  for (const printed of printedTotals) {
    const table = facts.tables[printed.table];
    if (
      printed.definitionVersion === facts.definitionVersion &&
      printed.from === table.from &&
      printed.to === table.to &&
      printed.printed !== printed.rowsSum &&
      table.count === printed.rowsSum
    )
      notes.push({
        kind: 'printedTotal',
        table: printed.table,
        source: printed.source,
        printed: printed.printed,
        rowsSum: printed.rowsSum,
      });
  }
  if (facts.pending > 0)
    notes.push({
      kind: 'pending',
      table: 'exit',
      courses: facts.pending,
      coveredWith: referenceMonth(facts.tables.exit.to),
    });
  return notes;
}

/** The notes that apply to the report (scoped or not: they read the totals and the periods only). */
export function committeeNotes(
  report: OutcomeReport,
  printedTotals: readonly PrintedTotal[] = PRINTED_TOTALS,
): CommitteeNote[] {
  const table = (key: OutcomeTableKey) => ({
    from: report[key].from,
    to: report[key].to,
    count: countOf(key, report),
  });
  return notesOfFacts(
    {
      definitionVersion: report.definitionVersion,
      tables: { exit: table('exit'), placement: table('placement'), plan: table('plan') },
      pending: report.exit.total.pending,
    },
    printedTotals,
  );
}
