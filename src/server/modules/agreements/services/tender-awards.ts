// What the tenders module needs from agreements when a tender is evaluated and decided (issue 6): the
// tender's price bands for checking bids, providers by CVR number, and — in the decision's transaction —
// new providers for selected bidders that are not providers yet, a framework agreement per selected bid
// with its weekly prices, and the tender marked decided. Every change is audited here, as in the rest of
// the agreements module. Functions take the caller's transaction, so the decision is all or nothing.
import { AppError } from '../../../../shared/errors.ts';
import { formatKroner } from '../../../../shared/money.ts';
import type { Ctx, Tx } from '../../../platform/context.ts';
import type { PriceKind } from '../../../platform/db/schema.ts';
import * as repo from '../agreement.repository.ts';
import { checkDuration, checkPriceBand, justificationProblem, ruleSetFor } from '../agreement.rules.ts';
import * as providers from '../provider.repository.ts';
import { codeCandidate, providerCodeFromName, resolveDistrict } from '../provider.rules.ts';
import * as tenders from '../tender.repository.ts';
import { auditChange, cleanText, fieldError, problemError } from './common.ts';

/** The message key of a price outside the tender's band for its kind, or null (seed 002's bands). */
export async function tenderPriceBandProblem(
  tx: Tx,
  tenderId: string,
  priceKind: PriceKind,
  weeklyOre: number,
): Promise<{ key: string; params: Record<string, string | number> } | null> {
  const problem = checkPriceBand(await tenders.findPriceBands(tx, [tenderId]), priceKind, weeklyOre);
  return problem ? { key: problem.key, params: problem.params ?? {} } : null;
}

/** A new bidder's local anchor: the message key when the district is missing or unknown. */
export function bidderDistrictProblem(district: string | null | undefined): string | null {
  const resolved = resolveDistrict(district, null);
  return resolved.ok ? null : resolved.problem.key;
}

export async function findProviderByCvr(tx: Tx, cvr: string) {
  const id = await providers.findProviderIdByCvr(tx, cvr);
  return id === undefined ? undefined : providers.findProvider(tx, id);
}

/** The provider organisation (and its name), or undefined when the id is no provider. */
export async function findProviderById(tx: Tx, id: string) {
  return providers.findProvider(tx, id);
}

export interface TenderAward {
  tenderAreaId: string;
  /** An existing provider; otherwise the bidder becomes one (by CVR number: an existing one is reused). */
  providerId: string | null;
  bidderName: string | null;
  bidderCvr: string | null;
  bidderDistrict: string | null;
  prices: { priceKind: PriceKind; weeklyOre: number }[];
}

export interface AwardTerms {
  decidedOn: string;
  startsOn: string;
  originalEndsOn: string;
  extensionMonths: readonly number[];
  noticeWeeks?: number | null | undefined;
  caseNumber?: string | null | undefined;
  longDurationJustification?: string | null | undefined;
}

export interface AwardedAgreement {
  agreementId: string;
  providerId: string;
  providerName: string;
  tenderAreaId: string;
  createdProvider: boolean;
}

async function freeCode(tx: Tx, name: string): Promise<string> {
  const base = providerCodeFromName(name);
  for (let attempt = 1; ; attempt++) {
    const code = codeCandidate(base, attempt);
    if (!(await providers.isOrganisationCodeTaken(tx, code))) return code;
  }
}

async function providerOf(
  tx: Tx,
  ctx: Ctx,
  award: TenderAward,
  decidedOn: string,
): Promise<{ id: string; name: string; created: boolean }> {
  if (award.providerId !== null) {
    const row = await providers.findProvider(tx, award.providerId);
    if (!row) throw fieldError('providerId', 'agreement.unknown_provider');
    return { id: row.id, name: row.name, created: false };
  }
  const existing = award.bidderCvr ? await findProviderByCvr(tx, award.bidderCvr) : undefined;
  if (existing) return { id: existing.id, name: existing.name, created: false };
  const name = (award.bidderName ?? '').trim();
  const district = resolveDistrict(award.bidderDistrict, null);
  // The bid was checked when it was entered; a bidder without its anchor cannot become a provider.
  if (!district.ok || name === '' || !award.bidderCvr) {
    throw new AppError('INVALID_STATE', 'agreement.provider_district');
  }
  const code = await freeCode(tx, name);
  const { id } = await providers.insertProviderOrganisation(tx, { code, name });
  await providers.insertProfile(tx, id, {
    cvr: award.bidderCvr,
    district: district.district,
    neighbourhood: null,
    address: null,
    contactName: null,
    contactEmail: null,
    contactPhone: null,
    // A provider since the year the tender selected it.
    providerSince: Number(decidedOn.slice(0, 4)),
    description: null,
  });
  await auditChange(tx, ctx, 'create', 'provider', id, { code, source: 'tender_decision' });
  return { id, name, created: true };
}

