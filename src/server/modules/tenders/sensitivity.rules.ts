// Sensitivity of a tender's result (issue 6): how far the quality/price weighting may move before the
// selection changes, what alternative sub-criteria weightings (e.g. seed 003's 30/40/30 amendment) would
// select, and whether removing a non-selected bid would change the selection (rank reversal, possible
// only with relative price models). Pure functions over scoring.rules.ts.
import {
  isRelative,
  nearlyEqual,
  scoreArea,
  selectedBidders,
  type QualityCriterion,
  type ScoredBid,
  type TenderModel,
} from './scoring.rules.ts';

export interface WeightInterval {
  /** The quality weight's range (fractions, 0–1) within which the same bidders are selected. */
  from: number;
  to: number;
}

function sameSelection(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((bidder, i) => bidder === b[i]);
}

/**
 * Totals are linear in the quality weight w: T(w) = w·Q + (1 − w)·PP (price points do not depend on w).
 * The selection can only change where two lines cross, so it is constant between consecutive crossings.
 */
export function stableQualityWeightInterval(model: TenderModel, areaId: string): WeightInterval {
  const base = scoreArea(model, areaId);
  const current = selectedBidders(base);
  const lines = base.map((b) => ({ q: b.qualityScore, p: b.pricePoints }));
  const crossings = new Set<number>([0, 1]);
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const slopeI = lines[i]!.q - lines[i]!.p;
      const slopeJ = lines[j]!.q - lines[j]!.p;
      if (nearlyEqual(slopeI, slopeJ)) continue;
      const w = (lines[j]!.p - lines[i]!.p) / (slopeI - slopeJ);
      if (w > 0 && w < 1) crossings.add(w);
    }
  }
  const points = [...crossings].sort((a, b) => a - b);
  const selectionAt = (w: number) => selectedBidders(scoreArea(model, areaId, { qualityWeight: w }));
  // The segments between crossings, each judged at its midpoint.
  const segments = points.slice(1).map((to, i) => ({
    from: points[i]!,
    to,
    same: sameSelection(selectionAt((points[i]! + to) / 2), current),
  }));
  const w0 = model.weights.quality;
  let index = segments.findIndex((s) => w0 >= s.from - 1e-12 && w0 <= s.to + 1e-12 && s.same);
  if (index < 0) index = segments.findIndex((s) => w0 >= s.from - 1e-12 && w0 <= s.to + 1e-12);
  let first = index;
  let last = index;
  while (first > 0 && segments[first - 1]!.same) first -= 1;
  while (last < segments.length - 1 && segments[last + 1]!.same) last += 1;
  return { from: segments[first]!.from, to: segments[last]!.to };
}

/** Totals of every bid at quality weights 0, 0.05, …, 1: the data of the chart of totals against weight. */
export function totalsByQualityWeight(model: TenderModel, areaId: string, steps = 20) {
  const bidders = scoreArea(model, areaId).map((b) => b.bidder);
  const series = Array.from({ length: steps + 1 }, (_, i) => {
    const w = i / steps;
    const scored = scoreArea(model, areaId, { qualityWeight: w });
    return { qualityWeight: w, totals: Object.fromEntries(scored.map((b) => [b.bidder, b.total])) };
  });
  return { bidders, series };
}

export interface AlternativeResult {
  name: string;
  ranking: Pick<ScoredBid, 'bidder' | 'qualityScore' | 'total' | 'rank' | 'selected'>[];
  selectionChanges: boolean;
}

export function evaluateAlternatives(model: TenderModel, areaId: string): AlternativeResult[] {
  const current = selectedBidders(scoreArea(model, areaId));
  return model.alternatives.map((alternative) => {
    const criteria: QualityCriterion[] = model.qualityCriteria.map((c) => ({
      ...c,
      weight: alternative.qualityCriteria[c.id]!,
    }));
    const scored = scoreArea(model, areaId, { criteria });
    return {
      name: alternative.name,
      ranking: scored.map(({ bidder, qualityScore, total, rank, selected }) => ({
        bidder,
        qualityScore,
        total,
        rank,
        selected,
      })),
      selectionChanges: !sameSelection(selectedBidders(scored), current),
    };
  });
}

export interface RankReversal {
  /** The non-selected bid whose removal changes the selection. */
  removed: string;
  selectedBefore: string[];
  selectedAfter: string[];
}

/**
 * With a relative price model a bid's points depend on the lowest price, so withdrawing a bid that was
 * not selected can still change who is selected. Interval models have fixed anchors: never.
 */
export function findRankReversals(model: TenderModel, areaId: string): RankReversal[] {
  if (!isRelative(model.priceModel)) return [];
  const base = scoreArea(model, areaId);
  const before = selectedBidders(base);
  const reversals: RankReversal[] = [];
  for (const candidate of base.filter((b) => !b.selected)) {
    const remaining = model.bids.filter((b) => !(b.area === areaId && b.bidder === candidate.bidder));
    const after = selectedBidders(scoreArea(model, areaId, { bids: remaining }));
    if (!sameSelection(after, before)) {
      reversals.push({ removed: candidate.bidder, selectedBefore: before, selectedAfter: after });
    }
  }
  return reversals;
}
