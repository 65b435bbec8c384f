// The three tables laid out like seed 003's appendix: a title with the period, one row per provider,
// the total in bold, the note under each table, and which providers cannot be told apart. One layout
// for the PDF, the CLI's text and the XLSX sheets; the CSV is one long machine-readable table.
import { OUTCOME_WINDOWS } from '../../../../shared/outcomes/outcome.constants.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import { fill, type Language } from '../../../../shared/messages.ts';
import {
  formatDay,
  formatInterval,
  formatMonth,
  formatPercent,
  formatPeriod,
  formatPoints,
} from '../../../../shared/outcomes/outcome.format.ts';
import type {
  CommitteeNote,
  ComparisonTable,
  ExitRow,
  OutcomeResponse,
  OutcomeTableKey,
  PlacementRow,
  PlanRow,
} from '../../../../shared/outcomes/outcome.schemas.ts';
import { OUTCOME_TABLES } from '../../../../shared/outcomes/outcome.schemas.ts';
import type { ExportColumn, ExportTable } from '../../../platform/export/table-export.ts';
import { comparisonVariant, type ComparisonVariant } from '../../../../shared/outcomes/comparison-variant.ts';
import { OUTCOME_TEXTS, type OutcomeTexts } from './outcome-texts.ts';

type AnyRow = ExitRow | PlacementRow | PlanRow;

/** The comparison's sentence by the shared rule's variant: a side without data says so (issue 15 item 6). */
const COMPARISON_TEMPLATE: Record<ComparisonVariant, (t: OutcomeTexts) => string> = {
  total: (t) => t.comparison,
  totalNoCurrent: (t) => t.comparisonNoCurrent,
  totalNoPrevious: (t) => t.comparisonNoPrevious,
  totalNoData: (t) => t.comparisonNoData,
};

export interface PresentedTable {
  key: OutcomeTableKey;
  title: string;
  headers: string[];
  /** Columns holding numbers (right-aligned). */
  numeric: boolean[];
  rows: string[][];
  total: string[];
  notes: string[];
}

interface Column {
  header: (t: OutcomeTexts) => string;
  kind: 'text' | 'integer' | 'percent' | 'interval';
  value: (row: AnyRow) => string | number | null;
}

const providerName = (t: OutcomeTexts) => (row: AnyRow) => row.providerName ?? t.total;

function columnsOf(key: OutcomeTableKey, t: OutcomeTexts): Column[] {
  const name: Column = { header: () => t.provider, kind: 'text', value: providerName(t) };
  const rate = (header: string): Column => ({
    header: () => header,
    kind: 'percent',
    value: (r) => r.ratePercent,
  });
  const interval: Column = { header: () => t.interval, kind: 'interval', value: () => null };
  if (key === 'exit') {
    const exit = (f: (r: ExitRow) => number) => (r: AnyRow) => f(r as ExitRow);
    return [
      name,
      { header: () => t.exitCompleted, kind: 'integer', value: exit((r) => r.completed) },
      { header: () => t.exitJobOrEducation, kind: 'integer', value: exit((r) => r.jobOrEducation) },
      { header: () => t.exitPartTime, kind: 'integer', value: exit((r) => r.partTime) },
      rate(t.exitRate),
      { header: () => t.exitPending, kind: 'integer', value: exit((r) => r.pending + r.notInRegister) },
      interval,
    ];
  }
  if (key === 'placement') {
    return [
      name,
      { header: () => t.placementCompleted, kind: 'integer', value: (r) => r.completed },
      { header: () => t.placementPlaced, kind: 'integer', value: (r) => (r as PlacementRow).placed },
      rate(t.placementRate),
      interval,
    ];
  }
  return [
    name,
    { header: () => t.planCompleted, kind: 'integer', value: (r) => r.completed },
    { header: () => t.planWithPlan, kind: 'integer', value: (r) => (r as PlanRow).withPlan },
    rate(t.planRate),
    interval,
  ];
}

function titleOf(key: OutcomeTableKey, report: OutcomeResponse, language: Language): string {
  const t = OUTCOME_TEXTS[language];
  const table = report[key];
  const period = formatPeriod(table.from, table.to, language);
  return fill(key === 'exit' ? t.exitTitle : key === 'placement' ? t.placementTitle : t.planTitle, {
    period,
    ...OUTCOME_WINDOWS,
  });
}

