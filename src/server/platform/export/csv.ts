// The one CSV writer: every CSV file the product writes (table exports from the API, `indsats report`,
// `indsats audit export`) goes through here, so quoting and the formula guard are the same everywhere.
//
// Formula guard (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with = + - @, a tab or a
// carriage return — or their full-width forms ＝ ＋ － ＠ — as a formula, e.g. `-1+cmd|' /C calc'!A0`
// or `=HYPERLINK(…)`. Such a text cell gets a leading apostrophe, which the spreadsheet shows as text.
// Numbers are written as numbers and left alone, so a negative amount stays a number.

/** A number already formatted for the reader, e.g. Danish `-1.234,50` or `7 %`: written as it is. */
export interface CsvNumber {
  readonly formatted: string;
}

/** A text (guarded), a number (written as a number), or nothing (an empty cell). */
export type CsvCell = string | number | CsvNumber | null | undefined;

export interface CsvOptions {
  delimiter: ',' | ';';
  /** A UTF-8 byte-order mark first, so Excel reads the file as UTF-8 (the Danish exports). */
  bom?: boolean;
  /** Between rows; RFC 4180's CRLF unless given. */
  newline?: '\r\n' | '\n';
}

// = + - @ tab CR, and the full-width = + - @ (U+FF1D, U+FF0B, U+FF0D, U+FF20).
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

// What a number looks like once formatted: an optional minus, digits with thousands and decimal
// separators (Danish or plain), an optional exponent or percent sign. Anything else is text.
const NUMBER_TEXT = /^-?\d[\d.,]*(e[+-]?\d+)?( ?%)?$/i;

/** Marks a formatted number as a number cell: not guarded, so `-1.234,50` stays a number. */
export function csvNumber(formatted: string): CsvNumber {
  return { formatted };
}

/** A text cell as a spreadsheet will show it, never as a formula. */
export function guardCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return guardCsvText(cell);
  const text = typeof cell === 'number' ? String(cell) : cell.formatted;
  // Only what is a number passes unguarded (not "-Infinity", nor text handed in as a number).
  return NUMBER_TEXT.test(text) ? text : guardCsvText(text);
}

/** One field: guarded, and quoted when it holds a delimiter, a quote or a line break. */
export function csvField(cell: CsvCell, delimiter: CsvOptions['delimiter']): string {
  const text = cellText(cell);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  const newline = options.newline ?? '\r\n';
  const lines = rows.map((row) =>
    row.map((cell) => csvField(cell, options.delimiter)).join(options.delimiter),
  );
  return (options.bom ? '\uFEFF' : '') + lines.map((line) => line + newline).join('');
}
