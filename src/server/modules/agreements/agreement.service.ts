// Agreements use cases. Other modules call these, never the repository.
import type { Tx } from '../../platform/context.ts';
import type { PriceKind } from '../../platform/db/schema.ts';
import * as repo from './agreement.repository.ts';
import * as indexationRepo from './indexation.repository.ts';
import { indexedPriceOn, priceHistory } from './agreement-indexation.rules.ts';
import type { PauseKind } from '../../../shared/courses/pause.constants.ts';

export interface AgreedPrice {
  agreementId: string;
  providerId: string;
  providerName: string;
  tenderId: string;
  tenderAreaId: string;
  tenderAreaName: string;
  /** The agreement's period (ends_on is the current end: extensions and termination included). */
  startsOn: string;
  endsOn: string;
  priceKind: PriceKind;
  validFrom: string;
  validTo: string | null;
  /** The price in force in the period: the agreed price indexed (indexedPriceOn). */
  weeklyOre: number;
  /** The agreed price before indexation. */
  agreedWeeklyOre: number;
}

/**
 * Weekly prices of agreements that are not drafts, e.g. for capacity (budgets module), as in force: an
 * agreed price is split where a yearly indexation takes effect, each part at its indexed price (the one
 * rule billing uses, indexedPriceOn). The caller is responsible for scope: pass `providerId` for a
 * provider user.
 */
export async function listAgreedPrices(tx: Tx, filter: repo.AgreedPriceFilter): Promise<AgreedPrice[]> {
  const rows = await repo.findAgreedPrices(tx, filter);
  const indexations = await indexationRepo.findIndexationsOf(tx, [
    ...new Set(rows.map((r) => r.agreementId)),
  ]);
  return rows.flatMap((r) => {
    const agreement = {
      status: r.status,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      prices: rows.filter((p) => p.agreementId === r.agreementId),
      indexations: indexations.filter((i) => i.agreementId === r.agreementId),
    };
    // The price's steps (agreed, then each indexation within its period), priced by indexedPriceOn.
    const steps = priceHistory({
      ...agreement,
      prices: [
        { priceKind: r.priceKind, validFrom: r.validFrom, validTo: r.validTo, weeklyOre: r.weeklyOre },
      ],
    });
    return steps.map((step) => {
      const probe = step.validFrom < r.startsOn ? r.startsOn : step.validFrom;
      const inForce = indexedPriceOn(agreement, r.priceKind, probe);
      return {
        agreementId: r.agreementId,
        providerId: r.providerId,
        providerName: r.providerName,
        tenderId: r.tenderId,
        tenderAreaId: r.tenderAreaId,
        tenderAreaName: r.tenderAreaName,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        priceKind: r.priceKind,
        validFrom: step.validFrom,
        validTo: step.validTo,
        // Outside the agreement's period (no price in force) the step's own figure, by the same rounding.
        weeklyOre: inForce?.weeklyOre ?? step.weeklyOre,
        agreedWeeklyOre: r.weeklyOre,
      };
    });
  });
}

export interface PartnershipRequirement {
  tenderId: string;
  tenderName: string;
  min: number | null;
  max: number | null;
}

/** The binding-partnership requirement (10–15 in the seeds) of the tender behind the provider's agreement on a date. */
export async function getPartnershipRequirement(
  tx: Tx,
  providerId: string,
  onDate: string,
): Promise<PartnershipRequirement | undefined> {
  const row = await repo.findPartnershipRequirement(tx, providerId, onDate);
  if (!row) return undefined;
  return {
    tenderId: row.tenderId,
    tenderName: row.tenderName,
    min: row.minBindingPartnerships,
    max: row.maxBindingPartnerships,
  };
}

// The module's use cases, for routes, the CLI and other modules (split by topic under services/). Tenders
// and their areas are the tenders module's (tenders/tender.service.ts).
export { listProviders, getProvider, createProvider, updateProvider } from './services/providers.ts';
export { listAgreements, getAgreement, createAgreement, updateAgreement } from './services/agreements.ts';
export { previewTermination, terminateAgreement, exerciseExtension } from './services/agreement-changes.ts';
export { addAgreementPrice } from './services/prices.ts';
export { addIndexation, getPaymentTerms, setPauseExclusions } from './services/indexations.ts';
export * as tenderAwards from './services/tender-awards.ts';
// Pure pricing rules other modules use: the price on a date (courses' billing), a price against a tender's
// band (the tenders module's bids and decision).
export { priceOn, checkPriceBand, type PricedAgreement } from './agreement.rules.ts';
// Price indexation (issue 14): the indexed price in force, the price history.
export {
  indexedPriceOn,
  priceHistory,
  type IndexedAgreement,
  type PriceIndexation,
  type PriceStep,
} from './agreement-indexation.rules.ts';
export { agreementExportTables, providerExportTables } from './services/exports.ts';

/** Every tender with its areas, newest first: for other modules' choices (budget frames). */
export function listTenderAreasForChoice(tx: Tx) {
  return repo.listTenderAreas(tx);
}

/** The tender an area belongs to; undefined when the area does not exist. */
export async function findTenderOfArea(
  tx: Tx,
  areaId: string,
): Promise<{ id: string; tenderId: string } | undefined> {
  return repo.findTenderOfArea(tx, areaId);
}

export function tenderExists(tx: Tx, tenderId: string): Promise<boolean> {
  return repo.existsTender(tx, tenderId);
}

/** The pause kinds an agreement excludes from payment (issue 14), for the course page; none without one. */
export async function listExcludedPauseKinds(tx: Tx, agreementId: string | null): Promise<PauseKind[]> {
  return agreementId ? indexationRepo.findPauseExclusions(tx, agreementId) : [];
}
