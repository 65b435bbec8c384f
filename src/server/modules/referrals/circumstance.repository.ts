// The SQL of a citizen's circumstances (the facts programmes' eligibility rules ask about), split from
// referral.repository.ts: read, replace, and the sealing of minority backgrounds written before 0017.
import { encrypt, type Keys } from '../../platform/crypto/keys.ts';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { BenefitType } from '../../platform/db/schema.ts';

export async function findCircumstances(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('citizenCircumstance')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .executeTakeFirst();
}

export interface CircumstanceValues {
  benefitType: BenefitType | null;
  activityReady: boolean | null;
  onBenefitsSince: string | null;
  firstRequestOn: string | null;
  /** Sealed by the service (article 9 data); the plain column is no longer written. */
  minorityBackgroundEncrypted: Buffer | null;
  abuseProblem: boolean | null;
}

export async function upsertCircumstances(tx: Tx, citizenId: string, values: CircumstanceValues) {
  const row = { ...values, minorityBackground: null, updatedAt: new Date() };
  await tx
    .insertInto('citizenCircumstance')
    .values({ citizenId, ...row })
    .onConflict((oc) => oc.column('citizenId').doUpdateSet(row))
    .execute();
}

/**
 * Seals the minority backgrounds written in plain before migration 0017 (run at the server's start, when
 * the key is at hand); returns how many. A no-op once none are left.
 */
export async function sealPlaintextMinorityBackground(db: Db, keys: Keys): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('citizenCircumstance')
      .select(['citizenId', 'minorityBackground'])
      .where('minorityBackground', 'is not', null)
      .forUpdate()
      .execute();
    for (const row of rows) {
      await tx
        .updateTable('citizenCircumstance')
        .set({
          minorityBackground: null,
          minorityBackgroundEncrypted: encrypt(keys, String(row.minorityBackground)),
        })
        .where('citizenId', '=', row.citizenId)
        .execute();
    }
    return rows.length;
  });
}
