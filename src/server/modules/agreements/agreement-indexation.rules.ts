// Price indexation (pristalsregulering, issue 14; docs/billing.md "Indexation"): a yearly index percentage
// per agreement, effective from a date. Pure. The agreement's prices are never changed: the price in force
// on a day is the agreed price of that day, indexed by every indexation that took effect after the price
// was agreed (effective after the price period's first day) and on or before the day, oldest first,
// compounding. A contract term, not a legal rule: the seeds state no index, so the percentage is the
// administration's decision under the agreement, recorded with its reason.
import { addDays, type IsoDate } from '../../../shared/dates.ts';
import type { PriceKind } from '../../platform/db/schema.ts';
import { priceOn, type PricedAgreement } from './agreement.rules.ts';

export interface PriceIndexation {
  effectiveFrom: IsoDate;
  /** Hundredths of a percent: 2,35 % = 235. */
  basisPoints: number;
}

export interface IndexedAgreement extends PricedAgreement {
  indexations?: readonly PriceIndexation[];
}

/**
 * The one rounding rule of indexation: each indexation gives a new weekly price in whole øre, rounded half
 * up, and the next indexation indexes that rounded price (as a published price list would be). Integer
 * arithmetic, so no floating-point error: øre × (10 000 + basis points) / 10 000.
 */
export function indexOre(ore: number, basisPoints: number): number {
  return Math.floor((ore * (10_000 + basisPoints) + 5_000) / 10_000);
}

function byDate(indexations: readonly PriceIndexation[]): PriceIndexation[] {
  return [...indexations].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/** The indexations that apply on `date` to a price agreed from `validFrom`, oldest first. */
export function indexationsFor(
  indexations: readonly PriceIndexation[],
  validFrom: IsoDate,
  date: IsoDate,
): PriceIndexation[] {
  return byDate(indexations).filter((i) => i.effectiveFrom > validFrom && i.effectiveFrom <= date);
}

export interface PriceInForce {
  weeklyOre: number;
  /** The agreed price before indexation. */
  baseWeeklyOre: number;
}

/** The weekly price of one kind in force on a date, indexed; null as priceOn (no price that day). */
export function indexedPriceOn(
  agreement: IndexedAgreement,
  priceKind: PriceKind,
  date: IsoDate,
): PriceInForce | null {
  const base = priceOn(agreement, priceKind, date);
  if (base === null) return null;
  const period = agreement.prices.find(
    (p) => p.priceKind === priceKind && p.validFrom <= date && (p.validTo === null || date <= p.validTo),
  )!;
  const weeklyOre = indexationsFor(agreement.indexations ?? [], period.validFrom, date).reduce(
    (ore, i) => indexOre(ore, i.basisPoints),
    base,
  );
  return { weeklyOre, baseWeeklyOre: base };
}

/** One step of an agreement's price history: a weekly price of a kind in force from a day to a day. */
export interface PriceStep {
  priceKind: PriceKind;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  weeklyOre: number;
  baseWeeklyOre: number;
  /** The indexation that began this step; null for the agreed price itself. */
  indexationFrom: IsoDate | null;
}

/** Every agreed price and every indexed price after it, per kind and in time order (the history). */
export function priceHistory(agreement: IndexedAgreement): PriceStep[] {
  const steps: PriceStep[] = [];
  const prices = [...agreement.prices].sort(
    (a, b) => a.priceKind.localeCompare(b.priceKind) || (a.validFrom < b.validFrom ? -1 : 1),
  );
  for (const price of prices) {
    const within = byDate(agreement.indexations ?? []).filter(
      (i) =>
        i.effectiveFrom > price.validFrom && (price.validTo === null || i.effectiveFrom <= price.validTo),
    );
    let weeklyOre = price.weeklyOre;
    let from = price.validFrom;
    let indexationFrom: IsoDate | null = null;
    for (const indexation of within) {
      steps.push({
        priceKind: price.priceKind,
        validFrom: from,
        validTo: addDays(indexation.effectiveFrom, -1),
        weeklyOre,
        baseWeeklyOre: price.weeklyOre,
        indexationFrom,
      });
      weeklyOre = indexOre(weeklyOre, indexation.basisPoints);
      from = indexation.effectiveFrom;
      indexationFrom = indexation.effectiveFrom;
    }
    steps.push({
      priceKind: price.priceKind,
      validFrom: from,
      validTo: price.validTo,
      weeklyOre,
      baseWeeklyOre: price.weeklyOre,
      indexationFrom,
    });
  }
  return steps;
}

export type IndexationProblem =
  'indexation.outside_agreement' | 'indexation.same_year' | 'indexation.not_after_last';

/**
 * May an indexation take effect on `effectiveFrom`? Within the agreement's period, at most one per
 * calendar year (the index is yearly), and after every earlier one (history is appended, never rewritten).
 */
export function checkIndexation(
  agreement: { startsOn: IsoDate; endsOn: IsoDate },
  existing: readonly PriceIndexation[],
  effectiveFrom: IsoDate,
): IndexationProblem | null {
  if (effectiveFrom <= agreement.startsOn || effectiveFrom > agreement.endsOn) {
    return 'indexation.outside_agreement';
  }
  if (existing.some((i) => i.effectiveFrom.slice(0, 4) === effectiveFrom.slice(0, 4))) {
    return 'indexation.same_year';
  }
  if (existing.some((i) => i.effectiveFrom >= effectiveFrom)) return 'indexation.not_after_last';
  return null;
}
