// Capacity: what a fixed annual frame buys at the agreed weekly prices (seed 003: "the total frame is
// fixed, so a higher price per citizen means fewer citizens"). Pure and in integer øre: no rounding drift.
// The definitions are documented in docs/budgets.md; each function below says which one it implements.
import { allocateOre } from '../../../shared/money.ts';

export const WEEKS_PER_YEAR = 52;

export interface CapacityInput {
  /** The money to spend (a provider's share of the frame, or the whole frame). */
  amountOre: number;
  /** P: the programme's weekly price. */
  programmeWeeklyOre: number;
  /** A: the aftercare weekly price (0 when there is none). */
  aftercareWeeklyOre: number;
  /** C: expected course length in weeks. */
  courseWeeks: number;
  /** W: expected aftercare weeks after a course. */
  aftercareWeeks: number;
}

export interface Capacity {
  /** C·P + W·A: one citizen's whole course with its aftercare. */
  costPerCitizenOre: number;
  /** floor(amount / cost per citizen): whole courses the money pays for. */
  citizensPerYear: number;
  /** floor(amount · C / cost per citizen): programme weeks bought, each carrying its share of aftercare. */
  citizenWeeks: number;
  /** Citizens in course at any time, in tenths, rounded down: floor(citizens · C · 10 / 52). */
  concurrentTenths: number;
  /** amount − citizens · cost per citizen: never negative, and citizens · cost + leftover = amount. */
  leftoverOre: number;
}

function assertWhole(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min)
    throw new RangeError(`${name} must be a whole number ≥ ${min}`);
}

/** Integer division of non-negative safe integers through BigInt, so amount × weeks never overflows. */
function floorDiv(numerator: bigint, denominator: bigint): number {
  return Number(numerator / denominator);
}

export function computeCapacity(input: CapacityInput): Capacity {
  assertWhole('amountOre', input.amountOre, 0);
  assertWhole('programmeWeeklyOre', input.programmeWeeklyOre, 1);
  assertWhole('aftercareWeeklyOre', input.aftercareWeeklyOre, 0);
  assertWhole('courseWeeks', input.courseWeeks, 1);
  assertWhole('aftercareWeeks', input.aftercareWeeks, 0);
  const cost =
    BigInt(input.courseWeeks) * BigInt(input.programmeWeeklyOre) +
    BigInt(input.aftercareWeeks) * BigInt(input.aftercareWeeklyOre);
  const amount = BigInt(input.amountOre);
  const citizens = amount / cost;
  return {
    costPerCitizenOre: Number(cost),
    citizensPerYear: Number(citizens),
    // With no aftercare this is floor(amount / P): C cancels out.
    citizenWeeks: floorDiv(amount * BigInt(input.courseWeeks), cost),
    concurrentTenths: floorDiv(citizens * BigInt(input.courseWeeks) * 10n, BigInt(WEEKS_PER_YEAR)),
    leftoverOre: Number(amount - citizens * cost),
  };
}

/** A new weekly price after a change in tenths of a percent (+25 = +2,5 %), rounded half up to whole øre. */
export function applyPercentChange(weeklyOre: number, percentTenths: number): number {
  assertWhole('weeklyOre', weeklyOre, 1);
  if (!Number.isSafeInteger(percentTenths) || percentTenths <= -1000) {
    throw new RangeError('a price can fall by less than 100 %');
  }
  const scaled = BigInt(weeklyOre) * BigInt(1000 + percentTenths);
  return Math.max(1, Number((scaled + 500n) / 1000n));
}

export type CapacityDifference = Capacity;

/** after − before for every number (negative citizens = fewer citizens). */
export function capacityDifference(before: Capacity, after: Capacity): CapacityDifference {
  return {
    costPerCitizenOre: after.costPerCitizenOre - before.costPerCitizenOre,
    citizensPerYear: after.citizensPerYear - before.citizensPerYear,
    citizenWeeks: after.citizenWeeks - before.citizenWeeks,
    concurrentTenths: after.concurrentTenths - before.concurrentTenths,
    leftoverOre: after.leftoverOre - before.leftoverOre,
  };
}

// ---------------------------------------------------------------------------------------------------
// The price of a year

