import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { testRng } from '../../../../test/support/seed.ts';
import { syntheticCpr } from '../../seed/synthetic.ts';
import { sealCpr } from './citizen-cpr.ts';
import { decrypt, deriveKeys, lookupHash } from './keys.ts';

const keys = deriveKeys(crypto.randomBytes(32));
const rng = testRng('citizen-cpr.test');

describe('sealing a citizen’s CPR number', () => {
  it.each([
    // The century comes from the 7th digit (the CPR office's table).
    ['0101901234', '1990-01-01'],
    ['3112994321', '1999-12-31'],
    ['2902004000', '2000-02-29'],
    ['1503585000', '1858-03-15'],
    ['1503575000', '2057-03-15'],
    // No readable date: stored without a birth date, the report reads the number instead.
    ['3102901234', null],
    ['9999999999', null],
  ])('stores %s with birth date %s', (cpr, birthDate) => {
    expect(sealCpr(keys, cpr).birthDate).toBe(birthDate);
  });

  it('keeps the look-up hash and the encrypted number the way every citizen is found and read', () => {
    for (let i = 0; i < 50; i++) {
      const cpr = syntheticCpr(rng, { modulus11: i % 5 !== 0 });
      const sealed = sealCpr(keys, cpr);
      expect(sealed.cprHash.equals(lookupHash(keys, cpr))).toBe(true);
      expect(decrypt(keys, sealed.cprEncrypted)).toBe(cpr);
      expect(sealed.cprEncrypted.includes(Buffer.from(cpr))).toBe(false);
      expect(sealed.birthDate?.replace(/-/g, '').slice(2)).toBe(
        `${cpr.slice(4, 6)}${cpr.slice(2, 4)}${cpr.slice(0, 2)}`,
      );
    }
  });
});
