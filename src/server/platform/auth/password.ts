// Local account passwords: argon2id at OWASP's minimum parameters (19 MiB, 2 passes, 1 lane).
import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; a literal because the package declares a const enum.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// For accounts created by an operator; the demo accounts (password "demo") are seeded directly.
export const MIN_PASSWORD_LENGTH = 12;
/** The sign-in form takes no longer one (auth.schemas.ts). */
export const MAX_PASSWORD_LENGTH = 1000;

/**
 * A password the server makes for a new user or a reset, shown once: 120 random bits as 20 characters
 * of A–Z, a–z, 0–9, - and _, over the minimum length and easy to copy.
 */
export function generatePassword(): string {
  return crypto.randomBytes(15).toString('base64url');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the username does not exist, so both paths take the same time.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('no such user');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