function remarks(
  key: OutcomeTableKey,
  report: OutcomeResponse,
  language: Language,
  comparison: ComparisonTable | undefined,
): string[] {
  const t = OUTCOME_TEXTS[language];
  const notes = [
    fill(key === 'exit' ? t.exitNote : key === 'placement' ? t.placementNote : t.planNote, OUTCOME_WINDOWS),
  ];
  if (key === 'placement') {
    const kinds = report.placement.kinds.map((k) => t[k]).join(', ');
    notes.push(fill(t.placementKinds, { kinds }));
  }
  const rows = report[key].rows as AnyRow[];
  const namesOf = (versus: string) => {
    const names = rows.filter((r) => r.versusRest === versus).map((r) => r.providerName ?? '');
    if (names.length <= 1) return names[0];
    return `${names.slice(0, -1).join(', ')} ${language === 'da' ? 'og' : 'and'} ${names.at(-1)}`;
  };
  const notesByVersus = [
    ['higher', t.higherNote],
    ['lower', t.lowerNote],
    ['indistinguishable', t.indistinguishableNote],
  ] as const;
  for (const [versus, template] of notesByVersus) {
    const names = namesOf(versus);
    if (names) notes.push(fill(template, { names }));
  }
  notes.push(...committeeNoteTexts(report.notes, key, language));
  if (comparison && report.comparison) {
    notes.push(
      fill(COMPARISON_TEMPLATE[comparisonVariant(comparison.total)](t), {
        title: report.comparison.title,
        previous: formatPercent(comparison.total.previousRatePercent, language),
        current: formatPercent(comparison.total.ratePercent, language),
        points: formatPoints(comparison.total.points, language),
      }),
    );
  }
  return notes;
}

function cell(column: Column, row: AnyRow, language: Language): string {
  if (column.kind === 'interval') return formatInterval(row.ci95, language);
  const value = column.value(row);
  if (column.kind === 'percent') return formatPercent(value as number | null, language);
  return value === null ? '' : String(value);
}

export function presentTables(report: OutcomeResponse, language: Language): PresentedTable[] {
  const t = OUTCOME_TEXTS[language];
  return OUTCOME_TABLES.map((key) => {
    const columns = columnsOf(key, t);
    const table = report[key];
    return {
      key,
      title: titleOf(key, report, language),
      headers: columns.map((c) => c.header(t)),
      numeric: columns.map((c) => c.kind !== 'text'),
      rows: (table.rows as AnyRow[]).map((row) => columns.map((c) => cell(c, row, language))),
      total: columns.map((c) => cell(c, table.total as AnyRow, language)),
      notes: remarks(key, report, language, report.comparison?.[key]),
    };
  });
}

