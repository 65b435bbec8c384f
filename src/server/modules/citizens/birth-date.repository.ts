// Fills citizen.birth_date (migration 0031) for citizens stored before it, from their encrypted CPR numbers:
// the migration cannot, it does not hold the key. Run when the app or the CLI opens the database.
import { sql } from 'kysely';
import { birthDateOfCpr } from '../../../shared/cpr.ts';
import { decrypt, type Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';

/** Citizens read, decrypted and written per round: one SELECT and one UPDATE each, bounded memory. */
export const BIRTH_DATE_BATCH = 1_000;

/**
 * Writes the birth date of every citizen who has none yet; returns how many were filled, 0 once none are
 * left. Keyset by id, so a number without a readable date (it stays null) is read once, never again in
 * the same run. Runs as the owner like the other key-needing conversions: no actor, no row-level scope.
 */
export async function fillBirthDates(db: Db, keys: Keys, batchSize = BIRTH_DATE_BATCH): Promise<number> {
  let filled = 0;
  let afterId: string | undefined;
  for (;;) {
    let query = db
      .selectFrom('citizen')
      .select(['id', 'cprEncrypted'])
      .where('birthDate', 'is', null)
      .orderBy('id')
      .limit(batchSize);
    if (afterId !== undefined) query = query.where('id', '>', afterId);
    const rows = await query.execute();
    if (rows.length === 0) return filled;
    afterId = rows.at(-1)!.id;
    const values = rows.flatMap((row) => {
      const birthDate = birthDateOfCpr(decrypt(keys, row.cprEncrypted));
      return birthDate === null ? [] : [sql`(${row.id}, ${birthDate})`];
    });
    if (values.length > 0) {
      // "birth_date IS NULL" again: another instance starting at the same time may have filled the row.
      const result = await sql`
        UPDATE citizen SET birth_date = v.birth_date::date
        FROM (VALUES ${sql.join(values)}) AS v(id, birth_date)
        WHERE citizen.id = v.id::uuid AND citizen.birth_date IS NULL`.execute(db);
      filled += Number(result.numAffectedRows ?? 0);
    }
    if (rows.length < batchSize) return filled;
  }
}
