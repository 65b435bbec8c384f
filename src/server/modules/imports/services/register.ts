// `indsats import register`: a DREAM extract, one row per person (research/domain.md §1.2). The CPR
// number is hashed with the app's key as it is read and never stored; each person becomes one
// register_person row: the weekly codes packed from the extract's first ISO week (0 = empty = no benefit
// that week) and the monthly employment degrees from its first month. A person already stored is
// replaced by the newer extract's row, or left alone when equal. Codes missing from the codebook are one
// error naming them, unless the import adds them as benefit.
import { sql } from 'kysely';
import { parseCpr } from '../../../../shared/cpr.ts';
import { lookupHash } from '../../../platform/crypto/keys.ts';
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
  /** Postgres array literals: '{130,0,0,…}' and '{0,0.5,…}'. */
  codes: string;
  degrees: string;
}

function isThreeDigits(text: string): boolean {
  if (text.length !== 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const DEGREE = /^(\d+([.,]\d*)?|[.,]\d+)$/;

export const importRegister = defineImportKind<PersonRow>(async (env, header) => {
  const { layout, problems } = parseRegisterHeader(header.fields);
  for (const problem of problems) env.errors.add(1, problem.message, problem.params, problem.column);
  if (!layout) return undefined;
  env.details.defaultCodebookLoaded = await ensureDefaultCodebook(env.tx);
  env.details.weeks = layout.weekRange;
  env.details.months = layout.monthRange;
  const known = new Set(
    (await env.tx.selectFrom('registerCode').select('code').execute()).map((r) => r.code),
  );
  // Code → the first lines it is on, and on how many lines.
  const unknown = new Map<string, { lines: number[]; count: number; last: number }>();
  const seen = new FingerprintSet();
  const names = header.fields.map((name) => name.trim());
  const personColumn = names[layout.personIndex]!;
  const { weekColumns, monthColumns } = layout;

  return {
    ignoredColumns: layout.ignored,
    batchSize: 250,
    skipWritesAfterErrors: true,
    parse(record) {
      const { fields, line } = record;
      let ok = true;
      const fail = (column: string, message: 'import.register.code' | 'import.register.degree') => {
        ok = false;
        env.errors.add(line, message, undefined, column);
      };
      let hash: Buffer | undefined;
      const cpr = parseCpr(fields[layout.personIndex]!.trim(), env.today);
      if (!cpr.ok) {
        ok = false;
        env.errors.add(line, cpr.problem, undefined, personColumn);
      } else {
        hash = lookupHash(env.keys, cpr.cpr);
        if (!seen.add(hash)) {
          ok = false;
          env.errors.add(line, 'import.register.duplicate_person', undefined, personColumn);
        }
      }
      const codes = new Array<string>(weekColumns.length);
      for (let w = 0; w < weekColumns.length; w++) {
        let cell = fields[weekColumns[w]!]!;
        if (cell.length !== 3) cell = cell.trim();
        if (cell === '') {
          codes[w] = '0';
        } else if (isThreeDigits(cell) && cell !== '000') {
          codes[w] = cell;
          if (!known.has(cell)) {
            const entry = unknown.get(cell) ?? { lines: [], count: 0, last: 0 };
            if (entry.last !== line) {
              entry.last = line;
              entry.count++;
              if (entry.lines.length < LINES_PER_CODE) entry.lines.push(line);
            }
            unknown.set(cell, entry);
          }
        } else {
          fail(names[weekColumns[w]!]!, 'import.register.code');
        }
      }
      const degrees = new Array<string>(monthColumns.length);
      for (let m = 0; m < monthColumns.length; m++) {
        const cell = fields[monthColumns[m]!]!.trim();
        if (cell === '') degrees[m] = '0';
        else if (DEGREE.test(cell)) degrees[m] = String(Number(cell.replace(',', '.')));
        else fail(names[monthColumns[m]!]!, 'import.register.degree');
      }
      if (!ok || !hash) return undefined;
      return { hash, codes: `{${codes.join(',')}}`, degrees: `{${degrees.join(',')}}` };
    },
    async write(rows) {
      const values = sql.join(
        rows.map(
          (r) =>
            sql`(${r.hash}, ${layout.firstWeekMonday}::date, ${r.codes}::smallint[], ${layout.firstMonth}::date, ${r.degrees}::real[], ${env.batchId}::uuid)`,
        ),
      );
      // Unchanged rows are not touched (the WHERE of DO UPDATE); xmax = 0 marks a new row.
      const result = await sql<{ inserted: boolean }>`
        INSERT INTO register_person AS p
          (person_hash, first_week_monday, weekly_codes, first_month, employment_degrees, import_batch_id)
        VALUES ${values}
        ON CONFLICT (person_hash) DO UPDATE SET
          first_week_monday = excluded.first_week_monday,
          weekly_codes = excluded.weekly_codes,
          first_month = excluded.first_month,
          employment_degrees = excluded.employment_degrees,
          import_batch_id = excluded.import_batch_id,
          updated_at = now()
        WHERE (p.first_week_monday, p.weekly_codes, p.first_month, p.employment_degrees)
          IS DISTINCT FROM
          (excluded.first_week_monday, excluded.weekly_codes, excluded.first_month, excluded.employment_degrees)
        RETURNING (p.xmax = 0) AS inserted`.execute(env.tx);
      const created = result.rows.filter((r) => r.inserted).length;
      const updated = result.rows.length - created;
      return { created, updated, unchanged: rows.length - result.rows.length };
    },
    async finish() {
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
