import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CsvEncodingError,
  detectDelimiter,
  readCsv,
  type CsvEncoding,
  type CsvRecord,
  type CsvText,
} from './csv-reader.ts';
import { firstInvalidUtf8 } from './csv-decoding.ts';

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

/** Reads raw bytes delivered in chunks of `size` bytes with the given encoding. */
async function readBytes(bytes: Buffer, size = 1_000_000, encoding?: CsvEncoding): Promise<CsvRecord[]> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const records: CsvRecord[] = [];
  for await (const record of readCsv(Readable.from(chunks), encoding ? { encoding } : {})) {
    records.push(record as CsvRecord);
  }
  return records;
}

/** Windows-1252 bytes of a text whose characters all exist there (Danish letters do). */
function windows1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

describe('readCsv and character sets', () => {
  const danish = 'navn;by\r\nBjørn Æbelø;Årslev\r\nÅse;Kø\r\n';

  it('refuses bytes that are not UTF-8, naming the first bad line, in any chunk size', async () => {
    for (const size of [1, 2, 3, 7, 1_000_000]) {
      const error = await readBytes(windows1252(danish), size).catch((e: unknown) => e);
      expect(error, `chunks of ${size}`).toBeInstanceOf(CsvEncodingError);
      expect((error as CsvEncodingError).line).toBe(2);
    }
    const later = Buffer.concat([Buffer.from('a,b\n"x\ny",1\nok,2\n', 'utf8'), windows1252('Bjørn,3\n')]);
    expect(await readBytes(later, 4).catch((e: unknown) => e)).toMatchObject({ line: 5 });
  });

  it('refuses a UTF-8 sequence cut off at the end of the file, and never yields U+FFFD', async () => {
    const cut = Buffer.concat([Buffer.from('a\nø', 'utf8').subarray(0, 3)]);
    expect(await readBytes(cut).catch((e: unknown) => e)).toMatchObject({ line: 2 });
    for (const bad of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff]]) {
      const bytes = Buffer.concat([Buffer.from('a\nb\n'), Buffer.from(bad)]);
      expect(await readBytes(bytes, 1).catch((e: unknown) => e), bad.join(' ')).toBeInstanceOf(
        CsvEncodingError,
      );
    }
  });

  it('reads Windows-1252 when asked, and UTF-8 split anywhere', async () => {
    const expected = [
      ['navn', 'by'],
      ['Bjørn Æbelø', 'Årslev'],
      ['Åse', 'Kø'],
    ];
    for (const size of [1, 2, 3, 1_000_000]) {
      expect((await readBytes(windows1252(danish), size, 'windows-1252')).map((r) => r.fields)).toEqual(
        expected,
      );
      expect((await readBytes(Buffer.from(danish, 'utf8'), size, 'utf-8')).map((r) => r.fields)).toEqual(
        expected,
      );
    }
    // Windows-1252's own letters beyond Latin-1: € and the curly quotes.
    const euro = await readBytes(Buffer.from([0x61, 0x0a, 0x80, 0x93, 0x94, 0x0a]), 1, 'windows-1252');
    expect(euro[1]!.fields).toEqual(['€“”']);
  });

  it('strips a UTF-8 byte-order mark, and reads a file with one as UTF-8 whatever was chosen', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(danish, 'utf8')]);
    for (const size of [1, 2, 1_000_000]) {
      expect((await readBytes(withBom, size))[1]!.fields).toEqual(['Bjørn Æbelø', 'Årslev']);
      expect((await readBytes(withBom, size, 'windows-1252'))[0]!.fields).toEqual(['navn', 'by']);
      expect((await readBytes(withBom, size, 'windows-1252'))[1]!.fields).toEqual(['Bjørn Æbelø', 'Årslev']);
    }
  });

  it('reads any text written as UTF-8, in any chunk size, exactly', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'æ', 'ø', '€', '😀', ';', ' ', '1') });
    await fc.assert(
      fc.asyncProperty(
        fc.array(cell, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 9 }),
        async (cells, size) => {
          const text = ['h', ...cells.map((c) => `x${c}`)].join('\n');
          const records = await readBytes(Buffer.from(text, 'utf8'), size);
          expect(records.map((r) => r.fields.join(';'))).toEqual(['h', ...cells.map((c) => `x${c}`)]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('firstInvalidUtf8', () => {
  it('finds a bad byte exactly when Node does not take the bytes for UTF-8', () => {
    // Bytes near the edges of UTF-8: continuation bytes, overlong and surrogate leads, and the largest.
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(
        0x80,
        0xbf,
        0xc0,
        0xc1,
        0xc2,
        0xdf,
        0xe0,
        0xed,
        0xef,
        0xf0,
        0xf4,
        0xf5,
        0xa0,
        0x9f,
        0x90,
        0x8f,
      ),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (values) => {
        const bytes = Buffer.from(values);
        expect(firstInvalidUtf8(bytes) === -1).toBe(isUtf8(bytes));
      }),
      { numRuns: 5000 },
    );
  });
});
