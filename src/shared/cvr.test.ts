import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCvr, passesCvrModulus11 } from './cvr.ts';

/** Completes 7 digits (first non-zero) with a check digit, or undefined when none makes the sum divisible. */
function withCheckDigit(seven: string): string | undefined {
  for (let d = 0; d <= 9; d++) if (passesCvrModulus11(`${seven}${d}`)) return `${seven}${d}`;
  return undefined;
}

describe('parseCvr', () => {
  it('accepts a valid number, also with spaces or a DK prefix', () => {
    // A computed valid number rather than a real company's.
    const cvr = withCheckDigit('1234567')!;
    expect(parseCvr(cvr)).toEqual({ ok: true, cvr });
    expect(parseCvr(`DK ${cvr.slice(0, 2)} ${cvr.slice(2, 4)} ${cvr.slice(4, 6)} ${cvr.slice(6)}`)).toEqual({
      ok: true,
      cvr,
    });
  });

  it.each([
    ['', 'cvr.format'],
    ['1234567', 'cvr.format'],
    ['123456789', 'cvr.format'],
    ['01234567', 'cvr.format'],
    ['1234567a', 'cvr.format'],
  ])('refuses %j: %s', (input, problem) => {
    expect(parseCvr(input)).toEqual({ ok: false, problem });
  });

  it('refuses a number that fails modulus 11', () => {
    const valid = withCheckDigit('2345678')!;
    const wrong = `${valid.slice(0, 7)}${(Number(valid[7]) + 1) % 10}`;
    expect(parseCvr(wrong)).toEqual({ ok: false, problem: 'cvr.checksum' });
  });

  it('accepts exactly the numbers whose weighted sum is divisible by 11', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000_000, max: 99_999_999 }), (n) => {
        const digits = String(n);
        const weights = [2, 7, 6, 5, 4, 3, 2, 1];
        const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
        return parseCvr(digits).ok === (sum % 11 === 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('detects every single changed digit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 9_999_999 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        (seven, position, delta) => {
          const valid = withCheckDigit(String(seven));
          if (!valid) return true;
          const changed = [...valid];
          changed[position] = String((Number(changed[position]) + delta) % 10);
          const text = changed.join('');
          return text.startsWith('0') || !parseCvr(text).ok;
        },
      ),
      { numRuns: 5000 },
    );
  });
});
