// `indsats import register`: a DREAM extract, one row per person (research/domain.md §1.2). The CPR
// number is hashed with the app's key as it is read and never stored; each person becomes one
// register_person row: the weekly codes packed from the extract's first ISO week (0 = empty = no benefit
// that week) and the monthly employment degrees from its first month. A person already stored is
// replaced by the newer extract's row, or left alone when equal. Codes missing from the codebook are one
// error naming them, unless the import adds them as benefit.
//
// Speed (bench/register-import.ts, bench/README.md): a row without quotes is scanned from its text
// (parseText) rather than split into hundreds of strings, into typed arrays carved from shared slabs;
// a batch of rows is sent as three binary parameters — the hashes (bytea[]), every row's codes end to
// end (bytea, two bytes a week: the column's own format, platform/db/register-codes.ts) and every row's
// degrees (real[]) — which the INSERT slices back into rows. PostgreSQL then parses no text arrays and
// plans one small statement per batch, whatever the batch size.
import { sql } from 'kysely';
import { parseCpr } from '../../../../shared/cpr.ts';
import { lookupHash } from '../../../platform/crypto/keys.ts';
import { packWeeklyCodeRows } from '../../../platform/db/register-codes.ts';
import { loadBenefitCodes, refreshBenefitWeeks } from '../benefit-weeks.ts';
import { ensureDefaultCodebook } from '../default-codebook.ts';
import { FingerprintSet } from '../fingerprint-set.ts';
import { defineImportKind } from '../pipeline.ts';
import { parseRegisterHeader } from '../register-header.ts';

/** The meaning given to a code the extract uses and the codebook lacks, when imported as benefit. */
export const UNKNOWN_CODE_MEANING = 'Ukendt kode (importeret som ydelse)';
/** Lines named per unknown code in the error. */
const LINES_PER_CODE = 5;

interface PersonRow {
  hash: Buffer;
  /** A code per week from the first week, 0 = empty. */
  codes: Int16Array;
  /** The degree per month from the first month, as stored (real = float4). */
  degrees: Float32Array;
}

/** The code of a 3-digit cell ('130' → 130), or -1 when the text is not three digits. */
function threeDigitCode(text: string): number {
  if (text.length !== 3) return -1;
  let code = 0;
  for (let i = 0; i < 3; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    code = code * 10 + (c - 48);
  }
  return code;
}

const DEGREE = /^(\d+([.,]\d*)?|[.,]\d+)$/;

/** A degree as `real` stores it, or undefined when real cannot hold it (as PostgreSQL's real input refuses). */
function realDegree(cell: string): number | undefined {
  const value = Number(cell.includes(',') ? cell.replace(',', '.') : cell);
  const real = Math.fround(value);
  return Number.isFinite(real) && (real !== 0 || value === 0) ? real : undefined;
}

/**
 * Zeroed typed arrays of `width` elements carved from slabs of ~1,000 rows: one allocation per slab
 * instead of one per row (a slab is freed with the last of its rows, after their batch is written).
 */
function rowArrays<A extends Int16Array | Float32Array>(make: (length: number) => A, width: number) {
  let slab = make(0);
  let used = 0;
  return (): A => {
    if (used + width > slab.length) {
      slab = make(width * 1024);
      used = 0;
    }
    used += width;
    return slab.subarray(used - width, used) as A;
  };
}

// PostgreSQL's binary array format (array_recv): dimensions, a null flag, the element type, then each
// element as its length and big-endian bytes.
const FLOAT4_OID = 700;
const BYTEA_OID = 17;

function arrayHeader(buffer: Buffer, elementOid: number, length: number): number {
  if (length === 0) {
    buffer.writeInt32BE(0, 0); // no dimensions: the empty array
    buffer.writeInt32BE(0, 4);
    buffer.writeInt32BE(elementOid, 8);
    return 12;
  }
  buffer.writeInt32BE(1, 0);
  buffer.writeInt32BE(0, 4);
  buffer.writeInt32BE(elementOid, 8);
  buffer.writeInt32BE(length, 12);
  buffer.writeInt32BE(1, 16); // lower bound
  return 20;
}

