// How a citizen's CPR number is stored, in one place for every writer (service, imports, demo data, test
// factories): encrypted, with the keyed look-up hash beside it, and since migration 0031 the birth date in
// clear, so the fair comparison counts age bands in SQL instead of decrypting every number (issue 13).
import { birthDateOfCpr } from '../../../shared/cpr.ts';
import { encrypt, lookupHash, type Keys } from './keys.ts';

export interface SealedCpr {
  cprHash: Buffer;
  cprEncrypted: Buffer;
  /** Null when the number holds no readable date; the report then decrypts the number as before. */
  birthDate: string | null;
}

/** The citizen columns of a CPR number (10 digits, no hyphen), ready to spread into an insert. */
export function sealCpr(keys: Keys, cpr: string): SealedCpr {
  return { cprHash: lookupHash(keys, cpr), cprEncrypted: encrypt(keys, cpr), birthDate: birthDateOfCpr(cpr) };
}
