// A tender's price band is the administration's estimate of the price level (seed 002: "1.850–2.150 kr.
// pr. uge"), not a limit: a price outside it is allowed with a reason (yearly indexation, issue 12). A
// tender may state a real cap per price kind; a price above the cap is refused. Pure, shared by the
// server's rule and the web form that warns while the price is typed.
import { formatKroner } from '../money.ts';
import type { PriceKindName } from './agreement.constants.ts';

export interface PriceBandLike {
  priceKind: PriceKindName;
  minWeeklyOre: number;
  maxWeeklyOre: number;
}

/** The real cap per price kind in øre a week; null where the tender states none. */
export type PriceCaps = Record<PriceKindName, number | null>;

export type PriceLevel =
  | { kind: 'within' }
  | { kind: 'outside_band'; band: PriceBandLike }
  | { kind: 'above_cap'; capWeeklyOre: number };

/** Where a weekly price lies against the tender's cap (hard) and estimated band (a warning). */
export function checkPriceLevel(
  bands: readonly PriceBandLike[],
  caps: PriceCaps | null,
  priceKind: PriceKindName,
  weeklyOre: number,
): PriceLevel {
  const cap = caps?.[priceKind] ?? null;
  if (cap !== null && weeklyOre > cap) return { kind: 'above_cap', capWeeklyOre: cap };
  const band = bands.find((b) => b.priceKind === priceKind);
  if (band && (weeklyOre < band.minWeeklyOre || weeklyOre > band.maxWeeklyOre))
    return { kind: 'outside_band', band };
  return { kind: 'within' };
}

/** 185000 → "1.850"; 185050 → "1.850,50" (whole kroner without decimals, as the tender papers write). */
export function shortKroner(ore: number): string {
  return formatKroner(ore, { unit: false }).replace(/,00$/, '');
}

/** "1.850–2.150 kr." */
export function bandRangeText(band: Pick<PriceBandLike, 'minWeeklyOre' | 'maxWeeklyOre'>): string {
  return `${shortKroner(band.minWeeklyOre)}–${shortKroner(band.maxWeeklyOre)} kr.`;
}
