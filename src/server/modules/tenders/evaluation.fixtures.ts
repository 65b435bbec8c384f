// Test fixtures of the tender evaluation (service tests, route tests and the authorisation matrix): a
// tender with one area (one provider to select), an award model of 80/20 with sub-criteria 40/40/20 and two
// price elements, and two provider bids with prices and consensus points, written straight to the database.
import type { EvaluationSetupInput } from '../../../shared/tenders/evaluation.schemas.ts';
import type { Db } from '../../platform/db/client.ts';
import * as bids from './bid.repository.ts';
import * as evaluations from './evaluation.repository.ts';

let counter = 0;

export const FIXTURE_CRITERIA = [
  { code: 'progression', name: 'Fremdrift', weight: 40, emphasis: 'Virksomhedsrettet arbejde' },
  { code: 'local', name: 'Lokalt kendskab', weight: 40, emphasis: 'Lokale samarbejdspartnere' },
  { code: 'individual', name: 'Individuel tilgang', weight: 20, emphasis: '' },
];

export const FIXTURE_PRICE_ELEMENTS = [
  { code: 'programme', name: 'Ugepris for indsats', volume: 26, priceKind: 'programme' as const },
  { code: 'aftercare', name: 'Ugepris for efterværn', volume: 13, priceKind: 'aftercare' as const },
];

/** The award model as the API takes it: 80/20, points 0–10, proportional price, 40/40/20. */
export const FIXTURE_SETUP: EvaluationSetupInput = {
  weights: { quality: 80, price: 20 },
  scale: { min: 0, max: 10 },
  priceModel: { type: 'proportional' },
  criteria: FIXTURE_CRITERIA,
  priceElements: FIXTURE_PRICE_ELEMENTS,
};

export interface FixtureBid {
  providerId: string;
  /** Weekly kroner for programme and aftercare. */
  prices: [number, number];
  /** Consensus points per criterion in FIXTURE_CRITERIA's order; undefined = none recorded. */
  points?: number[];
}

export interface EvaluatedTender {
  tenderId: string;
  areaId: string;
  bidIds: string[];
}

/** A tender with an award model and bids; `decided` sets tender.decided_on (read-only from then on). */
export async function insertEvaluatedTender(
  db: Db,
  options: { bids: FixtureBid[]; decided?: boolean; evaluatorIds?: string[]; select?: number },
): Promise<EvaluatedTender> {
  counter += 1;
  const tender = await db
    .insertInto('tender')
    .values({ name: `Evalueringsudbud ${counter} (test)`, decidedOn: options.decided ? '2026-03-01' : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const area = await db
    .insertInto('tenderArea')
    .values({
      tenderId: tender.id,
      number: 1,
      name: 'Udsatte borgere',
      providersToSelect: options.select ?? 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await evaluations.upsertSettings(db, tender.id, {
    qualityWeight: 80,
    priceWeight: 20,
    scaleMin: 0,
    scaleMax: 10,
    priceModel: 'proportional',
    priceSlope: null,
    priceBestOre: null,
    priceWorstOre: null,
    alternatives: [],
  });
  await evaluations.replaceCriteria(db, tender.id, FIXTURE_CRITERIA);
  await evaluations.replaceElements(db, tender.id, FIXTURE_PRICE_ELEMENTS);
  if (options.evaluatorIds) await evaluations.setEvaluators(db, tender.id, options.evaluatorIds);
  const [criteria, elements] = await Promise.all([
    evaluations.findCriteria(db, tender.id),
    evaluations.findElements(db, tender.id),
  ]);
  const bidIds: string[] = [];
  for (const bid of options.bids) {
    const id = await bids.insertBid(db, tender.id, {
      tenderAreaId: area.id,
      providerId: bid.providerId,
      bidderName: null,
      bidderCvr: null,
      bidderDistrict: null,
      solution: 'Løsningsbeskrivelse (test)',
      receivedOn: null,
    });
    await bids.setBidPrices(
      db,
      id,
      elements.map((e, i) => ({ priceElementId: e.id, weeklyOre: bid.prices[i]! * 100 })),
    );
    for (const [i, criterion] of criteria.entries()) {
      const points = bid.points?.[i];
      if (points === undefined) continue;
      await bids.upsertConsensus(db, {
        bidId: id,
        criterionId: criterion.id,
        points,
        justification: 'Begrundelse (test)',
        recordedBy: null,
      });
    }
    bidIds.push(id);
  }
  return { tenderId: tender.id, areaId: area.id, bidIds };
}
