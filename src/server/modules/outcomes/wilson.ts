// How sure a share is: the 95 % Wilson score interval, and the whole percent the committee reads.
// Pure. Small numbers (0 of 28, 4 of 28 in seed 003) give wide intervals, so two providers' shares
// may differ without the difference meaning anything.

/** The two-sided 95 % normal quantile. */
export const Z95 = 1.959963984540054;

/** The Wilson score interval of `successes` of `trials`, clamped to [0, 1]; null without trials. */
export function wilsonInterval(successes: number, trials: number, z = Z95): [number, number] | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At p = 0 or 1 the bound is exactly 0 or 1; floating point may miss it by a hair.
  const low = successes === 0 ? 0 : Math.max(0, centre - half);
  const high = successes === trials ? 1 : Math.min(1, centre + half);
  return [low, high];
}

/**
 * The share as a whole percent, rounded half up (2.5 % → 3 %), in integer arithmetic so that
 * 1 of 40 is exactly 3 and not 2 by a floating-point hair. Null without a denominator.
 */
export function wholePercent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.floor((200 * numerator + denominator) / (2 * denominator));
}

/** Whether two closed intervals share a point. */
export function intervalsOverlap(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}
