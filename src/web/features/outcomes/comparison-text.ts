// How the outcomes page words a comparison with a saved report (issue 15 item 6).

/** Which sentence a total's comparison takes: a side without data says so (no "fra 4 % til – (–)"). */
export function comparisonTextKey(total: {
  previousRatePercent: number | null;
  ratePercent: number | null;
}):
  'comparison.total' | 'comparison.totalNoCurrent' | 'comparison.totalNoPrevious' | 'comparison.totalNoData' {
  if (total.previousRatePercent === null && total.ratePercent === null) return 'comparison.totalNoData';
  if (total.ratePercent === null) return 'comparison.totalNoCurrent';
  if (total.previousRatePercent === null) return 'comparison.totalNoPrevious';
  return 'comparison.total';
}