/**
 * Creates a framework agreement with its weekly prices for each award and marks the tender decided, in the
 * caller's transaction. The terms are checked as createAgreement checks them (end after start, the 4-year
 * rule with its justification) and the prices against the tender's bands.
 */
export async function awardTenderAgreementsIn(
  tx: Tx,
  ctx: Ctx,
  tenderId: string,
  awards: readonly TenderAward[],
  terms: AwardTerms,
): Promise<AwardedAgreement[]> {
  if (terms.originalEndsOn < terms.startsOn) throw fieldError('originalEndsOn', 'agreement.end_before_start');
  const justification = cleanText(terms.longDurationJustification);
  const problem = justificationProblem(
    checkDuration(terms.startsOn, terms.originalEndsOn, terms.extensionMonths),
    justification,
  );
  if (problem) throw problemError(problem);
  const bands = await tenders.findPriceBands(tx, [tenderId]);
  const tender = await tenders.findTender(tx, tenderId);
  const caps = {
    programme: tender?.programmeCapWeeklyOre ?? null,
    aftercare: tender?.aftercareCapWeeklyOre ?? null,
  };
  const result: AwardedAgreement[] = [];
  for (const award of awards) {
    for (const price of award.prices) {
      // Bids were checked against the band when they were entered; the real cap binds the agreement too.
      const outside = checkPriceBand(bands, price.priceKind, price.weeklyOre);
      if (outside) throw new AppError('INVALID_STATE', outside.key, { params: outside.params ?? {} });
      const cap = caps[price.priceKind];
      if (cap !== null && price.weeklyOre > cap) {
        throw new AppError('INVALID_STATE', `agreement.price_above_cap_${price.priceKind}`, {
          params: { cap: formatKroner(cap) },
        });
      }
    }
    const provider = await providerOf(tx, ctx, award, terms.decidedOn);
    if (await repo.existsAgreement(tx, award.tenderAreaId, provider.id, terms.startsOn)) {
      throw new AppError('CONFLICT', 'agreement.duplicate_agreement');
    }
    const { id } = await repo.insertAgreement(tx, {
      tenderAreaId: award.tenderAreaId,
      providerId: provider.id,
      caseNumber: cleanText(terms.caseNumber),
      startsOn: terms.startsOn,
      originalEndsOn: terms.originalEndsOn,
      endsOn: terms.originalEndsOn,
      noticeWeeks: terms.noticeWeeks ?? ruleSetFor(terms.startsOn).defaultNoticeWeeks,
      status: 'active',
      longDurationJustification: justification,
    });
    await repo.insertExtensions(tx, id, terms.extensionMonths);
    await auditChange(tx, ctx, 'create', 'framework_agreement', id, {
      providerId: provider.id,
      tenderAreaId: award.tenderAreaId,
      source: 'tender_decision',
    });
    for (const price of award.prices) {
      const { id: priceId } = await repo.insertPrice(tx, {
        agreementId: id,
        priceKind: price.priceKind,
        validFrom: terms.startsOn,
        validTo: null,
        weeklyOre: price.weeklyOre,
      });
      await auditChange(tx, ctx, 'create', 'agreement_price', priceId, {
        agreementId: id,
        priceKind: price.priceKind,
        validFrom: terms.startsOn,
        weeklyOre: price.weeklyOre,
      });
    }
    result.push({
      agreementId: id,
      providerId: provider.id,
      providerName: provider.name,
      tenderAreaId: award.tenderAreaId,
      createdProvider: provider.created,
    });
  }
  await tenders.updateTender(tx, tenderId, { decidedOn: terms.decidedOn });
  await auditChange(tx, ctx, 'update', 'tender', tenderId, {
    fields: ['decidedOn'],
    decidedOn: terms.decidedOn,
  });
  return result;
}
