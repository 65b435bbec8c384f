// How the outcomes page words a comparison with a saved report (issue 15 item 6): the variant is the
// shared rule's, the sentence the page's texts.
import { comparisonVariant, type ComparisonVariant } from '../../../shared/outcomes/comparison-variant.ts';

/** The page's text key of a total's comparison: a side without data says so (no "fra 4 % til – (–)"). */
export function comparisonTextKey(total: {
  previousRatePercent: number | null;
  ratePercent: number | null;
}): `comparison.${ComparisonVariant}` {
  return `comparison.${comparisonVariant(total)}`;
}
