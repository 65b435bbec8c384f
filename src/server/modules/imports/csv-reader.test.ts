import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv, type CsvRecord, type CsvText } from './csv-reader.ts';

/** Reads `text` delivered in chunks of `size` bytes (UTF-8), so records and characters split across chunks. */
async function read(text: string, size = 1_000_000): Promise<CsvRecord[]> {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const records: CsvRecord[] = [];
  for await (const record of readCsv(Readable.from(chunks))) records.push(record);
  return records;
}

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['"a;b",c', ','],
    ['"a,b";c;d', ';'],
    ['single', ','],
  ])('reads %s as %s', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});

describe('readCsv', () => {
  it('reads a header and rows with line numbers, the header being line 1', async () => {
    const records = await read('code,name\n1,Et\n2,To\n');
    expect(records).toEqual([
      { line: 1, fields: ['code', 'name'] },
      { line: 2, fields: ['1', 'Et'] },
      { line: 3, fields: ['2', 'To'] },
    ]);
  });

  it('detects semicolons, tolerates a byte-order mark and CRLF line ends', async () => {
    const records = await read('\uFEFFcode;name\r\n1;Ærø\r\n2;Øst');
    expect(records.map((r) => r.fields)).toEqual([
      ['code', 'name'],
      ['1', 'Ærø'],
      ['2', 'Øst'],
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks, counting the lines', async () => {
    const records = await read('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row\n');
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 5, fields: ['last', 'row'] },
    ]);
  });

  it('skips blank lines but counts them', async () => {
    const records = await read('a,b\n\n1,2\r\n\r\n3,4\n\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [5, ['3', '4']],
    ]);
  });

  it('keeps empty fields', async () => {
    expect((await read('a,b,c\n,,\n1,,3'))[1]!.fields).toEqual(['', '', '']);
    expect((await read('a,b,c\n,,\n1,,3'))[2]!.fields).toEqual(['1', '', '3']);
  });

  it('reports quoting problems on the record with its line', async () => {
    const records = await read('a,b\nab"c,d\n"x"y,z\nok,fine\n"open,end\n');
    expect(records[1]).toMatchObject({ line: 2, problem: { message: 'import.csv.stray_quote' } });
    expect(records[2]).toMatchObject({ line: 3, problem: { message: 'import.csv.after_quote' } });
    expect(records[3]).toEqual({ line: 4, fields: ['ok', 'fine'] });
    expect(records[4]).toMatchObject({ line: 5, problem: { message: 'import.csv.unclosed_quote' } });
  });

  it('reads an empty file as no records', async () => {
    expect(await read('')).toEqual([]);
    expect(await read('\uFEFF')).toEqual([]);
  });

  it('gives the same records however the bytes are split into chunks', async () => {
    const text = 'navn;by\r\n"Åse ""Å"" Ødegård";"Kø\r\nbenhavn"\r\nBo;Års\r\n';
    const whole = await read(text);
    for (const size of [1, 2, 3, 5, 7]) expect(await read(text, size)).toEqual(whole);
  });

  it('hands records without quotes over unsplit when asked, giving the same fields and lines', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'æ', ';', '"', '\n', ' ', '1') });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 9 }),
        async (rows, crlf, size) => {
          // Quote only the cells that need it, so most records have no quote.
          const quote = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
          const text = ['h1;h2', ...rows.map((row) => row.map(quote).join(';'))].join(crlf ? '\r\n' : '\n');
          const bytes = Buffer.from(text, 'utf8');
          const chunks: Buffer[] = [];
          for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
          const unsplit: (CsvRecord | CsvText)[] = [];
          for await (const record of readCsv(Readable.from(chunks), { unsplit: { enabled: true } })) {
            unsplit.push(record);
          }
          const asFields = unsplit.map((r) =>
            'text' in r ? { line: r.line, fields: r.text.split(r.delimiter) } : r,
          );
          expect(asFields).toEqual(await read(text, size));
          expect(unsplit.some((r) => 'text' in r && r.text.includes('"'))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads back any table written with RFC 4180 quoting, in any chunk size', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'æ', ',', ';', '"', '\n', '\r\n', ' ', '1') });
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 4 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }),
          ),
        fc.integer({ min: 1, max: 9 }),
        async (rows, size) => {
          const header = rows[0]!.map((_, i) => `c${i}`);
          const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
          const text = [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n');
          const records = await read(text, size);
          // A row of one empty field reads as a blank line and is skipped.
          const expected = [header, ...rows].filter((row) => !(row.length === 1 && row[0] === ''));
          expect(records.map((r) => r.fields)).toEqual(expected);
          expect(records.every((r) => !r.problem)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
