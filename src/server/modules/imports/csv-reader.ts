// A streaming CSV reader for the bulk imports: RFC 4180 quoting (quoted fields may hold delimiters,
// doubled quotes and line breaks), CRLF or LF, UTF-8 (refused where a byte is not: no U+FFFD) or
// Windows-1252 (csv-decoding.ts), a UTF-8 byte-order mark tolerated, and the delimiter
// (`,` or `;`) detected from the header line. It never holds the file: records are parsed chunk by chunk
// and only an unfinished record is carried over to the next chunk. Every record carries the 1-based line
// it starts on (the header is line 1), so every error can name its line.
import fs from 'node:fs';
import type { ImportMessageKey } from '../../../shared/imports/import.messages.ts';
import { decodeChunks, InvalidUtf8Error, type CsvEncoding } from './csv-decoding.ts';

export type { CsvEncoding };

export interface CsvProblem {
  message: ImportMessageKey;
  params?: Record<string, string | number>;
}

export interface CsvRecord {
  /** The line the record starts on; the header is line 1. */
  line: number;
  fields: string[];
  /** A quoting problem; the fields are then a best effort. */
  problem?: CsvProblem;
}

/**
 * A record without quotes handed over as its text, unsplit (when the reader is asked to): a kind whose
 * rows have hundreds of fields scans the text instead of making a string of every field.
 */
export interface CsvText {
  line: number;
  /** The record's text without its line break; its fields are separated by `delimiter`. */
  text: string;
  delimiter: Delimiter;
}

export interface ReadCsvOptions {
  /** Consulted for each record after the header: true hands records without quotes over as CsvText. */
  unsplit?: { enabled: boolean };
  /** The file's character set (default UTF-8). */
  encoding?: CsvEncoding;
}