/** Every row's degrees end to end, as one binary real[]. */
function binaryDegrees(rows: readonly PersonRow[], width: number): Buffer {
  const count = rows.length * width;
  const buffer = Buffer.alloc((count === 0 ? 12 : 20) + count * 8);
  let at = arrayHeader(buffer, FLOAT4_OID, count);
  for (const row of rows) {
    for (let i = 0; i < width; i++) {
      buffer[at + 3] = 4;
      buffer.writeFloatBE(row.degrees[i]!, at + 4);
      at += 8;
    }
  }
  return buffer;
}

/** The rows' hashes as one binary bytea[]. */
function binaryHashes(rows: readonly PersonRow[]): Buffer {
  const size = rows.reduce((sum, row) => sum + 4 + row.hash.length, 0);
  const buffer = Buffer.alloc((rows.length === 0 ? 12 : 20) + size);
  let at = arrayHeader(buffer, BYTEA_OID, rows.length);
  for (const row of rows) {
    buffer.writeInt32BE(row.hash.length, at);
    row.hash.copy(buffer, at + 4);
    at += 4 + row.hash.length;
  }
  return buffer;
}

export const importRegister = defineImportKind<PersonRow>(async (env, header) => {
  const { layout, problems } = parseRegisterHeader(header.fields);
  for (const problem of problems) env.errors.add(1, problem.message, problem.params, problem.column);
  if (!layout) return undefined;
  env.details.defaultCodebookLoaded = await ensureDefaultCodebook(env.tx);
  env.details.weeks = layout.weekRange;
  env.details.months = layout.monthRange;
  // Known codes by number (000–999), so a cell is checked without hashing a string.
  const known = new Uint8Array(1000);
  for (const { code } of await env.tx.selectFrom('registerCode').select('code').execute()) {
    known[Number(code)] = 1;
  }
  // The rows' benefit weeks as bits (migration 0030). Codes this import adds are benefit codes, which
  // leave the rule, and so the bits, as they are.
  const benefitCodes = await loadBenefitCodes(env.tx);
  // Code → the first lines it is on, and on how many lines.
  const unknown = new Map<string, { lines: number[]; count: number; last: number }>();
  const seen = new FingerprintSet();
  const names = header.fields.map((name) => name.trim());
  const personColumn = names[layout.personIndex]!;
  const { weekColumns, monthColumns } = layout;
  const weeks = weekColumns.length;
  const months = monthColumns.length;
  const fieldCount = header.fields.length;
  // Column → its week or month (from 0), -1 for the other columns: for scanning a row's text.
  const weekAt = new Int32Array(fieldCount).fill(-1);
  weekColumns.forEach((column, w) => (weekAt[column] = w));
  const monthAt = new Int32Array(fieldCount).fill(-1);
  monthColumns.forEach((column, m) => (monthAt[column] = m));

  /** What one row's cells said, before the row is checked as a whole. */
  interface Cells {
    line: number;
    person: string;
    codes: Int16Array;
    degrees: Float32Array;
    /** Weeks and months (from 0) whose cell is not a code or a degree. */
    badWeeks?: number[];
    badMonths?: number[];
    /** Codes of the row missing from the codebook. */
    unknownCodes?: number[];
  }

  /** A week's cell: sets the week's code (empty = 0) and notes a bad cell or a code the codebook lacks. */
  function readWeek(cells: Cells, w: number, text: string): void {
    const cell = text.length !== 3 ? text.trim() : text;
    if (cell === '') return;
    const code = threeDigitCode(cell);
    if (code <= 0) (cells.badWeeks ??= []).push(w);
    else setCode(cells, w, code);
  }

  function setCode(cells: Cells, w: number, code: number): void {
    cells.codes[w] = code;
    if (known[code] === 0) (cells.unknownCodes ??= []).push(code);
  }

  function readMonth(cells: Cells, m: number, text: string): void {
    const cell = text.trim();
    if (cell === '' || cell === '0') return;
    const degree = DEGREE.test(cell) ? realDegree(cell) : undefined;
    if (degree === undefined) (cells.badMonths ??= []).push(m);
    else cells.degrees[m] = degree;
  }

  function noteUnknown(code: number, line: number): void {
    const key = String(code).padStart(3, '0');
    const entry = unknown.get(key) ?? { lines: [], count: 0, last: 0 };
    if (entry.last !== line) {
      entry.last = line;
      entry.count++;
      if (entry.lines.length < LINES_PER_CODE) entry.lines.push(line);
    }
    unknown.set(key, entry);
  }

  /** The row from its cells: the person checked and hashed, errors reported person, weeks, months. */
  function checkRow(cells: Cells): PersonRow | undefined {
    const { line } = cells;
    let hash: Buffer | undefined;
    const cpr = parseCpr(cells.person.trim(), env.today);
    if (!cpr.ok) {
      env.errors.add(line, cpr.problem, undefined, personColumn);
    } else {
      hash = lookupHash(env.keys, cpr.cpr);
      if (!seen.add(hash)) {
        hash = undefined;
        env.errors.add(line, 'import.register.duplicate_person', undefined, personColumn);
      }
    }
    // In week and month order, whatever the order of the columns.
    const badWeeks = cells.badWeeks?.sort((a, b) => a - b) ?? [];
    const badMonths = cells.badMonths?.sort((a, b) => a - b) ?? [];
    for (const w of badWeeks) env.errors.add(line, 'import.register.code', undefined, names[weekColumns[w]!]);
    for (const m of badMonths) {
      env.errors.add(line, 'import.register.degree', undefined, names[monthColumns[m]!]);
    }
    for (const code of cells.unknownCodes ?? []) noteUnknown(code, line);
    if (!hash || badWeeks.length > 0 || badMonths.length > 0) return undefined;
    return { hash, codes: cells.codes, degrees: cells.degrees };
  }

  const newCodes = rowArrays((length) => new Int16Array(length), weeks);
  const newDegrees = rowArrays((length) => new Float32Array(length), months);
  const newCells = (line: number, person: string): Cells => ({
    line,
    person,
    codes: newCodes(),
    degrees: newDegrees(),
  });

  return {
    ignoredColumns: layout.ignored,
    batchSize: 1000,
    writesInFlight: 2,
    skipWritesAfterErrors: true,
    parse(record) {
      const { fields } = record;
      const cells = newCells(record.line, fields[layout.personIndex]!);
      for (let w = 0; w < weeks; w++) readWeek(cells, w, fields[weekColumns[w]!]!);
      for (let m = 0; m < months; m++) readMonth(cells, m, fields[monthColumns[m]!]!);
      return checkRow(cells);
    },
    // The same checks on the row's text, scanned field by field: a plain 3-digit or empty week cell
    // (nearly all of them) is read from its characters without making a string.
    parseText({ line, text, delimiter }, expected) {
      const separator = delimiter.charCodeAt(0);
      const cells = newCells(line, '');
      const length = text.length;
      let column = 0;
      let start = 0;
      for (;;) {
        let end = start;
        const w = column < fieldCount ? weekAt[column]! : -1;
        if (w >= 0) {
          let code = 0;
          let digits = 0;
          let plain = true;
          for (; end < length; end++) {
            const c = text.charCodeAt(end);
            if (c === separator) break;
            if (c >= 48 && c <= 57) {
              code = code * 10 + (c - 48);
              digits++;
            } else plain = false;
          }
          if (plain && digits === 3 && code > 0) setCode(cells, w, code);
          else if (!plain || digits !== 0) readWeek(cells, w, text.slice(start, end));
        } else {
          const at = text.indexOf(delimiter, start);
          end = at < 0 ? length : at;
          if (column === layout.personIndex) cells.person = text.slice(start, end);
          else if (column < fieldCount && monthAt[column]! >= 0) {
            // Empty and "0" (most months) are 0 without making a string.
            const zero = end === start || (end === start + 1 && text.charCodeAt(start) === 48);
            if (!zero) readMonth(cells, monthAt[column]!, text.slice(start, end));
          }
        }
        column++;
        if (end >= length) break;
        start = end + 1;
      }
      if (column !== expected) {
        env.errors.add(line, 'import.field_count', { found: column, expected });
        return undefined;
      }
      return checkRow(cells);
    },
    async write(rows) {
      // Row i (from 1) is the i-th hash with elements (i − 1) × width + 1 … i × width of the degrees
      // and the same weeks of the codes (two bytes each).
      // Unchanged rows are not touched (the WHERE of DO UPDATE); xmax = 0 marks a new row. Only the
      // counts come back, not a row per person. The bits come end to end as one bit string, like the codes.
      const result = await sql<{ written: number; inserted: number }>`
        WITH written AS (
        INSERT INTO register_person AS p
          (person_hash, first_week_monday, weekly_codes, benefit_weeks, benefit_key, first_month,
           employment_degrees, import_batch_id)
        SELECT u.hash, ${layout.firstWeekMonday}::date,
               substring(a.codes FROM (u.i::int - 1) * ${2 * weeks}::int + 1 FOR ${2 * weeks}::int),
               substring(a.bits FROM (u.i::int - 1) * ${weeks}::int + 1 FOR ${weeks}::int),
               ${benefitCodes.key},
               ${layout.firstMonth}::date,
               coalesce(a.degrees[(u.i - 1) * ${months}::int + 1 : u.i * ${months}::int], '{}'),
               ${env.batchId}::uuid
          FROM (SELECT ${packWeeklyCodeRows(rows.map((row) => row.codes))}::bytea AS codes,
                       ${rows.map((row) => benefitCodes.bitsOf(row.codes)).join('')}::varbit AS bits,
                       ${binaryDegrees(rows, months)}::real[] AS degrees) a,
               unnest(${binaryHashes(rows)}::bytea[]) WITH ORDINALITY AS u(hash, i)
        ON CONFLICT (person_hash) DO UPDATE SET
          first_week_monday = excluded.first_week_monday,
          weekly_codes = excluded.weekly_codes,
          benefit_weeks = excluded.benefit_weeks,
          benefit_key = excluded.benefit_key,
          first_month = excluded.first_month,
          employment_degrees = excluded.employment_degrees,
          import_batch_id = excluded.import_batch_id,
          updated_at = now()
        WHERE (p.first_week_monday, p.weekly_codes, p.first_month, p.employment_degrees)
          IS DISTINCT FROM
          (excluded.first_week_monday, excluded.weekly_codes, excluded.first_month, excluded.employment_degrees)
        RETURNING (p.xmax = 0) AS inserted)
        SELECT count(*)::int AS written, (count(*) FILTER (WHERE inserted))::int AS inserted
          FROM written`.execute(env.tx);
      const { written, inserted } = result.rows[0]!;
      return { created: inserted, updated: written - inserted, unchanged: rows.length - written };
    },
    async finish() {
      // Persons the extract left as they were keep bits of an earlier codebook, if it changed since.
      await refreshBenefitWeeks(env.tx);
      if (unknown.size === 0) return;
      const codes = [...unknown.keys()].sort();
      if (env.options.unknownCodesAsBenefit) {
        await env.tx
          .insertInto('registerCode')
          .values(
            codes.map((code) => ({ code, meaning: UNKNOWN_CODE_MEANING, category: 'benefit' as const })),
          )
          .onConflict((oc) => oc.column('code').doNothing())
          .execute();
        env.details.addedCodes = codes;
        return;
      }
      const listed = codes.map((code) => {
        const { lines, count } = unknown.get(code)!;
        const more = count > lines.length ? ' …' : '';
        return `${code}: ${lines.join(', ')}${more}`;
      });
      const firstLine = Math.min(...codes.map((code) => unknown.get(code)!.lines[0]!));
      env.errors.add(firstLine, 'import.register.unknown_codes', { codes: listed.join('; ') });
    },
  };
});
