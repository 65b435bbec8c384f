// Capacity use cases: what a budget frame buys at the agreed prices of its year, per agreement, and what
// a price change would do. Prices come from the agreements module's service; the arithmetic from
// capacity.rules.ts. Provider users see only their own provider's rows.
import { copenhagenDate } from '../../../../shared/dates.ts';
import type {
  CapacityQuery,
  CapacityTotal,
  CapacityView,
} from '../../../../shared/budgets/budget.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { listAgreedPrices } from '../../agreements/agreement.service.ts';
import * as repo from '../budget.repository.ts';
import {
  planCapacity,
  totalCapacity,
  yearWeeklyPrice,
  type AgreementPrices,
  type CapacityPlan,
  type CapacityRow,
  type PriceChange,
} from '../capacity.rules.ts';
import { isProviderUser, providerFilterOf } from '../../../platform/access/provider-scope.ts';

/** The year in Copenhagen now. */
export function currentYear(now = new Date()): number {
  return Number(copenhagenDate(now).slice(0, 4));
}

interface FrameScope {
  year: number;
  tenderId: string | null;
  tenderAreaId: string | null;
}

/**
 * The agreements whose prices spend a frame: those of its tender area, else of its tender, else every
 * agreement in force in the year (a frame tied to nothing covers the whole programme).
 */
export async function loadAgreementPrices(tx: Tx, frame: FrameScope): Promise<AgreementPrices[]> {
  const filter = frame.tenderAreaId
    ? { year: frame.year, tenderAreaId: frame.tenderAreaId }
    : frame.tenderId
      ? { year: frame.year, tenderId: frame.tenderId }
      : { year: frame.year };
  const prices = await listAgreedPrices(tx, filter);
  const byAgreement = new Map<
    string,
    AgreementPrices & {
      programme: AgreementPrices['programme'][number][];
      agreedProgramme: AgreementPrices['programme'][number][];
    }
  >();
  const aftercare = new Map<string, AgreementPrices['aftercare'][number][]>();
  for (const price of prices) {
    let entry = byAgreement.get(price.agreementId);
    if (!entry) {
      const aftercarePeriods: AgreementPrices['aftercare'][number][] = [];
      aftercare.set(price.agreementId, aftercarePeriods);
      entry = {
        agreementId: price.agreementId,
        providerId: price.providerId,
        providerName: price.providerName,
        tenderAreaId: price.tenderAreaId,
        tenderAreaName: price.tenderAreaName,
        startsOn: price.startsOn,
        endsOn: price.endsOn,
        programme: [],
        agreedProgramme: [],
        aftercare: aftercarePeriods,
      };
      byAgreement.set(price.agreementId, entry);
    }
    const period = { validFrom: price.validFrom, validTo: price.validTo, weeklyOre: price.weeklyOre };
    if (price.priceKind === 'programme') {
      entry.programme.push(period);
      entry.agreedProgramme.push({ ...period, weeklyOre: price.agreedWeeklyOre });
    } else aftercare.get(price.agreementId)!.push(period);
  }
  return [...byAgreement.values()].sort(
    (a, b) =>
      a.providerName.localeCompare(b.providerName, 'da') ||
      a.tenderAreaName.localeCompare(b.tenderAreaName, 'da'),
  );
}

export function planFrame(
  frame: FrameScope & { amountOre: number; expectedCourseWeeks: number; expectedAftercareWeeks: number },
  agreements: readonly AgreementPrices[],
  change?: PriceChange,
): CapacityPlan {
  return planCapacity(
    {
      amountOre: frame.amountOre,
      year: frame.year,
      courseWeeks: frame.expectedCourseWeeks,
      aftercareWeeks: frame.expectedAftercareWeeks,
    },
    agreements,
    change,
  );
}

