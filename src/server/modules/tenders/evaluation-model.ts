// A stored tender evaluation turned into the pure scoring model (scoring.rules.ts) one area at a time, and
// evaluated with the same functions as `indsats tender score`: ranking, selection, the stable quality-weight
// interval, chart data, alternatives and rank reversals. Bids are identified by their id inside the model
// (bidder names need not be unique) and named again in the result. Pure functions, no I/O.
import type { MessageKey } from '../../../shared/messages.ts';
import type {
  AlternativeView,
  AreaEvaluationView,
  PriceModelType,
} from '../../../shared/tenders/evaluation.schemas.ts';
import { evaluateTender } from './evaluation.ts';
import type { PriceModel, TenderModel } from './scoring.rules.ts';
import { totalsByQualityWeight } from './sensitivity.rules.ts';
import { normaliseWeights } from './tender-input.ts';

export interface EvaluationData {
  settings: {
    qualityWeight: number;
    priceWeight: number;
    scaleMin: number;
    scaleMax: number;
    priceModel: PriceModelType;
    priceSlope: number | null;
    priceBestOre: number | null;
    priceWorstOre: number | null;
  };
  criteria: { id: string; code: string; name: string; weight: number }[];
  elements: { id: string; code: string; name: string; volume: number }[];
  areas: { id: string; number: number; name: string; providersToSelect: number }[];
  bids: {
    id: string;
    tenderAreaId: string;
    bidder: string;
    /** Weekly price in øre per price element id. */
    prices: Record<string, number>;
    /** Consensus points per criterion id. */
    consensus: Record<string, number>;
  }[];
  alternatives: {
    name: string;
    source: AlternativeView['source'];
    outcome: AlternativeView['outcome'];
    /** Criterion code → weight (percent or fraction). */
    weights: Record<string, number>;
  }[];
}

export interface ModelProblem {
  key: MessageKey;
  params: Record<string, string | number>;
}

type Area = EvaluationData['areas'][number];

export function priceModelOf(settings: EvaluationData['settings']): PriceModel {
  switch (settings.priceModel) {
    case 'proportional':
      return { type: 'proportional' };
    case 'linear':
      return { type: 'linear', slope: settings.priceSlope ?? 1 };
    case 'interval':
      return {
        type: 'interval',
        best: (settings.priceBestOre ?? 0) / 100,
        worst: (settings.priceWorstOre ?? 0) / 100,
      };
  }
}

/** What keeps an area from being evaluated: no bids, or a bid without a price or a consensus score. */
export function areaProblems(data: EvaluationData, area: Area): ModelProblem[] {
  const bids = data.bids.filter((b) => b.tenderAreaId === area.id);
  if (bids.length === 0) return [{ key: 'tender.area_no_bids', params: { area: area.number } }];
  const problems: ModelProblem[] = [];
  for (const bid of bids) {
    for (const element of data.elements) {
      if (bid.prices[element.id] === undefined) {
        problems.push({
          key: 'tender.incomplete_price',
          params: { bidder: bid.bidder, area: area.number, element: element.name },
        });
      }
    }
    for (const criterion of data.criteria) {
      const points = bid.consensus[criterion.id];
      if (points === undefined) {
        problems.push({
          key: 'tender.incomplete_score',
          params: { bidder: bid.bidder, area: area.number, criterion: criterion.name },
        });
      } else if (points < data.settings.scaleMin || points > data.settings.scaleMax) {
        // The scale was changed after the points were given.
        problems.push({
          key: 'tender.score_outside_scale',
          params: {
            bidder: bid.bidder,
            area: area.number,
            criterion: criterion.name,
            points,
            min: data.settings.scaleMin,
            max: data.settings.scaleMax,
          },
        });
      }
    }
  }
  return problems;
}

/** Only alternatives that weight every criterion of the tender, normalised to fractions. */
function usableAlternatives(data: EvaluationData) {
  return data.alternatives.flatMap((alternative) => {
    const values = data.criteria.map((c) => alternative.weights[c.code]);
    if (values.some((v) => v === undefined || v < 0)) return [];
    const fractions = normaliseWeights(values as number[]);
    if (!fractions) return [];
    return [{ ...alternative, fractions }];
  });
}

