// Tender evaluation: price-to-points models, weighting and ranking (issue 6; research/domain.md §3).
// Pure functions, no I/O. Weights are fractions that sum to 1 (tender-input.ts normalises percents).
//   proportional: points = S × Pmin / P
//   linear:       points = max(0, S − slope × S × (P − Pmin) / Pmin)        (slope default 1)
//   interval:     points = S × clamp((worst − P) / (worst − best), 0, 1)    (fixed anchors, not relative)
// S is the scale's maximum; Pmin the lowest evaluated price among the area's bids; P a bid's evaluated
// price = Σ weekly price × stated volume per price element.

export type PriceModel =
  | { type: 'proportional' }
  | { type: 'linear'; slope: number }
  | { type: 'interval'; best: number; worst: number };

export interface QualityCriterion {
  id: string;
  name: string;
  /** Fraction of the quality score (the criteria's weights sum to 1). */
  weight: number;
}

export interface Bid {
  bidder: string;
  area: string;
  /** Weekly price per price element, in kroner. */
  prices: Record<string, number>;
  /** Consensus points per quality criterion, on the scale. */
  quality: Record<string, number>;
}

export interface TenderModel {
  weights: { quality: number; price: number };
  scale: { min: number; max: number };
  qualityCriteria: QualityCriterion[];
  priceModel: PriceModel;
  priceElements: { id: string; volume: number }[];
  areas: { id: string; name: string; select: number }[];
  bids: Bid[];
  alternatives: { name: string; qualityCriteria: Record<string, number> }[];
}

export interface ScoredBid {
  bidder: string;
  area: string;
  evaluatedPrice: number;
  pricePoints: number;
  qualityScore: number;
  total: number;
  rank: number;
  selected: boolean;
  /** Equal total, quality and price with another bid: the order between them is not decided by the model. */
  tie: boolean;
}

const EPSILON = 1e-9;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Σ weekly price × volume, computed in øre so kroner with øre add up exactly. */
export function evaluatedPrice(
  prices: Record<string, number>,
  elements: TenderModel['priceElements'],
): number {
  let ore = 0;
  for (const element of elements) ore += Math.round(prices[element.id]! * 100) * element.volume;
  return ore / 100;
}

export function pricePoints(model: PriceModel, scaleMax: number, price: number, lowestPrice: number): number {
  switch (model.type) {
    case 'proportional':
      return price <= 0 ? scaleMax : (scaleMax * lowestPrice) / price;
    case 'linear':
      if (lowestPrice <= 0) return price <= lowestPrice ? scaleMax : 0;
      return Math.max(0, scaleMax - (model.slope * scaleMax * (price - lowestPrice)) / lowestPrice);
    case 'interval': {
      const share = (model.worst - price) / (model.worst - model.best);
      return scaleMax * Math.min(1, Math.max(0, share));
    }
  }
}

export function qualityScore(points: Record<string, number>, criteria: readonly QualityCriterion[]): number {
  return criteria.reduce((sum, criterion) => sum + criterion.weight * points[criterion.id]!, 0);
}

/** Is the price model relative (points depend on the other bids' prices)? */
export function isRelative(model: PriceModel): boolean {
  return model.type !== 'interval';
}

interface Unranked {
  bidder: string;
  area: string;
  evaluatedPrice: number;
  pricePoints: number;
  qualityScore: number;
  total: number;
}

/** Higher total first; ties broken by higher quality, then lower price. 0 = a real tie. */
export function compareBids(a: Unranked, b: Unranked): number {
  if (!nearlyEqual(a.total, b.total)) return b.total - a.total;
  if (!nearlyEqual(a.qualityScore, b.qualityScore)) return b.qualityScore - a.qualityScore;
  if (!nearlyEqual(a.evaluatedPrice, b.evaluatedPrice)) return a.evaluatedPrice - b.evaluatedPrice;
  return 0;
}

/** Ranks one area's bids: tied bids share a rank; the first `select` in order are selected. */
export function rankBids(bids: readonly Unranked[], select: number): ScoredBid[] {
  // A stable sort keeps the input order among real ties, so the result is reproducible.
  const sorted = [...bids].sort(compareBids);
  return sorted.map((bid, index) => {
    let rank = index + 1;
    for (let j = index - 1; j >= 0 && compareBids(sorted[j]!, bid) === 0; j--) rank = j + 1;
    const tie = sorted.some((other, j) => j !== index && compareBids(other, bid) === 0);
    return { ...bid, rank, selected: index < select, tie };
  });
}

/** Scores and ranks the bids of one area under the given weights and criteria. */
export function scoreArea(
  model: TenderModel,
  areaId: string,
  options: { bids?: readonly Bid[]; qualityWeight?: number; criteria?: readonly QualityCriterion[] } = {},
): ScoredBid[] {
  const area = model.areas.find((a) => a.id === areaId)!;
  const bids = (options.bids ?? model.bids).filter((b) => b.area === areaId);
  const criteria = options.criteria ?? model.qualityCriteria;
  const wq = options.qualityWeight ?? model.weights.quality;
  const wp = options.qualityWeight === undefined ? model.weights.price : 1 - wq;
  const prices = bids.map((b) => evaluatedPrice(b.prices, model.priceElements));
  const lowest = Math.min(...prices);
  const unranked = bids.map((bid, i) => {
    const points = pricePoints(model.priceModel, model.scale.max, prices[i]!, lowest);
    const quality = qualityScore(bid.quality, criteria);
    return {
      bidder: bid.bidder,
      area: bid.area,
      evaluatedPrice: prices[i]!,
      pricePoints: points,
      qualityScore: quality,
      total: wq * quality + wp * points,
    };
  });
  return rankBids(unranked, area.select);
}

export function selectedBidders(scored: readonly ScoredBid[]): string[] {
  return scored
    .filter((b) => b.selected)
    .map((b) => b.bidder)
    .sort();
}
