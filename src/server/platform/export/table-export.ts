// Tables out of the app: XLSX with real number cells and formats (exceljs), and CSV — Danish (";",
// decimal comma, thousands dots, UTF-8 BOM so Excel opens it right) or plain (",", decimal point).
// Every module's export goes through here, so formats are the same everywhere; CSV is written by csv.ts
// (quoting and the formula guard), as are the CLI's CSV files.
import type { FastifyReply } from 'fastify';
import { AppError } from '../../../shared/errors.ts';
import type { ExportFormat } from '../../../shared/export-formats.ts';
import { csvNumber, writeCsv, type CsvCell } from './csv.ts';
import { attachmentHeader, exportFileName } from './file-name.ts';

/**
 * How a column's values are read and shown. Money is given in øre (integers): `kroner` shows kroner
 * with øre, `thousand_kroner` shows 1.000 kr. as in budget tables. `percent` is a fraction (0.07 = 7 %)
 * shown in whole percents, `percent_1` the same with one decimal (an interval's bounds: 6,8 %).
 */
export type ColumnKind =
  'text' | 'integer' | 'decimal' | 'kroner' | 'thousand_kroner' | 'percent' | 'percent_1' | 'date';

export interface ExportColumn<R> {
  header: string;
  kind: ColumnKind;
  value: (row: R) => string | number | null | undefined;
  width?: number;
}

export interface ExportTable<R = never> {
  /** Sheet name and heading. */
  title: string;
  /** Lines under the heading, e.g. "1.000 kr. – 2019 p/l". */
  notes?: string[];
  columns: ExportColumn<R>[];
  rows: readonly R[];
  /** Rows shown bold at the end (totals). */
  totals?: readonly R[];
}

export type { ExportFormat };

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  integer: '#,##0',
  decimal: '#,##0.0',
  kroner: '#,##0.00',
  thousand_kroner: '#,##0',
  percent: '0%',
  percent_1: '0.0%',
  date: 'dd-mm-yyyy',
};

function cellValue(kind: ColumnKind, raw: string | number | null | undefined): string | number | Date | null {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (kind) {
    case 'kroner':
      return Number(raw) / 100;
    case 'thousand_kroner':
      return Number(raw) / 100_000;
    case 'date':
      return new Date(`${String(raw)}T00:00:00Z`);
    case 'text':
      return String(raw);
    default:
      return Number(raw);
  }
}

// Sheet names: at most 31 characters, none of : \ / ? * [ ]
function sheetName(title: string, used: Set<string>): string {
  const base =
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Ark';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name);
  return name;
}

export async function tablesToXlsx(tables: readonly ExportTable<unknown>[]): Promise<Buffer> {
  // Loaded at the first workbook: about 0.25 s that every start would pay otherwise (bench/startup.ts).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'indsats';
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, used));
    sheet.addRow([table.title]).font = { bold: true, size: 14 };
    for (const note of table.notes ?? []) sheet.addRow([note]).font = { italic: true };
    sheet.addRow([]);
    const header = sheet.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.border = { bottom: { style: 'thin' } };
    });
    const addRows = (rows: readonly unknown[], bold: boolean) => {
      for (const row of rows) {
        const added = sheet.addRow(table.columns.map((c) => cellValue(c.kind, c.value(row as never))));
        if (bold) added.font = { bold: true };
      }
    };
    addRows(table.rows, false);
    addRows(table.totals ?? [], true);
    table.columns.forEach((column, index) => {
      const sheetColumn = sheet.getColumn(index + 1);
      sheetColumn.width = column.width ?? Math.max(12, Math.min(50, column.header.length + 4));
      const format = NUMBER_FORMATS[column.kind];
      if (format) sheetColumn.numFmt = format;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function groupThousands(digits: string, separator: string): string {
  return separator ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator) : digits;
}

function formatNumber(value: number, decimals: number, danish: boolean): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const text = groupThousands(whole!, danish ? '.' : '') + (fraction ? (danish ? ',' : '.') + fraction : '');
  return value < 0 ? `-${text}` : text;
}

function csvCell(kind: ColumnKind, raw: string | number | null | undefined, danish: boolean): CsvCell {
  if (raw === null || raw === undefined || raw === '') return null;
  switch (kind) {
    case 'kroner':
      return csvNumber(formatNumber(Number(raw) / 100, 2, danish));
    case 'thousand_kroner':
      return csvNumber(formatNumber(Math.round(Number(raw) / 100_000), 0, danish));
    case 'integer':
      return csvNumber(formatNumber(Number(raw), 0, danish));
    case 'decimal':
      return csvNumber(formatNumber(Number(raw), 1, danish));
    case 'percent':
    case 'percent_1':
      return csvNumber(
        `${formatNumber(Number(raw) * 100, kind === 'percent' ? 0 : 1, danish)}${danish ? ' %' : '%'}`,
      );
    case 'date': {
      const [y, m, d] = String(raw).split('-');
      return danish ? `${d}-${m}-${y}` : String(raw);
    }
    case 'text':
      return String(raw);
  }
}

/** One table as CSV (csv.ts: quoting and the formula guard): Danish with ";" and a BOM, or plain. */
export function tableToCsv<R>(table: ExportTable<R>, options: { danish: boolean }): string {
  const rows: CsvCell[][] = [table.columns.map((c) => c.header)];
  for (const row of [...table.rows, ...(table.totals ?? [])]) {
    rows.push(table.columns.map((c) => csvCell(c.kind, c.value(row), options.danish)));
  }
  return writeCsv(rows, { delimiter: options.danish ? ';' : ',', bom: options.danish });
}

/** Answers an export request: one XLSX workbook (a sheet per table), or the first table as CSV. */
export async function sendTables(
  reply: FastifyReply,
  format: ExportFormat,
  filename: string,
  tables: readonly ExportTable<unknown>[],
): Promise<FastifyReply> {
  const disposition = attachmentHeader(exportFileName(filename, format));
  if (format === 'xlsx') {
    const body = await tablesToXlsx(tables);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', disposition)
      .send(body);
  }
  const first = tables[0];
  if (!first) throw new AppError('NOT_FOUND', 'access.not_found');
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', disposition)
    .send(tableToCsv(first, { danish: format === 'csv' }));
}