export type Delimiter = ',' | ';';

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** A record longer than this is refused rather than buffered (a quote left open swallows the file). */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** `;` when the header line has more semicolons than commas outside quotes, else `,`. */
export function detectDelimiter(headerLine: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

interface Parsed {
  record: CsvRecord | CsvText;
  /** Index just after the record's line break (or the end of the text). */
  end: number;
  /** Line breaks the record spans, its own terminating one included. */
  lines: number;
}

/**
 * Parses one record starting at `start`; undefined when the text ends before the record does.
 * `quoteAt` is the position of the first quote at or after `start` (-1: none in the text): a record
 * ending before it has no quoted field and is split natively (most records; much faster than per
 * character on wide extracts).
 */
function parseRecord(
  text: string,
  start: number,
  line: number,
  delimiter: number,
  isLast: boolean,
  quoteAt: number,
  unsplit: boolean,
) {
  const lineEnd = text.indexOf('\n', start);
  // A record ends with a line break (a quoted one included) or with the text: wait for more.
  if (lineEnd < 0 && !isLast) return undefined;
  if (quoteAt < 0 || (lineEnd >= 0 && quoteAt > lineEnd)) {
    let end = lineEnd >= 0 ? lineEnd : text.length;
    // A CR right before the line break (or the end of the text) belongs to the line break.
    if (end > start && text.charCodeAt(end - 1) === CR) end--;
    const separator = String.fromCharCode(delimiter) as Delimiter;
    const record: CsvRecord | CsvText = unsplit
      ? { line, text: text.slice(start, end), delimiter: separator }
      : { line, fields: text.slice(start, end).split(separator) };
    return lineEnd >= 0
      ? ({ record, end: lineEnd + 1, lines: 1 } satisfies Parsed)
      : ({ record, end: text.length, lines: 0 } satisfies Parsed);
  }
  const fields: string[] = [];
  let problem: CsvProblem | undefined;
  let lines = 0;
  let i = start;
  const length = text.length;
  for (;;) {
    let value: string;
    let next: number;
    if (i < length && text.charCodeAt(i) === QUOTE) {
      // Quoted: up to the closing quote; "" is one quote.
      let j = i + 1;
      value = '';
      for (;;) {
        const k = text.indexOf('"', j);
        if (k < 0 || (k + 1 >= length && !isLast)) {
          if (!isLast) return undefined;
          value += text.slice(j);
          problem ??= { message: 'import.csv.unclosed_quote' };
          j = length;
          break;
        }
        if (text.charCodeAt(k + 1) === QUOTE) {
          value += text.slice(j, k + 1);
          j = k + 2;
          continue;
        }
        value += text.slice(j, k);
        j = k + 1;
        break;
      }
      for (let n = value.indexOf('\n'); n >= 0; n = value.indexOf('\n', n + 1)) lines++;
      // After the closing quote: the delimiter, the line break or the end.
      next = j;
      while (next < length) {
        const c = text.charCodeAt(next);
        if (c === delimiter || c === LF) break;
        if (c === CR && (next + 1 >= length || text.charCodeAt(next + 1) === LF)) {
          next++;
          continue;
        }
        problem ??= { message: 'import.csv.after_quote' };
        next++;
      }
    } else {
      next = i;
      while (next < length) {
        const c = text.charCodeAt(next);
        if (c === delimiter || c === LF) break;
        next++;
      }
      value = text.slice(i, next);
      if (value.endsWith('\r') && (next >= length || text.charCodeAt(next) === LF))
        value = value.slice(0, -1);
      if (value.includes('"')) problem ??= { message: 'import.csv.stray_quote' };
    }
    if (next >= length && !isLast) return undefined;
    fields.push(value);
    if (next < length && text.charCodeAt(next) === delimiter) {
      i = next + 1;
      continue;
    }
    // A line break or the end of the text ends the record.
    const end = next < length ? next + 1 : length;
    if (next < length) lines++;
    const record: CsvRecord = problem ? { line, fields, problem } : { line, fields };
    return { record, end, lines } satisfies Parsed;
  }
}

function isBlank(record: CsvRecord | CsvText): boolean {
  if ('text' in record) return record.text === '';
  return record.fields.length === 1 && record.fields[0] === '' && !record.problem;
}

/**
 * Reads CSV records from a stream of bytes (or text). The first record is the header. Blank lines are
 * skipped (their lines still count).
 */
export function readCsv(source: AsyncIterable<Buffer | string>): AsyncGenerator<CsvRecord>;
export function readCsv(
  source: AsyncIterable<Buffer | string>,
  options: ReadCsvOptions,
): AsyncGenerator<CsvRecord | CsvText>;
export async function* readCsv(
  source: AsyncIterable<Buffer | string>,
  options: ReadCsvOptions = {},
): AsyncGenerator<CsvRecord | CsvText> {
  let carry = '';
  let line = 1;
  let delimiter: number | undefined;
  let first = true;

  function* drain(isLast: boolean): Generator<CsvRecord | CsvText> {
    if (delimiter === undefined) {
      const newline = carry.indexOf('\n');
      if (newline < 0 && !isLast) return;
      delimiter = detectDelimiter(newline < 0 ? carry : carry.slice(0, newline)).charCodeAt(0);
    }
    let position = 0;
    let quoteAt = carry.indexOf('"');
    while (position < carry.length) {
      if (quoteAt >= 0 && quoteAt < position) quoteAt = carry.indexOf('"', position);
      const unsplit = options.unsplit?.enabled === true;
      const parsed = parseRecord(carry, position, line, delimiter, isLast, quoteAt, unsplit);
      if (!parsed) break;
      position = parsed.end;
      line += parsed.lines;
      if (!isBlank(parsed.record)) yield parsed.record;
    }
    carry = carry.slice(position);
    if (carry.length > MAX_RECORD_CHARS) throw new CsvTooLongError(line);
  }

  const texts = decodeChunks(source, options.encoding);
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await texts.next();
    } catch (error) {
      if (!(error instanceof InvalidUtf8Error)) throw error;
      // The lines before the bad byte: those read, those waiting in carry, those in its chunk.
      let newlines = 0;
      for (let n = carry.indexOf('\n'); n >= 0; n = carry.indexOf('\n', n + 1)) newlines++;
      throw new CsvEncodingError(line + newlines + error.lineBreaks);
    }
    if (next.done) break;
    let text = next.value;
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    carry += text;
    yield* drain(false);
  }
  yield* drain(true);
}

/** Bytes that are not UTF-8 (the file is in another character set, most likely Windows-1252). */
export class CsvEncodingError extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is not valid UTF-8`);
    this.name = 'CsvEncodingError';
  }
}

/** A record (an open quote, most likely) longer than the reader will buffer. */
export class CsvTooLongError extends Error {
  constructor(readonly line: number) {
    super(`CSV record starting on line ${line} is too long`);
    this.name = 'CsvTooLongError';
  }
}

/**
 * The bytes of a file as a stream, reporting each chunk's bytes to `onBytes` (progress, the file's
 * SHA-256) as it is read.
 */
export async function* fileChunks(
  filePath: string,
  onBytes: (chunk: Buffer) => void = () => undefined,
): AsyncGenerator<Buffer> {
  const stream = fs.createReadStream(filePath, { highWaterMark: 256 * 1024 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes(chunk);
    yield chunk;
  }
}