function rowView(row: CapacityRow, year: number): CapacityView['rows'][number] {
  const { agreement } = row;
  // The agreed year price beside the indexed one (the same day-weighting), for the table.
  const agreed = agreement.agreedProgramme
    ? yearWeeklyPrice(agreement.agreedProgramme, year, agreement.startsOn, agreement.endsOn).weeklyOre
    : row.programmeWeeklyOre;
  return {
    agreementId: row.agreement.agreementId,
    providerId: row.agreement.providerId,
    providerName: row.agreement.providerName,
    tenderAreaId: row.agreement.tenderAreaId,
    tenderAreaName: row.agreement.tenderAreaName,
    programmeWeeklyOre: row.programmeWeeklyOre,
    agreedProgrammeWeeklyOre: row.programmeWeeklyOre === null ? null : agreed,
    aftercareWeeklyOre: row.aftercareWeeklyOre,
    shareOre: row.shareOre,
    capacity: row.capacity,
    whatIf: row.whatIf,
  };
}

function difference(before: CapacityTotal, after: CapacityTotal): CapacityTotal {
  return {
    shareOre: after.shareOre - before.shareOre,
    citizensPerYear: after.citizensPerYear - before.citizensPerYear,
    citizenWeeks: after.citizenWeeks - before.citizenWeeks,
    concurrentTenths: after.concurrentTenths - before.concurrentTenths,
    leftoverOre: after.leftoverOre - before.leftoverOre,
  };
}

function priceChange(query: CapacityQuery): PriceChange | undefined {
  if (query.programmePriceOre !== undefined) return { kind: 'price', weeklyOre: query.programmePriceOre };
  if (query.programmePricePercent !== undefined) {
    return { kind: 'percent', percentTenths: Math.round(query.programmePricePercent * 10) };
  }
  return undefined;
}

/** The frame asked for; else the current year's; else the latest before it; else the first there is. */
async function chooseFrame(tx: Tx, query: CapacityQuery, frames: { id: string; year: number }[]) {
  if (query.frameId) {
    const frame = await repo.findFrameById(tx, query.frameId);
    if (!frame) throw new AppError('NOT_FOUND', 'access.not_found');
    return frame;
  }
  const year = query.year !== undefined ? query.year : currentYear();
  const candidate =
    frames.find((f) => f.year === year) ??
    (query.year === undefined ? (frames.find((f) => f.year < year) ?? frames[0]) : undefined);
  return candidate ? repo.findFrameById(tx, candidate.id) : undefined;
}

const EMPTY_TOTAL: CapacityTotal = {
  shareOre: 0,
  citizensPerYear: 0,
  citizenWeeks: 0,
  concurrentTenths: 0,
  leftoverOre: 0,
};

export async function getCapacity(ctx: Ctx, query: CapacityQuery): Promise<CapacityView> {
  const isProvider = isProviderUser(ctx.actor);
  // A provider user asking for another provider's capacity learns nothing, not even that it exists.
  const providerFilter = providerFilterOf(ctx.actor, query.providerId);
  return withActorTransaction(ctx, async (tx) => {
    const frames = await repo.listFrameRefs(tx);
    const frame = await chooseFrame(tx, query, frames);
    const year = frame?.year ?? (query.year !== undefined ? query.year : currentYear());
    if (!frame) {
      return {
        year,
        frame: null,
        frames,
        rows: [],
        total: EMPTY_TOTAL,
        whatIf: null,
        isOwnProviderOnly: isProvider,
      };
    }
    const change = priceChange(query);
    const plan = planFrame(frame, await loadAgreementPrices(tx, frame), change);
    // The split is over all the frame's agreements; only the visible rows are returned.
    const rows = providerFilter
      ? plan.rows.filter((r) => r.agreement.providerId === providerFilter)
      : plan.rows;
    const total = totalCapacity(rows);
    const whatIfTotal = change ? totalCapacity(rows, 'whatIf') : null;
    return {
      year,
      frame: {
        id: frame.id,
        programme: frame.programme,
        year: frame.year,
        amountOre: isProvider ? null : frame.amountOre,
        expectedCourseWeeks: frame.expectedCourseWeeks,
        expectedAftercareWeeks: frame.expectedAftercareWeeks,
      },
      frames,
      rows: rows.map((row) => rowView(row, frame.year)),
      total,
      whatIf: whatIfTotal
        ? {
            programmePriceOre: query.programmePriceOre !== undefined ? query.programmePriceOre : null,
            programmePricePercent:
              query.programmePricePercent !== undefined ? query.programmePricePercent : null,
            total: whatIfTotal,
            difference: difference(total, whatIfTotal),
          }
        : null,
      isOwnProviderOnly: isProvider,
    };
  });
}