/** The area as the pure model: weights as fractions, prices in kroner, bids named by their id. */
export function areaModel(data: EvaluationData, area: Area): TenderModel {
  const bids = data.bids.filter((b) => b.tenderAreaId === area.id);
  return {
    weights: { quality: data.settings.qualityWeight / 100, price: data.settings.priceWeight / 100 },
    scale: { min: data.settings.scaleMin, max: data.settings.scaleMax },
    qualityCriteria: data.criteria.map((c) => ({ id: c.code, name: c.name, weight: c.weight / 100 })),
    priceModel: priceModelOf(data.settings),
    priceElements: data.elements.map((e) => ({ id: e.code, volume: e.volume })),
    areas: [{ id: area.id, name: area.name, select: area.providersToSelect }],
    bids: bids.map((bid) => ({
      bidder: bid.id,
      area: area.id,
      prices: Object.fromEntries(data.elements.map((e) => [e.code, bid.prices[e.id]! / 100])),
      quality: Object.fromEntries(data.criteria.map((c) => [c.code, bid.consensus[c.id]!])),
    })),
    alternatives: usableAlternatives(data).map((a) => ({
      name: a.name,
      qualityCriteria: Object.fromEntries(data.criteria.map((c, i) => [c.code, a.fractions[i]!])),
    })),
  };
}

/** One area evaluated; with problems, only the problems (and no ranking). */
export function evaluateArea(
  data: EvaluationData,
  area: Area,
): Omit<AreaEvaluationView, 'problems'> & { problems: ModelProblem[] } {
  const base = {
    id: area.id,
    number: area.number,
    name: area.name,
    select: area.providersToSelect,
  };
  const problems = areaProblems(data, area);
  if (problems.length > 0) {
    return {
      ...base,
      problems,
      bids: [],
      tieAtCutoff: false,
      stableQualityWeight: null,
      chart: [],
      alternatives: [],
      rankReversals: [],
    };
  }
  const model = areaModel(data, area);
  const result = evaluateTender(model).areas[0]!;
  const nameOf = new Map(data.bids.map((b) => [b.id, b.bidder]));
  const name = (id: string) => nameOf.get(id) ?? id;
  const bidById = new Map(data.bids.map((b) => [b.id, b]));
  const alternatives = usableAlternatives(data);
  return {
    ...base,
    problems: [],
    bids: result.bids.map((b) => ({
      bidId: b.bidder,
      bidder: name(b.bidder),
      evaluatedPriceOre: Math.round(b.evaluatedPrice * 100),
      pricePoints: b.pricePoints,
      qualityScore: b.qualityScore,
      total: b.total,
      rank: b.rank,
      selected: b.selected,
      tie: b.tie,
      points: Object.fromEntries(data.criteria.map((c) => [c.code, bidById.get(b.bidder)!.consensus[c.id]!])),
    })),
    tieAtCutoff: result.tieAtCutoff,
    stableQualityWeight: result.stableQualityWeight,
    chart: totalsByQualityWeight(model, area.id).series,
    alternatives: result.alternatives.map((alternative, i) => ({
      name: alternative.name,
      source: alternatives[i]!.source,
      outcome: alternatives[i]!.outcome,
      weights: Object.fromEntries(
        data.criteria.map((c, j) => [c.code, alternatives[i]!.fractions[j]! * 100]),
      ),
      ranking: alternative.ranking.map((r) => ({ ...r, bidId: r.bidder, bidder: name(r.bidder) })),
      selectionChanges: alternative.selectionChanges,
    })),
    rankReversals: result.rankReversals.map((r) => ({
      removedBidId: r.removed,
      removed: name(r.removed),
      selectedBefore: r.selectedBefore.map(name),
      selectedAfter: r.selectedAfter.map(name),
    })),
  };
}
