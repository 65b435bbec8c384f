// The tender's terms an agreement's prices are checked by (its weekly caps and price bands), for the
// agreements module. Read-only and without imports from agreements, so agreements can read the terms
// through the tenders module while tenders calls agreements' service to create agreements (no cycle).
import type { Kysely } from 'kysely';
import type { DatabaseSchema, PriceKind } from '../../platform/db/schema.ts';
import { findPriceBands, findTenderCaps } from './tender.repository.ts';

export interface TenderTerms {
  caps: { programme: number | null; aftercare: number | null };
  bands: { priceKind: PriceKind; minWeeklyOre: number; maxWeeklyOre: number }[];
}

/** The tender's caps and price bands; undefined when there is no such tender. */
export async function findTenderTerms(
  db: Kysely<DatabaseSchema>,
  tenderId: string,
): Promise<TenderTerms | undefined> {
  const [caps, bands] = await Promise.all([findTenderCaps(db, tenderId), findPriceBands(db, [tenderId])]);
  if (!caps) return undefined;
  return {
    caps: { programme: caps.programmeCapWeeklyOre, aftercare: caps.aftercareCapWeeklyOre },
    bands: bands.map((b) => ({
      priceKind: b.priceKind,
      minWeeklyOre: b.minWeeklyOre,
      maxWeeklyOre: b.maxWeeklyOre,
    })),
  };
}
