// The fair comparison's cost rows and selection rows as Danish CSV (issue 13; one table a file, like the
// other CSV exports: ";", a BOM, decimal comma and thousands dots, through the platform's CSV writer).
// Kroner with two decimals (øre), counts as integers, the Fisher p exact. The three tables' CSV is in
// fairness-render.ts.
import type { FairnessCsvPart } from '../../../../shared/outcomes/fairness.constants.ts';
import type { FairnessReport } from '../../../../shared/outcomes/fairness.schemas.ts';
import { formatDanishDate } from '../../../../shared/dates.ts';
import { csvNumber, writeCsv, type CsvCell } from '../../../platform/export/csv.ts';
import { danishNumber, exactDanish, fairnessAsCsv } from './fairness-render.ts';

const TOTAL = 'I alt';
const BANDS = { low: 'Laveste', middle: 'Midterste', high: 'Højeste' } as const;

const kroner = (value: number | null): CsvCell => (value === null ? null : csvNumber(danishNumber(value, 2)));
const integer = (value: number): CsvCell => csvNumber(danishNumber(value, 0));
const exact = (value: number | null): CsvCell => (value === null ? null : csvNumber(exactDanish(value)));

/** A row per provider with a completed course in the exit table's period, then the total. */
export function costAsCsv(report: FairnessReport): string {
  const { cost } = report;
  const rows: CsvCell[][] = [
    [
      'Fra',
      'Til',
      'Faktureret til',
      'Leverandørkode',
      'Leverandør',
      'Faktureret (kr.)',
      'Resultater',
      'Kr. pr. resultat',
      'Afsluttede forløb',
      'Kr. pr. afsluttet forløb',
    ],
  ];
  for (const row of [...cost.rows, cost.total]) {
    rows.push([
      formatDanishDate(report.exit.from),
      formatDanishDate(report.exit.to),
      formatDanishDate(cost.asOf),
      row.providerCode,
      row.providerName ?? TOTAL,
      kroner(row.billedKroner),
      integer(row.successes),
      kroner(row.kronerPerSuccess),
      integer(row.completed),
      kroner(row.kronerPerCompleted),
    ]);
  }
  return writeCsv(rows, { delimiter: ';', bom: true });
}

/** Three rows per provider (lowest, middle and highest expected chance), with its test and flag. */
export function selectionAsCsv(report: FairnessReport): string {
  const { selection } = report;
  const rows: CsvCell[][] = [
    [
      'Fra',
      'Til',
      'Leverandørkode',
      'Leverandør',
      'Forventet chance',
      'Henvist',
      'Modtaget',
      'Afvist',
      'Trukket tilbage',
      'Ophørt inden 28 dage',
      'p (Fisher, ensidet)',
      'Markeret',
    ],
  ];
  for (const row of selection.rows) {
    rows.push([
      formatDanishDate(selection.from),
      formatDanishDate(selection.to),
      row.providerCode,
      row.providerName,
      BANDS[row.band],
      integer(row.referred),
      integer(row.accepted),
      integer(row.rejected),
      integer(row.withdrawn),
      integer(row.earlyEnds),
      exact(row.creamingP),
      row.flagged ? 'ja' : 'nej',
    ]);
  }
  return writeCsv(rows, { delimiter: ';', bom: true });
}

/** The CSV of one part of the report. */
export function fairnessCsvPart(report: FairnessReport, part: FairnessCsvPart = 'tables'): string {
  switch (part) {
    case 'tables':
      return fairnessAsCsv(report);
    case 'cost':
      return costAsCsv(report);
    case 'selection':
      return selectionAsCsv(report);
  }
}