export interface PricePeriod {
  validFrom: string;
  validTo: string | null;
  weeklyOre: number;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

export interface YearPrice {
  /** The day-weighted average weekly price over the priced days, rounded half up; null with no price. */
  weeklyOre: number | null;
  /** Days of the year (inside the agreement's period) that have a price. */
  pricedDays: number;
}

/**
 * The weekly price of a year when prices change during it: the average of the prices weighted by the
 * days each one is valid in the year (within `activeFrom`–`activeTo`, the agreement's period). A price
 * from 1 July weighs half. Where periods overlap, the one that started last applies.
 */
export function yearWeeklyPrice(
  periods: readonly PricePeriod[],
  year: number,
  activeFrom: string,
  activeTo: string,
): YearPrice {
  const first = Math.max(dayNumber(`${year}-01-01`), dayNumber(activeFrom));
  const last = Math.min(dayNumber(`${year}-12-31`), dayNumber(activeTo));
  const sorted = [...periods]
    .map((p) => ({
      from: dayNumber(p.validFrom),
      to: p.validTo === null ? Number.POSITIVE_INFINITY : dayNumber(p.validTo),
      weeklyOre: p.weeklyOre,
    }))
    .sort((a, b) => b.from - a.from);
  let pricedDays = 0;
  let weighted = 0n;
  for (let day = first; day <= last; day++) {
    const price = sorted.find((p) => p.from <= day && day <= p.to);
    if (!price) continue;
    pricedDays += 1;
    weighted += BigInt(price.weeklyOre);
  }
  if (pricedDays === 0) return { weeklyOre: null, pricedDays };
  const days = BigInt(pricedDays);
  return { weeklyOre: Number((weighted * 2n + days) / (days * 2n)), pricedDays };
}

// ---------------------------------------------------------------------------------------------------
// A frame over the agreements that spend it

export interface FrameTerms {
  amountOre: number;
  year: number;
  courseWeeks: number;
  aftercareWeeks: number;
}

export interface AgreementPrices {
  agreementId: string;
  providerId: string;
  providerName: string;
  tenderAreaId: string;
  tenderAreaName: string;
  startsOn: string;
  endsOn: string;
  /** The programme prices in force: agreed and indexed (the agreements module's listAgreedPrices). */
  programme: readonly PricePeriod[];
  aftercare: readonly PricePeriod[];
  /** The same periods at the agreed price before indexation, to show beside the price in force. */
  agreedProgramme?: readonly PricePeriod[];
}

/** A what-if: every programme price replaced by one price, or each changed by a percentage. */
export type PriceChange = { kind: 'price'; weeklyOre: number } | { kind: 'percent'; percentTenths: number };

export interface CapacityRow {
  agreement: AgreementPrices;
  programmeWeeklyOre: number | null;
  aftercareWeeklyOre: number | null;
  /** Days of the year with a programme price: the weight of the row in the split of the frame. */
  pricedDays: number;
  shareOre: number;
  capacity: Capacity | null;
  whatIf: { programmeWeeklyOre: number; capacity: Capacity; difference: CapacityDifference } | null;
}

export interface CapacityPlan {
  rows: CapacityRow[];
}

/**
 * Splits the frame over the agreements in force in the year, in proportion to the days each has a
 * programme price (equal shares when all run the whole year), and computes each share's capacity at
 * that agreement's price of the year. An agreement without a programme price gets no share. A missing
 * aftercare price counts as 0 (the row says so by `aftercareWeeklyOre: null`).
 */
export function planCapacity(
  terms: FrameTerms,
  agreements: readonly AgreementPrices[],
  change?: PriceChange,
): CapacityPlan {
  const priced = agreements.map((agreement) => {
    const programme = yearWeeklyPrice(agreement.programme, terms.year, agreement.startsOn, agreement.endsOn);
    const aftercare = yearWeeklyPrice(agreement.aftercare, terms.year, agreement.startsOn, agreement.endsOn);
    return { agreement, programme, aftercare };
  });
  const weights = priced.map((p) => (p.programme.weeklyOre === null ? 0 : p.programme.pricedDays));
  const shares = weights.some((w) => w > 0) ? allocateOre(terms.amountOre, weights) : weights.map(() => 0);
  const rows = priced.map(({ agreement, programme, aftercare }, index): CapacityRow => {
    const shareOre = shares[index]!;
    if (programme.weeklyOre === null) {
      return {
        agreement,
        programmeWeeklyOre: null,
        aftercareWeeklyOre: aftercare.weeklyOre,
        pricedDays: 0,
        shareOre,
        capacity: null,
        whatIf: null,
      };
    }
    const input: CapacityInput = {
      amountOre: shareOre,
      programmeWeeklyOre: programme.weeklyOre,
      aftercareWeeklyOre: aftercare.weeklyOre ?? 0,
      courseWeeks: terms.courseWeeks,
      aftercareWeeks: terms.aftercareWeeks,
    };
    const capacity = computeCapacity(input);
    let whatIf: CapacityRow['whatIf'] = null;
    if (change) {
      const newPrice =
        change.kind === 'price'
          ? change.weeklyOre
          : applyPercentChange(programme.weeklyOre, change.percentTenths);
      const after = computeCapacity({ ...input, programmeWeeklyOre: newPrice });
      whatIf = {
        programmeWeeklyOre: newPrice,
        capacity: after,
        difference: capacityDifference(capacity, after),
      };
    }
    return {
      agreement,
      programmeWeeklyOre: programme.weeklyOre,
      aftercareWeeklyOre: aftercare.weeklyOre,
      pricedDays: programme.pricedDays,
      shareOre,
      capacity,
      whatIf,
    };
  });
  return { rows };
}

export interface CapacityTotal {
  shareOre: number;
  citizensPerYear: number;
  citizenWeeks: number;
  concurrentTenths: number;
  leftoverOre: number;
}

const EMPTY_TOTAL: CapacityTotal = {
  shareOre: 0,
  citizensPerYear: 0,
  citizenWeeks: 0,
  concurrentTenths: 0,
  leftoverOre: 0,
};

/** The sum of rows (a total is the sum of what each provider can buy, not the frame at an average price). */
export function totalCapacity(
  rows: readonly CapacityRow[],
  pick: 'capacity' | 'whatIf' = 'capacity',
): CapacityTotal {
  return rows.reduce<CapacityTotal>((total, row) => {
    const capacity = pick === 'capacity' ? row.capacity : (row.whatIf?.capacity ?? null);
    return {
      shareOre: total.shareOre + row.shareOre,
      citizensPerYear: total.citizensPerYear + (capacity?.citizensPerYear ?? 0),
      citizenWeeks: total.citizenWeeks + (capacity?.citizenWeeks ?? 0),
      concurrentTenths: total.concurrentTenths + (capacity?.concurrentTenths ?? 0),
      // Money of a row without a price is not spent: it is left over.
      leftoverOre: total.leftoverOre + (capacity ? capacity.leftoverOre : row.shareOre),
    };
  }, EMPTY_TOTAL);
}
