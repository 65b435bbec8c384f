import { describe, expect, it } from 'vitest';
import { formatCount, formatMonth, formatWeeklyPrices, monthCount } from './billing.format.ts';

describe('billing formats', () => {
  it.each([
    ['2026-01', 'da', 'januar 2026'],
    ['2026-03', 'da', 'marts 2026'],
    ['2026-12', 'en', 'December 2026'],
  ] as const)('%s in %s is "%s"', (month, language, text) => {
    expect(formatMonth(month, language)).toBe(text);
  });

  it('shows weeks with Danish thousands dots and prices in kroner, two after a price change', () => {
    expect(formatCount(1234, 'da')).toBe('1.234');
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatWeeklyPrices([{ weeklyOre: 200_000 }, { weeklyOre: 210_050 }], 'da')).toBe(
      '2.000,00 / 2.100,50',
    );
    expect(formatWeeklyPrices([], 'da')).toBe('');
  });

  it.each([
    ['2026-01', '2026-01', 1],
    ['2025-11', '2026-02', 4],
    ['2026-02', '2026-01', 0],
    ['2023-01', '2025-12', 36],
  ])('from %s to %s is %i months', (from, to, months) => {
    expect(monthCount(from, to)).toBe(months);
  });
});
