// The storage of register_person.weekly_codes: one bytea per person, two bytes per ISO week from
// first_week_monday, each the week's DREAM code as a big-endian 16-bit number (0 = no benefit that week).
// Two bytes a week keep a person of 1,800 weeks at 3.6 kB, and bytea reaches PostgreSQL as it is, where a
// smallint[] parameter is decoded element by element (most of the register import's database time).
// SQL reads week i as (get_byte(codes, 2 * i) << 8) | get_byte(codes, 2 * i + 1) (outcome.repository.ts).

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
