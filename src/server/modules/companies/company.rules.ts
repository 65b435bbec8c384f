// Pure rules of the company network: when a partnership is active, and how a provider's binding
// partnerships compare with the tender's requirement (seed 003: "forpligtende virksomhedssamarbejder
// med 10 – 15 virksomheder"). No I/O.
import {
  PARTNERSHIP_OFFERS,
  type IndicatorStatus,
  type PartnershipOffer,
} from '../../../shared/companies/company.schemas.ts';

/** A period of calendar dates 'YYYY-MM-DD'; no end means open-ended. */
export interface Period {
  startsOn: string;
  endsOn: string | null;
}

/** ISO dates compare correctly as strings. */
export function isActiveOn(period: Period, onDate: string): boolean {
  return period.startsOn <= onDate && (period.endsOn === null || period.endsOn >= onDate);
}

export function isValidPeriod(period: Period): boolean {
  return period.endsOn === null || period.endsOn >= period.startsOn;
}

/** Two periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return (a.endsOn === null || a.endsOn >= b.startsOn) && (b.endsOn === null || b.endsOn >= a.startsOn);
}

/** Binding partnerships that count towards the requirement on a date: binding and active then. */
export function countActiveBinding(
  partnerships: readonly (Period & { isBinding: boolean })[],
  onDate: string,
): number {
  return partnerships.filter((p) => p.isBinding && isActiveOn(p, onDate)).length;
}

export interface Requirement {
  min: number | null;
  max: number | null;
}

export interface IndicatorResult {
  status: IndicatorStatus;
  missing: number;
  excess: number;
}

/**
 * 'below' (fewer than the minimum), 'within', 'above' (more than the maximum: allowed, but noted),
 * or 'no_requirement' when no agreement in force sets one.
 */
export function indicatorStatus(count: number, requirement: Requirement | undefined): IndicatorResult {
  const min = requirement?.min ?? null;
  const max = requirement?.max ?? null;
  if (min === null && max === null) return { status: 'no_requirement', missing: 0, excess: 0 };
  if (min !== null && count < min) return { status: 'below', missing: min - count, excess: 0 };
  if (max !== null && count > max) return { status: 'above', missing: 0, excess: count - max };
  return { status: 'within', missing: 0, excess: 0 };
}

/** Offers once each, in a fixed order (internship, small job, job). */
export function normaliseOffers(offers: readonly PartnershipOffer[]): PartnershipOffer[] {
  return PARTNERSHIP_OFFERS.filter((offer) => offers.includes(offer));
}
