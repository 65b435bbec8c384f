// register_person.benefit_weeks kept in step with the codebook (migration 0030; the rule and the bits are
// platform/db/register-codes.ts's BenefitCodes). The register import writes a row's bits with its codes;
// when the codebook changes which codes are not benefit, every row's key goes stale and this rewrites
// them. A stale row is still read correctly (from its codes), only slower.
import { sql } from 'kysely';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import { BenefitCodes, unpackWeeklyCodes } from '../../platform/db/register-codes.ts';

/** The codebook's rule for benefit weeks, read in the caller's transaction. */
export async function loadBenefitCodes(db: Db | Tx): Promise<BenefitCodes> {
  const rows = await db.selectFrom('registerCode').select(['code', 'category']).execute();
  return new BenefitCodes(new Map(rows.map((r) => [Number(r.code), r.category])));
}

/**
 * Computes the bits of every person whose bits are missing or were computed under another codebook, in
 * batches of `batchSize` persons; returns how many were rewritten. The codes and the rest of the row are
 * not touched, nor is updated_at (the person's register data did not change).
 */
export async function refreshBenefitWeeks(db: Db | Tx, batchSize = 2000): Promise<number> {
  const codes = await loadBenefitCodes(db);
  let after: Buffer | null = null;
  let total = 0;
  for (;;) {
    let query = db
      .selectFrom('registerPerson')
      .select(['personHash', 'weeklyCodes'])
      .where((eb) => eb.or([eb('benefitKey', 'is', null), eb('benefitKey', '!=', codes.key)]))
      .orderBy('personHash')
      .limit(batchSize);
    if (after !== null) query = query.where('personHash', '>', after);
    const rows = await query.execute();
    if (rows.length === 0) return total;
    await sql`
      UPDATE register_person p SET benefit_weeks = u.bits::varbit, benefit_key = ${codes.key}
        FROM unnest(${rows.map((r) => r.personHash)}::bytea[],
                    ${rows.map((r) => codes.bitsOf(unpackWeeklyCodes(r.weeklyCodes)))}::text[]) AS u(hash, bits)
       WHERE p.person_hash = u.hash`.execute(db);
    total += rows.length;
    after = rows.at(-1)!.personHash;
  }
}
