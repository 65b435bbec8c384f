// Pure rules of framework agreements (seeds 002, 003): the legal rule set by date, derived status, notice,
// extensions, the 4-year duration check, price bands and price periods. No I/O: the service loads rows,
// asks these functions, and writes what they decide.
import { addDays, addMonthsKeepingMonthEnd, formatDanishDate, type IsoDate } from '../../../shared/dates.ts';
import { formatKroner } from '../../../shared/money.ts';
import type { AgreementStatus, PriceKind } from '../../platform/db/schema.ts';

export type DisplayStatus = AgreementStatus | 'expired';

/** A refused plan: a message key, and the field it belongs to when the user can fix it in a form. */
export interface RuleProblem {
  kind: 'state' | 'field';
  key: string;
  field?: string;
  params?: Record<string, string | number>;
}

export type Plan<T> = { ok: true; value: T } | { ok: false; problem: RuleProblem };

const ok = <T>(value: T): Plan<T> => ({ ok: true, value });
const refuse = (problem: RuleProblem): Plan<never> => ({ ok: false, problem });

// ---------------------------------------------------------------------------------------------------
// The law, by date. Seed 003 ("Længde af rammeaftalen"): a framework agreement may run up to 4 years
// (the tender act of 2016), and must always be terminable at 8 weeks' notice (employment legislation).
// Locally anchored programmes are bought under the light regime, which allows longer when justified: a
// warning, not a block. A new rule set is added here with the date it applies from (the agreement's start).

export interface AgreementRuleSet {
  validFrom: IsoDate;
  maxYears: number;
  defaultNoticeWeeks: number;
  source: string;
}

export const AGREEMENT_RULE_SETS: readonly AgreementRuleSet[] = [
  {
    validFrom: '2016-01-01',
    maxYears: 4,
    defaultNoticeWeeks: 8,
    source:
      'Udbudsloven 2016 (rammeaftaler op til 4 år); beskæftigelseslovgivningen (8 ugers varsel); seed 003',
  },
];

/** The rule set for an agreement starting on `startsOn` (the earliest set also covers older agreements). */
export function ruleSetFor(startsOn: IsoDate): AgreementRuleSet {
  let chosen = AGREEMENT_RULE_SETS[0]!;
  for (const set of AGREEMENT_RULE_SETS) if (set.validFrom <= startsOn) chosen = set;
  return chosen;
}

// ---------------------------------------------------------------------------------------------------
// Status

/** What users see: an active agreement whose end has passed is 'expired' (not stored; follows from today). */
export function displayStatus(
  agreement: { status: AgreementStatus; endsOn: IsoDate },
  today: IsoDate,
): DisplayStatus {
  return agreement.status === 'active' && agreement.endsOn < today ? 'expired' : agreement.status;
}

/** Running (active or under notice) and ending within `months` from today. */
export function isExpiringWithin(
  agreement: { status: AgreementStatus; endsOn: IsoDate },
  today: IsoDate,
  months: number,
): boolean {
  return (
    agreement.status !== 'draft' &&
    agreement.endsOn >= today &&
    agreement.endsOn <= addMonthsKeepingMonthEnd(today, months)
  );
}

// ---------------------------------------------------------------------------------------------------
// Termination with notice (seed 003: "altid kunne opsiges med 8 ugers varsel")

export function terminationEnd(noticeGivenOn: IsoDate, noticeWeeks: number): IsoDate {
  return addDays(noticeGivenOn, 7 * noticeWeeks);
}

export interface TerminableAgreement {
  status: AgreementStatus;
  startsOn: IsoDate;
  endsOn: IsoDate;
  noticeWeeks: number;
}

export function planTermination(
  agreement: TerminableAgreement,
  noticeGivenOn: IsoDate,
  today: IsoDate,
): Plan<{ endsOn: IsoDate }> {
  if (agreement.status === 'draft') return refuse({ kind: 'state', key: 'agreement.terminate_draft' });
  if (agreement.status === 'terminated')
    return refuse({ kind: 'state', key: 'agreement.already_terminated' });
  if (agreement.endsOn < today) return refuse({ kind: 'state', key: 'agreement.already_expired' });
  if (noticeGivenOn > today)
    return refuse({ kind: 'field', key: 'agreement.notice_in_future', field: 'noticeGivenOn' });
  if (noticeGivenOn < agreement.startsOn)
    return refuse({ kind: 'field', key: 'agreement.notice_before_start', field: 'noticeGivenOn' });
  const endsOn = terminationEnd(noticeGivenOn, agreement.noticeWeeks);
  if (endsOn > agreement.endsOn) {
    return refuse({
      kind: 'state',
      key: 'agreement.notice_after_end',
      params: { computed: formatDanishDate(endsOn), endsOn: formatDanishDate(agreement.endsOn) },
    });
  }
  return ok({ endsOn });
}

