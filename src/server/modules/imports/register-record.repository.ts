// The DREAM register's row of one person, keyed by the look-up hash of the CPR number (never the number),
// with the codebook's meaning of the codes in it: for the citizen's right of access (GDPR art. 15).
import type { Tx } from '../../platform/context.ts';

export function findRegisterPerson(tx: Tx, personHash: Buffer) {
  return tx.selectFrom('registerPerson').selectAll().where('personHash', '=', personHash).executeTakeFirst();
}

export function listCodeMeanings(tx: Tx, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return tx.selectFrom('registerCode').select(['code', 'meaning']).where('code', 'in', codes).execute();
}
