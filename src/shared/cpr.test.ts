import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cprBirthYear, cprWarnings, formatCpr, IMPLAUSIBLE_AGE, parseCpr, passesModulus11 } from './cpr.ts';

const TODAY = '2026-11-23';

describe('parseCpr', () => {
  it.each([
    ['0101901234', '1990-01-01'],
    ['010190-1234', '1990-01-01'],
    [' 010190-1234 ', '1990-01-01'],
    ['2902004000', '2000-02-29'], // leap day, 7th digit 4 and yy ≤ 36 → 2000s
    ['0101584000', '1958-01-01'], // 7th digit 4 and yy ≥ 37 → 1900s
    ['0101585000', '1858-01-01'], // 7th digit 5–8 and yy ≥ 58 → 1800s
    ['0101575000', '2057-01-01'],
  ])('accepts %s as born %s', (input, birthDate) => {
    const result = parseCpr(input, '2060-01-01');
    expect(result).toMatchObject({ ok: true, birthDate });
  });

  it.each([
    ['', 'cpr.format'],
    ['123', 'cpr.format'],
    ['01019012345', 'cpr.format'],
    ['010190 1234', 'cpr.format'],
    ['0101-901234', 'cpr.format'],
    ['abcdefghij', 'cpr.format'],
    ['3202901234', 'cpr.invalid_date'],
    ['2902011234', 'cpr.invalid_date'], // 1901 was no leap year
    ['0013901234', 'cpr.invalid_date'],
    ['0000001234', 'cpr.invalid_date'],
    ['0101305000', 'cpr.future_date'], // 2030
  ])('refuses %j with %s', (input, problem) => {
    expect(parseCpr(input, TODAY)).toEqual({ ok: false, problem });
  });

  it('accepts a number without the modulus-11 check digit, flagging it', () => {
    // Numbers issued since 2007 may fail modulus 11 and are still valid.
    const result = parseCpr('0101901235', TODAY);
    expect(result).toMatchObject({ ok: true });
    if (result.ok) expect(result.passesModulus11).toBe(passesModulus11('0101901235'));
  });

  it('computes modulus 11 with the weights 4 3 2 7 6 5 4 3 2 1', () => {
    // 0707614285: 0·4+7·3+0·2+7·7+6·6+1·5+4·4+2·3+8·2+5·1 = 154 = 14·11
    expect(passesModulus11('0707614285')).toBe(true);
    expect(passesModulus11('0707614286')).toBe(false);
  });

  it('follows the century table for the 7th digit', () => {
    expect(cprBirthYear(36, 4)).toBe(2036);
    expect(cprBirthYear(37, 4)).toBe(1937);
    expect(cprBirthYear(57, 5)).toBe(2057);
    expect(cprBirthYear(58, 8)).toBe(1858);
    expect(cprBirthYear(99, 3)).toBe(1999);
    expect(cprBirthYear(0, 9)).toBe(2000);
    expect(cprBirthYear(37, 9)).toBe(1937);
  });

  it('formats as DDMMYY-SSSS', () => {
    expect(formatCpr('0101901234')).toBe('010190-1234');
  });
});

describe('parseCpr properties', () => {
  const validDate = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(1999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('accepts every real date of the 1900s with a 7th digit 0–3 and returns that date', () => {
    fc.assert(
      fc.property(validDate, fc.integer({ min: 0, max: 3999 }), (iso, serial) => {
        const [y, m, d] = iso.split('-');
        const cpr = `${d}${m}${y!.slice(2)}${String(serial).padStart(4, '0')}`;
        const result = parseCpr(cpr, TODAY);
        return result.ok && result.birthDate === iso && result.cpr === cpr;
      }),
      { numRuns: 2000 },
    );
  });

  it('treats the hyphenated and the plain form alike', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (digits) => {
        const plain = parseCpr(digits, TODAY);
        const hyphen = parseCpr(`${digits.slice(0, 6)}-${digits.slice(6)}`, TODAY);
        return JSON.stringify(plain) === JSON.stringify(hyphen);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts anything but 10 digits with an optional hyphen', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (text) => {
        const result = parseCpr(text, TODAY);
        return !result.ok || /^\d{6}-?\d{4}$/.test(text.trim());
      }),
      { numRuns: 3000 },
    );
  });

  it('never accepts an impossible day of the month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 32, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.stringMatching(/^\d{6}$/),
        (day, month, rest) => {
          const cpr = `${day}${String(month).padStart(2, '0')}${rest}`;
          return !parseCpr(cpr, TODAY).ok;
        },
      ),
    );
  });
});

describe('cprWarnings', () => {
  const parsed = (cpr: string) => {
    const result = parseCpr(cpr, '2026-12-06');
    if (!result.ok) throw new Error(`${cpr}: ${result.problem}`);
    return result;
  };

  it('warns when the number fails modulus 11', () => {
    const result = parsed('0101801234');
    expect(result.passesModulus11).toBe(false);
    expect(cprWarnings(result, '2026-12-06')).toEqual([{ key: 'cpr.modulus11_warning', params: {} }]);
  });

  it('warns of an age over 100 on the day, not of 100 itself', () => {
    // 7th digit 0–3: born in the 1900s; 061226 turns 100 on 6 December 2026.
    const hundred = parsed('0612261234');
    expect(cprWarnings(hundred, '2026-12-06').map((w) => w.key)).not.toContain('cpr.implausible_age_warning');
    expect(cprWarnings(hundred, '2027-12-06')).toContainEqual({
      key: 'cpr.implausible_age_warning',
      params: { age: 101 },
    });
    expect(IMPLAUSIBLE_AGE).toBe(100);
  });
});
