// `indsats import codebook`: code,meaning,category — STAR's official list of DREAM codes loaded over the
// shipped default. Every imported code is verified; codes the file does not name stay as they were.
import { REGISTER_CATEGORIES, type RegisterCategory } from '../../../platform/db/schema.ts';
import { refreshBenefitWeeks } from '../benefit-weeks.ts';
import { defineImportKind, mapColumns, SeenKeys } from '../pipeline.ts';
import { RowReader } from '../row-values.ts';

const COLUMNS = ['code', 'meaning', 'category'] as const;
const CATEGORY_WORDS: Readonly<Record<string, RegisterCategory>> = Object.fromEntries(
  REGISTER_CATEGORIES.map((c) => [c, c]),
);

/** A DREAM code: 3 digits; 000 is not one, because a stored 0 means "no benefit that week". */
export function isRegisterCode(text: string): boolean {
  return /^\d{3}$/.test(text) && text !== '000';
}

interface CodeRow {
  code: string;
  meaning: string;
  category: RegisterCategory;
}

export const importCodebook = defineImportKind<CodeRow>(async (env, header) => {
  const columns = mapColumns(header, COLUMNS, [], env.errors);
  if (!columns) return undefined;
  const seen = new SeenKeys();
  return {
    ignoredColumns: columns.ignored,
    batchSize: 500,
    parse(record) {
      const row = new RowReader(record, columns, env.errors);
      const code = row.text('code', { required: true });
      if (code && !isRegisterCode(code)) row.fail('code', 'import.code_format');
      row.unique('code', code, seen);
      const meaning = row.text('meaning', { required: true, max: 500 });
      const category = row.oneOf('category', CATEGORY_WORDS, 'import.category');
      if (!row.ok || !category) return undefined;
      return { code, meaning, category };
    },
    async write(rows) {
      const stored = new Map(
        (
          await env.tx
            .selectFrom('registerCode')
            .select(['code', 'meaning', 'category', 'verified'])
            .where(
              'code',
              'in',
              rows.map((r) => r.code),
            )
            .execute()
        ).map((r) => [r.code, r]),
      );
      const counts = { created: 0, updated: 0, unchanged: 0 };
      const changed = rows.filter((row) => {
        const existing = stored.get(row.code);
        if (!existing) counts.created++;
        else if (existing.meaning !== row.meaning || existing.category !== row.category || !existing.verified)
          counts.updated++;
        else {
          counts.unchanged++;
          return false;
        }
        return true;
      });
      if (changed.length > 0) {
        await env.tx
          .insertInto('registerCode')
          .values(changed.map((r) => ({ ...r, verified: true, importBatchId: env.batchId })))
          .onConflict((oc) =>
            oc.column('code').doUpdateSet((eb) => ({
              meaning: eb.ref('excluded.meaning'),
              category: eb.ref('excluded.category'),
              verified: true,
              importBatchId: eb.ref('excluded.importBatchId'),
              updatedAt: new Date(),
            })),
          )
          .execute();
      }
      return counts;
    },
    async finish() {
      // A code moved to or from benefit changes persons' benefit weeks (migration 0030).
      await refreshBenefitWeeks(env.tx);
    },
  };
});
