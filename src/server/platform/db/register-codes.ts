// The storage of register_person.weekly_codes: one bytea per person, two bytes per ISO week from
// first_week_monday, each the week's DREAM code as a big-endian 16-bit number (0 = no benefit that week).
// Two bytes a week keep a person of 1,800 weeks at 3.6 kB, and bytea reaches PostgreSQL as it is, where a
// smallint[] parameter is decoded element by element (most of the register import's database time).
// SQL reads week i as (get_byte(codes, 2 * i) << 8) | get_byte(codes, 2 * i + 1) (outcome.repository.ts).

import { createHash } from 'node:crypto';
import type { RegisterCategory } from './schema-register.ts';

/** Codes of consecutive weeks as stored. */
export function packWeeklyCodes(codes: ArrayLike<number>): Buffer {
  const buffer = Buffer.alloc(codes.length * 2);
  for (let i = 0; i < codes.length; i++) buffer.writeUInt16BE(codes[i]!, i * 2);
  return buffer;
}

/** Many rows' codes end to end, from typed arrays of the same width (the register import's batches). */
export function packWeeklyCodeRows(rows: readonly Int16Array[]): Buffer {
  const width = rows[0]?.length ?? 0;
  const buffer = Buffer.alloc(rows.length * width * 2);
  const view = new Int16Array(buffer.buffer, buffer.byteOffset, rows.length * width);
  rows.forEach((codes, r) => view.set(codes, r * width));
  // Int16Array holds the machine's byte order; the column's is big-endian.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) buffer.swap16();
  return buffer;
}

/** The stored codes as numbers. */
export function unpackWeeklyCodes(buffer: Uint8Array): number[] {
  // Sized up front: the fair comparison unpacks a 156-week slice for each of 100,000 courses.
  const codes = new Array<number>(buffer.length >> 1);
  for (let i = 0; i < codes.length; i++) codes[i] = (buffer[2 * i]! << 8) | buffer[2 * i + 1]!;
  return codes;
}

// What a week's code counts as, and register_person.benefit_weeks (migration 0030): one bit per stored
// week, 1 where the week's code counts as a benefit. The fair comparison counts a course's 156 weeks of
// benefit history with bit_count over a substring of it instead of reading the weeks (docs/fairness.md).
// The bits depend on the codebook only through the codes of another category than benefit; benefit_key
// names that set, so a row whose key is not the codebook's is stale and is read from its codes instead.

/**
 * The category of a code. A code missing from the codebook counts as a benefit, as the import's
 * `--unknown-codes-as-benefit` does (the import refuses unknown codes without it).
 */
export type CategoryOf = (code: number) => RegisterCategory | undefined;

/** The category a week's code counts as; null for 0 (no benefit that week). */
export function countedCategory(code: number, categoryOf: CategoryOf): RegisterCategory | null {
  return code === 0 ? null : (categoryOf(code) ?? 'benefit');
}

/** Which codes count as benefit weeks under a codebook, and the key that names that rule in the data. */
export class BenefitCodes {
  /** Names the codebook's codes of another category than benefit, the only thing the bits depend on. */
  readonly key: string;
  /** The codebook's category of a code (undefined when it lacks the code). */
  readonly categoryOf: CategoryOf;

  constructor(codebook: ReadonlyMap<number, RegisterCategory>) {
    const other = [...codebook].filter(([, category]) => category !== 'benefit').map(([code]) => code);
    other.sort((a, b) => a - b);
    this.key = `v1:${createHash('sha256').update(other.join(',')).digest('hex')}`;
    this.categoryOf = (code) => codebook.get(code);
  }

  /** A week with this code counts as a benefit week (countedCategory). */
  isBenefit(code: number): boolean {
    return countedCategory(code, this.categoryOf) === 'benefit';
  }

  /** The bits of consecutive weeks' codes as bit-string text ("0110…"), to be cast to varbit. */
  bitsOf(codes: ArrayLike<number>): string {
    const text = Buffer.allocUnsafe(codes.length);
    const seen = new Map<number, number>();
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      let bit = seen.get(code);
      if (bit === undefined) {
        bit = this.isBenefit(code) ? 49 : 48;
        seen.set(code, bit);
      }
      text[i] = bit;
    }
    return text.toString('latin1');
  }
}
