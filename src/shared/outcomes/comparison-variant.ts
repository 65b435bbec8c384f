// Which sentence a comparison with a saved report takes (issue 15 item 6): a side without data says so
// instead of "fra 4 % til – (–)". One rule for the outcomes page and the server's exports.

export type ComparisonVariant = 'total' | 'totalNoCurrent' | 'totalNoPrevious' | 'totalNoData';

export function comparisonVariant(total: {
  previousRatePercent: number | null;
  ratePercent: number | null;
}): ComparisonVariant {
  if (total.previousRatePercent === null && total.ratePercent === null) return 'totalNoData';
  if (total.ratePercent === null) return 'totalNoCurrent';
  if (total.previousRatePercent === null) return 'totalNoPrevious';
  return 'total';
}
