import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  basisAsOf,
  basisTotals,
  checkBasisAction,
  checkCorrection,
  isMonthEnded,
  isValidEan,
  matchInvoices,
} from './payment.rules.ts';

describe('billing basis months', () => {
  it.each([
    ['2026-01', '2026-01-31', false],
    ['2026-01', '2026-02-01', true],
    ['2024-02', '2024-02-29', false],
    ['2024-02', '2024-03-01', true],
  ])('a basis of %s may be prepared on %s: %s', (month, today, expected) => {
    expect(isMonthEnded(month, today)).toBe(expected);
  });

  it('counts the weeks up to the month’s last day', () => {
    expect(basisAsOf('2026-02')).toBe('2026-02-28');
    expect(basisAsOf('2028-02')).toBe('2028-02-29');
    expect(basisAsOf('2026-12')).toBe('2026-12-31');
  });
});

describe('the basis’s status', () => {
  it.each([
    ['draft', 'prepare', 'ok'],
    ['accepted', 'prepare', 'refused'],
    ['approved', 'prepare', 'refused'],
    ['draft', 'correct', 'ok'],
    ['approved', 'correct', 'refused'],
    ['draft', 'accept', 'ok'],
    ['accepted', 'accept', 'same'],
    ['approved', 'accept', 'refused'],
    ['draft', 'approve', 'refused'],
    ['accepted', 'approve', 'ok'],
    ['approved', 'approve', 'same'],
  ] as const)('%s, %s → %s', (status, action, expected) => {
    expect(checkBasisAction(status, action)).toBe(expected);
  });
});

describe('totals and corrections', () => {
  it('adds the weeks and the corrections, credits being negative', () => {
    expect(
      basisTotals([
        { kind: 'weeks', amountOre: 740_000 },
        { kind: 'weeks', amountOre: 120_000 },
        { kind: 'correction', amountOre: -185_000 },
        { kind: 'correction', amountOre: 57_500 },
      ]),
    ).toEqual({ weeksOre: 860_000, correctionsOre: -127_500, totalOre: 732_500 });
  });

  it('accepts a correction of an earlier approved month only', () => {
    expect(checkCorrection('2026-03', { correctsMonth: '2026-01', amountOre: -100 }, 'approved')).toBeNull();
    expect(checkCorrection('2026-03', { correctsMonth: '2026-03', amountOre: 100 }, 'approved')).toBe(
      'not_earlier',
    );
    expect(checkCorrection('2026-03', { correctsMonth: '2026-01', amountOre: 100 }, 'accepted')).toBe(
      'not_approved',
    );
    expect(checkCorrection('2026-03', { correctsMonth: '2026-01', amountOre: 100 }, null)).toBe(
      'not_approved',
    );
    expect(checkCorrection('2026-03', { correctsMonth: '2026-01', amountOre: 0 }, 'approved')).toBe('zero');
  });
});

describe('invoice matching', () => {
  const one = (amountOre: number) => [{ amountOre }];

  it('matches an invoice equal to the approved basis and flags a difference', () => {
    expect(matchInvoices(one(860_000), { status: 'approved', totalOre: 860_000 })).toEqual({
      invoicedOre: 860_000,
      invoiceCount: 1,
      match: 'matches',
      differenceOre: 0,
    });
    expect(matchInvoices(one(900_000), { status: 'approved', totalOre: 860_000 })).toMatchObject({
      match: 'differs',
      differenceOre: 40_000,
    });
  });

  it('adds up partial invoices of the same month before matching them', () => {
    const parts = [{ amountOre: 500_000 }, { amountOre: 300_000 }, { amountOre: 60_000 }];
    expect(matchInvoices(parts, { status: 'approved', totalOre: 860_000 })).toEqual({
      invoicedOre: 860_000,
      invoiceCount: 3,
      match: 'matches',
      differenceOre: 0,
    });
    // Each part alone differs; only their sum is compared.
    expect(matchInvoices(parts.slice(0, 2), { status: 'approved', totalOre: 860_000 })).toMatchObject({
      match: 'differs',
      differenceOre: -60_000,
    });
  });

  it('does not match against a basis that is not approved', () => {
    expect(matchInvoices(one(1), { status: 'accepted', totalOre: 1 }).match).toBe('no_approved_basis');
    expect(matchInvoices(one(1), null)).toEqual({
      invoicedOre: 1,
      invoiceCount: 1,
      match: 'no_approved_basis',
      differenceOre: null,
    });
  });

  it('gives the difference as the invoices’ sum minus the basis for any amounts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e9 }), { maxLength: 6 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        (amounts, basis) => {
          const sum = amounts.reduce((a, b) => a + b, 0);
          const result = matchInvoices(
            amounts.map((amountOre) => ({ amountOre })),
            { status: 'approved', totalOre: basis },
          );
          expect(result.invoicedOre).toBe(sum);
          expect(result.differenceOre).toBe(sum - basis);
          expect(result.match === 'matches').toBe(sum === basis);
        },
      ),
    );
  });
});

describe('EAN numbers', () => {
  it('accepts the municipality’s EAN from seed 003’s appendix', () => {
    expect(isValidEan('5798009710178')).toBe(true);
  });

  it.each(['5798009710177', '579800971017', '57980097101780', '579800971017x', ''])('refuses %j', (ean) => {
    expect(isValidEan(ean)).toBe(false);
  });

  it('accepts exactly one check digit for any 12 digits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }), (digits) => {
        const valid = [...Array(10).keys()].filter((d) => isValidEan(`${digits.join('')}${d}`));
        expect(valid).toHaveLength(1);
      }),
    );
  });
});
