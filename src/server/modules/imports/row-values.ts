// Reading one record's cells with the checks every kind shares: characters a text may hold, required
// text, ISO dates that exist, CPR and CVR numbers, fixed lists. Each failed check adds an error with the
// line and column and marks the row as refused; the row's other cells are still checked, so one pass
// reports all of a line's errors.
import { parseCpr } from '../../../shared/cpr.ts';
import { parseCvr } from '../../../shared/cvr.ts';
import type { ImportMessageKey } from '../../../shared/imports/import.messages.ts';
import type { MessageKey } from '../../../shared/messages.ts';
import { findUnsafeCharacter, formatCodePoint, type TextKind } from '../../../shared/text-input.ts';
import type { CsvRecord } from './csv-reader.ts';
import type { ColumnMap, ErrorLog, SeenKeys } from './pipeline.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' when the text is a calendar date that exists (no 31 February), else undefined. */
export function parseIsoDate(text: string): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists && year >= 1900 ? text : undefined;
}

export class RowReader<C extends string> {
  ok = true;
  /** Columns refused for a character they may not hold: their other checks say nothing more. */
  private readonly unsafe = new Set<C>();

  constructor(
    private readonly record: CsvRecord,
    private readonly columns: ColumnMap<C>,
    private readonly errors: ErrorLog,
  ) {}

  get line(): number {
    return this.record.line;
  }

  fail(column: C, message: ImportMessageKey | MessageKey, params?: Record<string, string | number>): void {
    this.ok = false;
    if (this.unsafe.has(column)) return;
    this.errors.add(this.record.line, message, params, column);
  }

  /**
   * The trimmed cell; '' when empty or the column is absent. A cell holding a character no text may
   * (src/shared/text-input.ts: control characters; in a `name` also invisible ones) is refused with the
   * line it is on, the column and the character, and read as '' — PostgreSQL refuses NUL, and the
   * others would reach lists, exports and terminals.
   */
  text(column: C, options: { required?: boolean; max?: number; kind?: TextKind } = {}): string {
    const position = this.columns.index[column];
    const raw = position === undefined ? '' : (this.record.fields[position] ?? '');
    if (this.unsafe.has(column)) return '';
    const found = findUnsafeCharacter(raw, options.kind ?? 'text');
    if (found) {
      this.refuseUnsafe(column, position!, found.line, found.column, found.codePoint);
      return '';
    }
    const value = raw.trim();
    if (options.required && value === '') this.fail(column, 'import.required');
    else if (options.max !== undefined && value.length > options.max)
      this.fail(column, 'import.too_long', { max: options.max });
    return value;
  }

  private refuseUnsafe(column: C, position: number, lineInCell: number, at: number, codePoint: number) {
    // The line the character is on: quoted line breaks in the earlier cells and in this one count.
    let line = this.record.line + lineInCell - 1;
    for (const field of this.record.fields.slice(0, position)) {
      for (let n = field.indexOf('\n'); n >= 0; n = field.indexOf('\n', n + 1)) line++;
    }
    this.ok = false;
    this.unsafe.add(column);
    const params = { column, number: position + 1, character: formatCodePoint(codePoint), position: at };
    this.errors.add(line, 'import.unsafe_character', params, column);
  }

  /** An ISO date, or null when empty and not required. */
  date(column: C, required: boolean): string | null {
    const value = this.text(column, { required });
    if (value === '') return null;
    const date = parseIsoDate(value);
    if (!date) this.fail(column, 'import.date');
    return date ?? null;
  }

  /** The CPR number's 10 digits; the error never repeats the number. */
  cpr(column: C, today: string): string | undefined {
    const value = this.text(column, { required: true });
    if (value === '') return undefined;
    const parsed = parseCpr(value, today);
    if (!parsed.ok) {
      this.fail(column, parsed.problem);
      return undefined;
    }
    return parsed.cpr;
  }

  cvr(column: C, required: boolean): string | undefined {
    const value = this.text(column, { required });
    if (value === '') return undefined;
    const parsed = parseCvr(value);
    if (!parsed.ok) {
      this.fail(column, parsed.problem);
      return undefined;
    }
    return parsed.cvr;
  }

  /** The value a word maps to (case-insensitive), or undefined with `message` when it maps to none. */
  oneOf<T>(column: C, words: Readonly<Record<string, T>>, message: ImportMessageKey, required = true) {
    const value = this.text(column, { required });
    if (value === '') return undefined;
    const mapped = Object.hasOwn(words, value.toLowerCase()) ? words[value.toLowerCase()] : undefined;
    if (mapped === undefined) this.fail(column, message, { value });
    return mapped;
  }

  /** Refuses a key (a reference) already used on an earlier line of the file. */
  unique(column: C, key: string, seen: SeenKeys): void {
    if (key === '') return;
    const earlier = seen.firstLine(key, this.record.line);
    if (earlier !== undefined) this.fail(column, 'import.duplicate_key', { value: key, line: earlier });
  }
}
