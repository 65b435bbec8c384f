// What the tenders module needs from agreements when a tender is evaluated and decided (issue 6): providers
// by CVR number, and — in the decision's transaction — new providers for selected bidders that are not
// providers yet and a framework agreement per selected bid with its weekly prices. The tenders module checks
// the prices against its own bands and caps and marks its tender decided. Every change is audited here, as
// in the rest of the agreements module. Functions take the caller's transaction: all or nothing.
import { AppError } from '../../../../shared/errors.ts';
import type { Ctx, Tx } from '../../../platform/context.ts';
import type { PriceKind } from '../../../platform/db/schema.ts';
import * as repo from '../agreement.repository.ts';
import { checkDuration, justificationProblem, ruleSetFor } from '../agreement.rules.ts';
import * as providers from '../../organisations/provider.service.ts';
import { chooseProviderCode } from './providers.ts';
import { resolveDistrict } from '../provider.rules.ts';
import { auditChange, cleanText, fieldError, problemError } from './common.ts';

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
  const code = await chooseProviderCode(tx, name);
  const { id } = await providers.createProviderIn(
    tx,
    { code, name },
    {
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
    },
  );
  await auditChange(tx, ctx, 'create', 'provider', id, { code, source: 'tender_decision' });
  return { id, name, created: true };
}

/**
 * The award's terms, checked as createAgreement checks them (end after start, the 4-year rule with its
 * justification), before any award is made.
 */
export function checkAwardTerms(terms: AwardTerms): void {
  if (terms.originalEndsOn < terms.startsOn) throw fieldError('originalEndsOn', 'agreement.end_before_start');
  const problem = justificationProblem(
    checkDuration(terms.startsOn, terms.originalEndsOn, terms.extensionMonths),
    cleanText(terms.longDurationJustification),
  );
  if (problem) throw problemError(problem);
}

/**
 * Creates the framework agreement of one award with its weekly prices, in the caller's transaction (the
 * bidder becomes a provider first when it is none). Check the terms first with checkAwardTerms.
 */
export async function awardAgreementIn(
  tx: Tx,
  ctx: Ctx,
  award: TenderAward,
  terms: AwardTerms,
): Promise<AwardedAgreement> {
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
    longDurationJustification: cleanText(terms.longDurationJustification),
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
  return {
    agreementId: id,
    providerId: provider.id,
    providerName: provider.name,
    tenderAreaId: award.tenderAreaId,
    createdProvider: provider.created,
  };
}
