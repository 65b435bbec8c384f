// The budget status of paying providers (issue 14): per provider and year, what is approved (the approved
// billing bases, corrections included), what is billed but not approved (the billing rules' amount of the
// months up to today without an approved basis), and the forecast to year end (approved, plus every
// month without an approved basis billed as if the courses running today run to 31 December). Pure.

export interface MonthAmount {
  providerId: string;
  month: string;
  totalOre: number;
}

export interface ProviderBudgetStatus {
  providerId: string;
  approvedOre: number;
  billedNotApprovedOre: number;
  forecastOre: number;
}

export function budgetStatus(input: {
  /** Approved bases' totals (corrections included). */
  approved: readonly MonthAmount[];
  /** Billing of the year's months up to today, as of today. */
  billedToDate: readonly MonthAmount[];
  /** Billing of the whole year as of 31 December. */
  billedToYearEnd: readonly MonthAmount[];
}): ProviderBudgetStatus[] {
  const byProvider = new Map<string, ProviderBudgetStatus>();
  const entry = (providerId: string) => {
    let status = byProvider.get(providerId);
    if (!status) {
      status = { providerId, approvedOre: 0, billedNotApprovedOre: 0, forecastOre: 0 };
      byProvider.set(providerId, status);
    }
    return status;
  };
  const approvedMonths = new Set(input.approved.map((a) => `${a.providerId}|${a.month}`));
  for (const a of input.approved) {
    entry(a.providerId).approvedOre += a.totalOre;
    entry(a.providerId).forecastOre += a.totalOre;
  }
  for (const b of input.billedToDate) {
    if (!approvedMonths.has(`${b.providerId}|${b.month}`))
      entry(b.providerId).billedNotApprovedOre += b.totalOre;
  }
  for (const b of input.billedToYearEnd) {
    if (!approvedMonths.has(`${b.providerId}|${b.month}`)) entry(b.providerId).forecastOre += b.totalOre;
  }
  return [...byProvider.values()];
}
