import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decrypt, deriveKeys, encrypt, loadKeys, lookupHash, parseSecret } from './keys.ts';

describe('keys and personal-data encryption', () => {
  const keys = deriveKeys(crypto.randomBytes(32));

  it('round-trips text through AES-256-GCM with a fresh IV each time', () => {
    const a = encrypt(keys, '0101901234');
    const b = encrypt(keys, '0101901234');
    expect(a.equals(b)).toBe(false);
    expect(decrypt(keys, a)).toBe('0101901234');
    expect(a.includes(Buffer.from('0101901234'))).toBe(false);
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = encrypt(keys, 'note');
    sealed[sealed.length - 1]! ^= 1;
    expect(() => decrypt(keys, sealed)).toThrow();
  });

  it('gives a stable keyed look-up hash that differs between keys', () => {
    const other = deriveKeys(crypto.randomBytes(32));
    expect(lookupHash(keys, 'x').equals(lookupHash(keys, 'x'))).toBe(true);
    expect(lookupHash(keys, 'x').equals(lookupHash(other, 'x'))).toBe(false);
  });

  it('generates the embedded key once, owner-only, and reuses it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indsats-keys-'));
    const first = loadKeys({ secretKey: undefined, dataDir: dir });
    const second = loadKeys({ secretKey: undefined, dataDir: dir });
    expect(first.fingerprint).toBe(second.fingerprint);
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
  });

  it('prefers INDSATS_SECRET_KEY and refuses a short one', () => {
    const hex = crypto.randomBytes(32).toString('hex');
    expect(loadKeys({ secretKey: hex, dataDir: '/nonexistent' }).source).toBe('INDSATS_SECRET_KEY');
    expect(() => parseSecret('abcd')).toThrow(/at least 32 random bytes/);
  });
});
