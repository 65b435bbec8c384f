import { describe, expect, it } from 'vitest';
import { packWeeklyCodeRows, packWeeklyCodes, unpackWeeklyCodes } from './register-codes.ts';

describe('the packed weekly codes', () => {
  it('stores each week as two big-endian bytes and reads them back', () => {
    expect([...packWeeklyCodes([130, 0, 999])]).toEqual([0, 130, 0, 0, 3, 231]);
    expect(unpackWeeklyCodes(packWeeklyCodes([130, 0, 999]))).toEqual([130, 0, 999]);
    expect(unpackWeeklyCodes(packWeeklyCodes([]))).toEqual([]);
  });

  it('packs a batch of rows end to end exactly as row by row', () => {
    const rows = [Int16Array.from([130, 0, 651]), Int16Array.from([0, 999, 881])];
    expect(packWeeklyCodeRows(rows)).toEqual(Buffer.concat(rows.map((codes) => packWeeklyCodes([...codes]))));
    expect(packWeeklyCodeRows([])).toEqual(Buffer.alloc(0));
  });
});