/** A plain-text rendering for the terminal: one block per table, columns padded. */
export function tablesAsText(report: OutcomeResponse, language: Language): string {
  const t = OUTCOME_TEXTS[language];
  const blocks = presentTables(report, language).map((table) => {
    const all = [table.headers, ...table.rows, table.total];
    const widths = table.headers.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
    const line = (cells: string[]) =>
      cells
        .map((c, i) => (table.numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    return [
      table.title,
      '',
      line(table.headers),
      rule,
      ...table.rows.map(line),
      rule,
      line(table.total),
      '',
      ...table.notes,
    ].join('\n');
  });
  return `${t.documentTitle}\n${fill(t.definition, { version: report.definitionVersion, date: formatDay(todayInCopenhagen(), language) })}\n\n${blocks.join('\n\n')}\n`;
}

// XLSX: a sheet per table with real numbers; CSV: one long table.

function sheetColumns(key: OutcomeTableKey, t: OutcomeTexts): ExportColumn<AnyRow>[] {
  const columns: ExportColumn<AnyRow>[] = columnsOf(key, t)
    .filter((c) => c.kind !== 'interval')
    .map((c) => ({
      header: c.header(t),
      kind: c.kind === 'percent' ? 'percent' : c.kind === 'integer' ? 'integer' : 'text',
      // Whole percents as shown (rounded half up), so Excel's display cannot round differently.
      value:
        c.kind === 'percent' ? (r: AnyRow) => (r.ratePercent === null ? null : r.ratePercent / 100) : c.value,
      width: c.kind === 'text' ? 34 : 22,
    }));
  columns.push(
    // Fractions in a percent format like the share, so the three read in one unit.
    { header: t.ciLow, kind: 'percent_1', value: (r) => (r.ci95 ? r.ci95[0] : null), width: 18 },
    { header: t.ciHigh, kind: 'percent_1', value: (r) => (r.ci95 ? r.ci95[1] : null), width: 18 },
    { header: t.versusRest, kind: 'text', value: (r) => (r.versusRest ? t[r.versusRest] : null), width: 22 },
  );
  return columns;
}

export function workbookTables(report: OutcomeResponse, language: Language): ExportTable<unknown>[] {
  const t = OUTCOME_TEXTS[language];
  const presented = presentTables(report, language);
  return OUTCOME_TABLES.map((key, i) => {
    const table = report[key];
    return {
      title: key === 'exit' ? t.exitSheet : key === 'placement' ? t.placementSheet : t.planSheet,
      notes: [presented[i]!.title, ...presented[i]!.notes],
      columns: sheetColumns(key, t),
      rows: table.rows as AnyRow[],
      totals: [table.total as AnyRow],
    } as ExportTable<unknown>;
  });
}

interface LongRow {
  table: OutcomeTableKey;
  from: string;
  to: string;
  row: AnyRow;
}

export function longTable(report: OutcomeResponse, language: Language): ExportTable<LongRow> {
  const t = OUTCOME_TEXTS[language];
  const rows: LongRow[] = OUTCOME_TABLES.flatMap((key) =>
    [...(report[key].rows as AnyRow[]), report[key].total as AnyRow].map((row) => ({
      table: key,
      from: report[key].from,
      to: report[key].to,
      row,
    })),
  );
  const exit = (field: keyof ExitRow) => (r: LongRow) =>
    r.table === 'exit' ? ((r.row as ExitRow)[field] as number) : null;
  return {
    title: t.csvTitle,
    columns: [
      { header: t.table, kind: 'text', value: (r) => t[r.table] },
      { header: t.from, kind: 'date', value: (r) => r.from },
      { header: t.to, kind: 'date', value: (r) => r.to },
      { header: t.providerCode, kind: 'text', value: (r) => r.row.providerCode },
      { header: t.provider, kind: 'text', value: (r) => r.row.providerName ?? t.total },
      { header: t.completed, kind: 'integer', value: (r) => r.row.completed },
      { header: t.pending, kind: 'integer', value: exit('pending') },
      { header: t.notInRegister, kind: 'integer', value: exit('notInRegister') },
      { header: t.job, kind: 'integer', value: exit('job') },
      { header: t.education, kind: 'integer', value: exit('education') },
      { header: t.jobOrEducation, kind: 'integer', value: exit('jobOrEducation') },
      { header: t.partTime, kind: 'integer', value: exit('partTime') },
      { header: t.publicBenefit, kind: 'integer', value: exit('publicBenefit') },
      { header: t.otherSelfSupporting, kind: 'integer', value: exit('otherSelfSupporting') },
      { header: t.censored, kind: 'integer', value: exit('censored') },
      {
        header: t.placed,
        kind: 'integer',
        value: (r) => (r.table === 'placement' ? (r.row as PlacementRow).placed : null),
      },
      {
        header: t.withPlan,
        kind: 'integer',
        value: (r) => (r.table === 'plan' ? (r.row as PlanRow).withPlan : null),
      },
      { header: t.ratePercent, kind: 'integer', value: (r) => r.row.ratePercent },
      { header: t.ciLow, kind: 'decimal', value: (r) => (r.row.ci95 ? r.row.ci95[0] * 100 : null) },
      { header: t.ciHigh, kind: 'decimal', value: (r) => (r.row.ci95 ? r.row.ci95[1] * 100 : null) },
      { header: t.versusRest, kind: 'text', value: (r) => (r.row.versusRest ? t[r.row.versusRest] : null) },
    ],
    rows,
  };
}

/**
 * Issue 13: the committee notes of one table in the reader's language — a published total that differs
 * from the printed source, and the courses left out until the register covers their window. One text
 * for the results page's exports and the fair comparison's.
 */
export function committeeNoteTexts(
  notes: readonly CommitteeNote[] | undefined,
  key: OutcomeTableKey,
  language: Language,
): string[] {
  const t = OUTCOME_TEXTS[language];
  return (notes ?? [])
    .filter((note) => note.table === key)
    .map((note) =>
      note.kind === 'printedTotal'
        ? fill(t.printedTotalNote, { source: note.source, printed: note.printed, rowsSum: note.rowsSum })
        : fill(note.courses === 1 ? t.pendingNoteOne : t.pendingNote, {
            courses: new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB').format(note.courses),
            month: formatMonth(note.coveredWith, language),
          }),
    );
}
