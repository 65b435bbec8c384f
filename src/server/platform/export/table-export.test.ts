import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tablesToXlsx, tableToCsv, type ExportTable } from './table-export.ts';

interface Row {
  activity: string;
  y2019: number;
  share: number;
  from: string;
}

const table: ExportTable<Row> = {
  title: 'Tabel 1 – Oversigt over udgifter til service',
  notes: ['1.000 kr. – 2019 p/l'],
  columns: [
    { header: 'Aktivitet', kind: 'text', value: (r) => r.activity },
    { header: '2019', kind: 'thousand_kroner', value: (r) => r.y2019 },
    { header: 'Andel', kind: 'percent', value: (r) => r.share },
    { header: 'Fra', kind: 'date', value: (r) => r.from },
  ],
  rows: [
    { activity: 'Misbrugsbehandling; fremskudt', y2019: 60_000_000, share: 0.07, from: '2019-01-01' },
    { activity: '=HYPERLINK("x")', y2019: 120_000_000, share: 0.1, from: '2019-01-01' },
  ],
  totals: [{ activity: 'Udgifter i alt', y2019: 180_000_000, share: 0.17, from: '2019-01-01' }],
};

describe('table export', () => {
  it('writes Danish CSV: semicolons, decimal comma, thousands dots, BOM, and defuses formulas', () => {
    const csv = tableToCsv(table, { danish: true });
    expect(csv.startsWith('\uFEFFAktivitet;2019;Andel;Fra\r\n')).toBe(true);
    expect(csv).toContain('"Misbrugsbehandling; fremskudt";600;7 %;01-01-2019');
    expect(csv).toContain(`"'=HYPERLINK(""x"")";1.200;10 %`);
    expect(csv).toContain('Udgifter i alt;1.800;17 %');
  });

  it('writes plain CSV with commas and a decimal point', () => {
    const csv = tableToCsv(table, { danish: false });
    expect(csv).toContain('Udgifter i alt,1800,17%,2019-01-01');
  });

  it('guards every text cell, headers too, and leaves negative numbers in number columns as numbers', () => {
    const payloads: ExportTable<Row> = {
      ...table,
      columns: [{ header: '=Aktivitet', kind: 'text', value: (r) => r.activity }, ...table.columns.slice(1)],
      rows: [
        "-1+cmd|' /C calc'!A0",
        '-2+3+HYPERLINK("http://x.example")',
        '＝1+1',
        '＋1',
        '－1',
        '＠SUM(A1)',
        '\t=1+1',
        '\r=1+1',
        '-5',
      ].map((activity) => ({ activity, y2019: -120_000_000, share: -0.1, from: '2019-01-01' })),
      totals: [],
    };
    const lines = tableToCsv(payloads, { danish: true }).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe("'=Aktivitet;2019;Andel;Fra");
    expect(lines.slice(1, 7)).toEqual([
      "'-1+cmd|' /C calc'!A0;-1.200;-10 %;01-01-2019",
      `"'-2+3+HYPERLINK(""http://x.example"")";-1.200;-10 %;01-01-2019`,
      "'＝1+1;-1.200;-10 %;01-01-2019",
      "'＋1;-1.200;-10 %;01-01-2019",
      "'－1;-1.200;-10 %;01-01-2019",
      "'＠SUM(A1);-1.200;-10 %;01-01-2019",
    ]);
    expect(lines[7]).toBe("'\t=1+1;-1.200;-10 %;01-01-2019");
    expect(lines[8]).toBe(`"'\r=1+1";-1.200;-10 %;01-01-2019`);
    expect(lines[9]).toBe("'-5;-1.200;-10 %;01-01-2019");
    expect(tableToCsv(payloads, { danish: false })).toContain("'-1+cmd|' /C calc'!A0,-1200,-10%,2019-01-01");
  });

  it('writes a text that looks like a formula into XLSX as a string cell, not a formula', async () => {
    const formulas: ExportTable<Row> = {
      ...table,
      rows: ['=1+1', "-1+cmd|' /C calc'!A0", '@SUM(A1)'].map((activity) => ({
        activity,
        y2019: -60_000_000,
        share: 0,
        from: '2019-01-01',
      })),
      totals: [],
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await tablesToXlsx([formulas as ExportTable<unknown>])) as unknown as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0]!;
    ['=1+1', "-1+cmd|' /C calc'!A0", '@SUM(A1)'].forEach((text, i) => {
      const cell = sheet.getRow(5 + i).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
      expect(sheet.getRow(5 + i).getCell(2).value).toBe(-600);
    });
  });

  it('writes XLSX with number cells and number formats', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tablesToXlsx([table as ExportTable<unknown>])) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Tabel 1 – Oversigt over udgifte');
    const header = sheet.getRow(4);
    expect(header.getCell(1).value).toBe('Aktivitet');
    const first = sheet.getRow(5);
    expect(first.getCell(2).value).toBe(600);
    expect(first.getCell(2).numFmt).toBe('#,##0');
    expect(first.getCell(3).value).toBe(0.07);
    expect(sheet.getRow(7).font?.bold).toBe(true);
  });
});
