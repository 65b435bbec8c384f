// One seed for a test file's random test data, printed when a test fails (test/support/print-seed.ts)
// so the failure can be replayed: INDSATS_TEST_SEED=<seed> npx vitest run <file>.
import { createRng } from '../../src/server/seed/synthetic.ts';

function initialSeed(): number {
  const fromEnv = process.env.INDSATS_TEST_SEED;
  if (fromEnv !== undefined && fromEnv !== '') {
    const seed = Number(fromEnv);
    if (!Number.isSafeInteger(seed) || seed < 0)
      throw new Error(`INDSATS_TEST_SEED must be a whole number, got "${fromEnv}"`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 32);
}

export const testSeed = initialSeed();

/** FNV-1a of the label, so each user of the seed draws its own sequence (no two fixtures share CPRs). */
function labelHash(label: string): number {
  let hash = 0x811c9dc5;
  for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

/** A deterministic generator for this file's seed; the label keeps each caller's sequence apart. */
export function testRng(label: string): () => number {
  return createRng((testSeed ^ labelHash(label)) >>> 0);
}
