// One tender evaluated in full: per area the scored bids, the stable quality-weight interval, the
// alternatives and the rank reversals. Shared by the CLI (`indsats tender score`) and, later, the API.
import { scoreArea, type ScoredBid, type TenderModel } from './scoring.rules.ts';
import {
  evaluateAlternatives,
  findRankReversals,
  stableQualityWeightInterval,
  type AlternativeResult,
  type RankReversal,
  type WeightInterval,
} from './sensitivity.rules.ts';

export interface AreaEvaluation {
  id: string;
  name: string;
  select: number;
  bids: ScoredBid[];
  /** Tied bids straddle the cut-off: the model alone does not decide who is selected. */
  tieAtCutoff: boolean;
  stableQualityWeight: WeightInterval;
  alternatives: AlternativeResult[];
  rankReversals: RankReversal[];
}

export interface TenderEvaluation {
  weights: TenderModel['weights'];
  priceModel: TenderModel['priceModel'];
  areas: AreaEvaluation[];
}

export function evaluateTender(model: TenderModel): TenderEvaluation {
  return {
    weights: model.weights,
    priceModel: model.priceModel,
    areas: model.areas.map((area) => {
      const bids = scoreArea(model, area.id);
      const cutoff = bids[area.select - 1];
      const tieAtCutoff =
        cutoff !== undefined && bids.some((b) => !b.selected && b.tie && b.rank === cutoff.rank);
      return {
        id: area.id,
        name: area.name,
        select: area.select,
        bids,
        tieAtCutoff,
        stableQualityWeight: stableQualityWeightInterval(model, area.id),
        alternatives: evaluateAlternatives(model, area.id),
        rankReversals: findRankReversals(model, area.id),
      };
    }),
  };
}
