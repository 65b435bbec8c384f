// Agreements as the API shows them: rows plus extensions, prices and the tender's bands, with what the
// rules derive (status shown, the end with every extension, today's prices, what may be done next).
import { formatDanishDate, type IsoDate } from '../../../../shared/dates.ts';
import type { AgreementDetail, AgreementSummary } from '../../../../shared/agreements/agreement.schemas.ts';
import { checkPriceLevel, type PriceBandLike } from '../../../../shared/agreements/price-level.ts';
import { translate } from '../../../../shared/messages.ts';
import type { Actor, Ctx, Tx } from '../../../platform/context.ts';
import * as repo from '../agreement.repository.ts';
import * as indexationRepo from '../indexation.repository.ts';
import { indexedPriceOn, type PriceIndexation } from '../agreement-indexation.rules.ts';
import {
  checkDuration,
  displayStatus,
  endAfterExtensions,
  nextExtension,
  planExtension,
  type PricePeriod,
} from '../agreement.rules.ts';
import { notFound } from './common.ts';
import { mayAccessProvider } from '../../../platform/access/provider-scope.ts';
import { findTenderTerms } from '../../tenders/tender-terms.service.ts';

type Extension = Awaited<ReturnType<typeof repo.findExtensions>>[number];
type Price = Awaited<ReturnType<typeof repo.findPrices>>[number];
type Indexation = PriceIndexation & { agreementId: string };

function groupBy<T extends { agreementId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.agreementId, [...(map.get(row.agreementId) ?? []), row]);
  return map;
}

function summarise(
  row: repo.AgreementRow,
  extensions: readonly Extension[],
  prices: readonly PricePeriod[],
  indexations: readonly PriceIndexation[],
  today: IsoDate,
): AgreementSummary {
  const duration = checkDuration(
    row.startsOn,
    row.originalEndsOn,
    extensions.map((e) => e.months),
  );
  const priced = { status: row.status, startsOn: row.startsOn, endsOn: row.endsOn, prices, indexations };
  // The price in force is the agreed price indexed (the one rule billing and /payment-terms use).
  const inForce = (date: IsoDate) => ({
    programme: indexedPriceOn(priced, 'programme', date),
    aftercare: indexedPriceOn(priced, 'aftercare', date),
  });
  const shownDate = today < row.startsOn ? row.startsOn : today > row.endsOn ? row.endsOn : today;
  const latest = inForce(shownDate);
  return {
    id: row.id,
    tender: { id: row.tenderId, name: row.tenderName },
    area: { id: row.tenderAreaId, number: row.areaNumber, name: row.areaName },
    provider: { id: row.providerId, name: row.providerName },
    caseNumber: row.caseNumber,
    startsOn: row.startsOn,
    originalEndsOn: row.originalEndsOn,
    endsOn: row.endsOn,
    // A terminated agreement ends where the notice put it.
    maxEndsOn: row.status === 'terminated' ? row.endsOn : duration.maxEndsOn,
    noticeWeeks: row.noticeWeeks,
    status: row.status,
    displayStatus: displayStatus(row, today),
    currentPrices: pricesOf(inForce(today), 'weeklyOre'),
    latestPrices: pricesOf(latest, 'weeklyOre'),
    latestAgreedPrices: pricesOf(latest, 'baseWeeklyOre'),
  };
}

type InForce = Record<'programme' | 'aftercare', ReturnType<typeof indexedPriceOn>>;

function pricesOf(prices: InForce, pick: 'weeklyOre' | 'baseWeeklyOre') {
  return { programme: prices.programme?.[pick] ?? null, aftercare: prices.aftercare?.[pick] ?? null };
}

export async function summariseAgreements(
  tx: Tx,
  rows: readonly repo.AgreementRow[],
  today: IsoDate,
): Promise<AgreementSummary[]> {
  const ids = rows.map((r) => r.id);
  const [extensions, prices, indexations] = await Promise.all([
    repo.findExtensions(tx, ids),
    repo.findPrices(tx, ids),
    indexationRepo.findIndexationsOf(tx, ids),
  ]);
  const extensionsOf = groupBy(extensions);
  const pricesByAgreement = groupBy(prices);
  const indexationsOf = groupBy<Indexation>(indexations);
  return rows.map((row) =>
    summarise(
      row,
      extensionsOf.get(row.id) ?? [],
      pricesByAgreement.get(row.id) ?? [],
      indexationsOf.get(row.id) ?? [],
      today,
    ),
  );
}

/** The agreement if the actor may see it: a provider user only their own provider's (else 404). */
export async function findAgreementInScope(tx: Tx, actor: Actor, id: string): Promise<repo.AgreementRow> {
  const row = await repo.findAgreement(tx, id);
  if (!row || !mayAccessProvider(actor, row.providerId)) throw notFound();
  return row;
}

/** A price with the band it lies outside of (the band is an estimate: a warning, with the reason given). */
function toPrice(price: Price, bands: readonly PriceBandLike[]) {
  const level = checkPriceLevel(bands, null, price.priceKind, price.weeklyOre);
  return {
    id: price.id,
    priceKind: price.priceKind,
    validFrom: price.validFrom,
    validTo: price.validTo,
    weeklyOre: price.weeklyOre,
    outsideBand: level.kind === 'outside_band' ? level.band : null,
    outsideBandReason: price.outsideBandReason,
  };
}

export async function loadAgreementDetail(
  ctx: Ctx,
  tx: Tx,
  id: string,
  today: IsoDate,
): Promise<AgreementDetail> {
  const row = await findAgreementInScope(tx, ctx.actor, id);
  const [extensions, prices, terms, indexations] = await Promise.all([
    repo.findExtensions(tx, [id]),
    repo.findPrices(tx, [id]),
    findTenderTerms(tx, row.tenderId),
    indexationRepo.findIndexationsOf(tx, [id]),
  ]);
  const bands = terms?.bands ?? [];
  const summary = summarise(row, extensions, prices, indexations, today);
  const duration = checkDuration(
    row.startsOn,
    row.originalEndsOn,
    extensions.map((e) => e.months),
  );
  const next = nextExtension(extensions);
  const warnings = duration.isLong
    ? [
        {
          field: 'longDurationJustification',
          message: translate(ctx.language, 'agreement.long_duration_warning', {
            years: duration.maxYears,
            maxEndsOn: formatDanishDate(duration.maxEndsOn),
          }),
        },
      ]
    : [];
  return {
    ...summary,
    noticeGivenOn: row.noticeGivenOn,
    terminationReason: row.terminationReason,
    longDurationJustification: row.longDurationJustification,
    isLongDuration: duration.isLong,
    maxYears: duration.maxYears,
    extensions: extensions.map((e) => ({
      position: e.position,
      months: e.months,
      exercisedOn: e.exercisedOn,
      endsOnIfExercised: endAfterExtensions(row.originalEndsOn, extensions, e.position),
      isNext: next?.position === e.position,
    })),
    prices: prices.map((price) => toPrice(price, bands)),
    priceBands: bands,
    priceCaps: terms?.caps ?? { programme: null, aftercare: null },
    ean: row.ean,
    canExercise: planExtension(row, extensions, today).ok,
    canTerminate: row.status === 'active' && row.endsOn >= today,
    warnings,
  };
}