// ---------------------------------------------------------------------------------------------------
// Extensions (options): exercised one at a time, in order, while the agreement runs

export interface ExtensionOption {
  position: number;
  months: number;
  exercisedOn: IsoDate | null;
}

function byPosition<T extends { position: number }>(extensions: readonly T[]): T[] {
  return [...extensions].sort((a, b) => a.position - b.position);
}

export function nextExtension<T extends ExtensionOption>(extensions: readonly T[]): T | undefined {
  return byPosition(extensions).find((e) => e.exercisedOn === null);
}

/**
 * The end after exercising every extension up to `position`: the original end moved by their months
 * together, so the result does not depend on how the months are split (end-of-month aware).
 */
export function endAfterExtensions(
  originalEndsOn: IsoDate,
  extensions: readonly ExtensionOption[],
  position: number,
): IsoDate {
  const months = extensions.filter((e) => e.position <= position).reduce((sum, e) => sum + e.months, 0);
  return addMonthsKeepingMonthEnd(originalEndsOn, months);
}

export interface ExtendableAgreement {
  status: AgreementStatus;
  originalEndsOn: IsoDate;
  endsOn: IsoDate;
}

export function planExtension(
  agreement: ExtendableAgreement,
  extensions: readonly ExtensionOption[],
  today: IsoDate,
  requestedPosition?: number,
): Plan<{ position: number; endsOn: IsoDate }> {
  const next = nextExtension(extensions);
  if (!next) return refuse({ kind: 'state', key: 'agreement.no_extension_left' });
  if (agreement.status !== 'active') return refuse({ kind: 'state', key: 'agreement.extension_not_active' });
  if (agreement.endsOn < today)
    return refuse({
      kind: 'state',
      key: 'agreement.extension_after_end',
      params: { endsOn: formatDanishDate(agreement.endsOn) },
    });
  if (requestedPosition !== undefined && requestedPosition !== next.position) {
    return refuse({
      kind: 'state',
      key: 'agreement.extension_out_of_order',
      params: { position: next.position },
    });
  }
  return ok({
    position: next.position,
    endsOn: endAfterExtensions(agreement.originalEndsOn, extensions, next.position),
  });
}

// ---------------------------------------------------------------------------------------------------
// Duration: longer than the rule set's maximum including every extension, exercised or not, is allowed
// under the light regime when justified (issue 3): a warning, and a written justification on saving.

export interface DurationCheck {
  /** The end if every extension is exercised. */
  maxEndsOn: IsoDate;
  maxYears: number;
  isLong: boolean;
}

export function checkDuration(
  startsOn: IsoDate,
  originalEndsOn: IsoDate,
  extensionMonths: readonly number[],
): DurationCheck {
  const { maxYears } = ruleSetFor(startsOn);
  const maxEndsOn = addMonthsKeepingMonthEnd(
    originalEndsOn,
    extensionMonths.reduce((sum, m) => sum + m, 0),
  );
  // 1 Jan 2021 – 31 Dec 2024 is exactly 4 years; one day more is longer.
  return { maxEndsOn, maxYears, isLong: maxEndsOn >= addMonthsKeepingMonthEnd(startsOn, 12 * maxYears) };
}

/** The field problem of saving an agreement: a long agreement needs its justification written down. */
export function justificationProblem(
  duration: DurationCheck,
  justification: string | null | undefined,
): RuleProblem | null {
  if (!duration.isLong || (justification ?? '').trim() !== '') return null;
  return {
    kind: 'field',
    key: 'agreement.justification_required',
    field: 'longDurationJustification',
    params: { years: duration.maxYears },
  };
}

// ---------------------------------------------------------------------------------------------------
// Prices: weekly, in øre, per kind and period; a tender may set a band per kind (seed 002).

