// Key material for personal data: one master secret, from INDSATS_SECRET_KEY or (embedded default)
// generated once into the data folder with owner-only permissions. Separate keys are derived for
// encryption, for look-up hashes and for signing device cookies, so no use weakens another.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface Keys {
  encryption: Buffer;
  lookup: Buffer;
  /** Signs the device cookies of browsers that signed in before (platform/auth/device-cookie.ts). */
  deviceCookie: Buffer;
  /** Signs the audit chain's checkpoints when old rows are deleted (platform/audit/audit-prune.ts). */
  auditCheckpoint: Buffer;
  /** Identifies the master secret without revealing it; stored in the database to catch a wrong key. */
  fingerprint: string;
}

const KEY_FILE = 'secret.key';

export function parseSecret(text: string): Buffer {
  const trimmed = text.trim();
  const bytes = /^[0-9a-fA-F]{64,}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  if (bytes.length < 32) {
    throw new Error(
      'INDSATS_SECRET_KEY must hold at least 32 random bytes (64 hex digits or 44 base64 characters)',
    );
  }
  return bytes;
}

export function deriveKeys(secret: Buffer): Keys {
  const derive = (label: string) =>
    Buffer.from(crypto.hkdfSync('sha256', secret, Buffer.from('indsats'), Buffer.from(label), 32));
  return {
    encryption: derive('cpr-and-notes-encryption-v1'),
    lookup: derive('cpr-lookup-hmac-v1'),
    deviceCookie: derive('device-cookie-hmac-v1'),
    auditCheckpoint: derive('audit-checkpoint-hmac-v1'),
    fingerprint: derive('key-fingerprint-v1').toString('hex').slice(0, 16),
  };
}

/** The secret from the environment, else from (or newly into) `dataDir/secret.key`, mode 0600. */
export function loadKeys(options: {
  secretKey: string | undefined;
  dataDir: string;
}): Keys & { source: string } {
  if (options.secretKey) return findKeys(options)!;
  const file = path.join(options.dataDir, KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    // 'wx' never overwrites: two processes starting at once keep the first key.
    try {
      fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) fs.chmodSync(file, 0o600);
  return findKeys(options)!;
}

/** The configured key, or undefined when there is none yet; unlike loadKeys it creates nothing. */
export function findKeys(options: {
  secretKey: string | undefined;
  dataDir: string;
}): (Keys & { source: string }) | undefined {
  if (options.secretKey)
    return { ...deriveKeys(parseSecret(options.secretKey)), source: 'INDSATS_SECRET_KEY' };
  const file = path.join(options.dataDir, KEY_FILE);
  if (!fs.existsSync(file)) return undefined;
  return { ...deriveKeys(parseSecret(fs.readFileSync(file, 'utf8'))), source: file };
}

/** AES-256-GCM: IV (12) | tag (16) | ciphertext. */
export function encrypt(keys: Keys, plaintext: string): Buffer {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', keys.encryption, iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function decrypt(keys: Keys, sealed: Buffer): string {
  const decipher = crypto.createDecipheriv('aes-256-gcm', keys.encryption, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
}

/** Keyed hash for finding a citizen by CPR number without storing or comparing the raw number. */
export function lookupHash(keys: Keys, value: string): Buffer {
  return crypto.createHmac('sha256', keys.lookup).update(value).digest();
}
