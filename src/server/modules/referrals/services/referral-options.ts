// The agreements a caseworker may refer to on a date, each with a capacity indicator: the places the
// year's budget frames buy at the provider (budgets module) against its active courses and pending
// referrals. The counts run over every citizen, so they run in an aggregate transaction and leave only
// as numbers per provider.
import type { ReferralOptions } from '../../../../shared/courses/referral.schemas.ts';
import { withAggregateTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { concurrentPlacesByProvider } from '../../budgets/budget.service.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import * as repo from '../referral.repository.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

export interface Occupancy {
  /** null: no budget frame of the year covers the provider, so capacity is unknown. */
  places: number | null;
  occupied: number;
  full: boolean;
}

/** Places and occupancy per provider on a date (the year of the date chooses the frames). */
export async function occupancyOf(
  tx: Tx,
  providerIds: readonly string[],
  onDate: string,
): Promise<Map<string, Occupancy>> {
  const places = await concurrentPlacesByProvider(tx, Number(onDate.slice(0, 4)));
  const occupied = await repo.countOccupied(tx, providerIds);
  return new Map(
    providerIds.map((id) => {
      const p = places.get(id) ?? null;
      const o = occupied.get(id) ?? 0;
      return [id, { places: p, occupied: o, full: p !== null && o >= p }];
    }),
  );
}

export async function listReferralOptions(
  ctx: Ctx,
  query: { date?: string | undefined },
): Promise<ReferralOptions> {
  const onDate = query.date ?? todayInCopenhagen();
  return withAggregateTransaction(ctx, async (tx) => {
    const agreements = await repo.listActiveAgreements(tx, onDate);
    const occupancy = await occupancyOf(tx, [...new Set(agreements.map((a) => a.providerId))], onDate);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'referral_options',
      criteria: { date: onDate, agreements: agreements.length },
    });
    return {
      date: onDate,
      items: agreements.map((a) => ({
        agreementId: a.id,
        provider: { id: a.providerId, name: a.providerName, district: a.providerDistrict },
        tenderArea: { id: a.tenderAreaId, name: a.tenderAreaName },
        startsOn: a.startsOn,
        endsOn: a.endsOn,
        ...occupancy.get(a.providerId)!,
      })),
    };
  });
}
