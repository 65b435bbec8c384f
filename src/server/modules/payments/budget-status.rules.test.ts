import { describe, expect, it } from 'vitest';
import { budgetStatus } from './budget-status.rules.ts';

describe('the budget status', () => {
  it('splits approved, billed but not approved, and the forecast to year end', () => {
    const status = budgetStatus({
      approved: [
        { providerId: 'a', month: '2026-01', totalOre: 1_000_000 },
        { providerId: 'a', month: '2026-02', totalOre: 900_000 },
      ],
      billedToDate: [
        // An approved month billed again differently: the approved basis counts, not the billing.
        { providerId: 'a', month: '2026-01', totalOre: 1_100_000 },
        { providerId: 'a', month: '2026-03', totalOre: 800_000 },
        { providerId: 'b', month: '2026-03', totalOre: 50_000 },
      ],
      billedToYearEnd: [
        { providerId: 'a', month: '2026-01', totalOre: 1_100_000 },
        { providerId: 'a', month: '2026-03', totalOre: 820_000 },
        { providerId: 'a', month: '2026-04', totalOre: 700_000 },
        { providerId: 'b', month: '2026-03', totalOre: 60_000 },
      ],
    });
    expect(status).toEqual([
      { providerId: 'a', approvedOre: 1_900_000, billedNotApprovedOre: 800_000, forecastOre: 3_420_000 },
      { providerId: 'b', approvedOre: 0, billedNotApprovedOre: 50_000, forecastOre: 60_000 },
    ]);
  });
});