export interface PriceBand {
  priceKind: PriceKind;
  minWeeklyOre: number;
  maxWeeklyOre: number;
}

export function checkPriceBand(
  bands: readonly PriceBand[],
  priceKind: PriceKind,
  weeklyOre: number,
): RuleProblem | null {
  const band = bands.find((b) => b.priceKind === priceKind);
  if (!band || (weeklyOre >= band.minWeeklyOre && weeklyOre <= band.maxWeeklyOre)) return null;
  return {
    kind: 'field',
    key: `agreement.price_outside_band_${priceKind}`,
    field: 'weekly',
    params: { min: formatKroner(band.minWeeklyOre), max: formatKroner(band.maxWeeklyOre) },
  };
}

export interface PricePeriod {
  id?: string;
  priceKind: PriceKind;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  weeklyOre: number;
}

/** Inclusive periods; an open end (null) runs on. */
export function periodsOverlap(
  a: { validFrom: IsoDate; validTo: IsoDate | null },
  b: { validFrom: IsoDate; validTo: IsoDate | null },
): boolean {
  return (a.validTo === null || b.validFrom <= a.validTo) && (b.validTo === null || a.validFrom <= b.validTo);
}

export interface PriceInsertPlan {
  /** An open-ended earlier price of the same kind that the new one ends (valid to the day before). */
  close?: { id: string; validTo: IsoDate };
}

/**
 * Where a new price may go: inside the agreement's possible period (start to the end with every
 * extension), not overlapping another period of the same kind. A new price after an open-ended one ends
 * that one the day before (a price change from a date), rather than being refused.
 */
export function planPriceInsert(
  agreement: { startsOn: IsoDate; maxEndsOn: IsoDate },
  existing: readonly PricePeriod[],
  candidate: Omit<PricePeriod, 'id'>,
): Plan<PriceInsertPlan> {
  if (candidate.validTo !== null && candidate.validTo < candidate.validFrom)
    return refuse({ kind: 'field', key: 'agreement.price_period_order', field: 'validTo' });
  const window = {
    startsOn: formatDanishDate(agreement.startsOn),
    endsOn: formatDanishDate(agreement.maxEndsOn),
  };
  if (candidate.validFrom < agreement.startsOn || candidate.validFrom > agreement.maxEndsOn)
    return refuse({
      kind: 'field',
      key: 'agreement.price_outside_agreement',
      field: 'validFrom',
      params: window,
    });
  if (candidate.validTo !== null && candidate.validTo > agreement.maxEndsOn)
    return refuse({
      kind: 'field',
      key: 'agreement.price_outside_agreement',
      field: 'validTo',
      params: window,
    });

  const sameKind = existing.filter((p) => p.priceKind === candidate.priceKind);
  const openEarlier = sameKind.find((p) => p.validTo === null && p.validFrom < candidate.validFrom);
  const close = openEarlier?.id
    ? { id: openEarlier.id, validTo: addDays(candidate.validFrom, -1) }
    : undefined;
  const adjusted = sameKind.map((p) => (close && p.id === close.id ? { ...p, validTo: close.validTo } : p));
  const clash = adjusted.find((p) => periodsOverlap(p, candidate));
  if (clash) {
    return refuse({
      kind: 'field',
      key: 'agreement.price_overlap',
      field: 'validFrom',
      params: {
        from: formatDanishDate(clash.validFrom),
        to: clash.validTo ? formatDanishDate(clash.validTo) : '…',
      },
    });
  }
  return ok(close ? { close } : {});
}

export interface PricedAgreement {
  status: AgreementStatus;
  startsOn: IsoDate;
  endsOn: IsoDate;
  prices: readonly PricePeriod[];
}

/**
 * The weekly price (øre) of one kind on a date, or null when the agreement does not run that day (a
 * draft, before its start, after its current end) or has no price for the date. Billing uses this.
 */
export function priceOn(agreement: PricedAgreement, priceKind: PriceKind, date: IsoDate): number | null {
  if (agreement.status === 'draft' || date < agreement.startsOn || date > agreement.endsOn) return null;
  const price = agreement.prices.find(
    (p) => p.priceKind === priceKind && p.validFrom <= date && (p.validTo === null || date <= p.validTo),
  );
  return price?.weeklyOre ?? null;
}
