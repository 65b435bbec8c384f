// The evaluation of a stored tender: ranking and selection per area, the stable quality-weight interval,
// chart data, the alternative weightings (the award model's own and the committee's amendments from the
// decision record) and rank reversals, computed by the pure functions (evaluation-model.ts). Areas with a
// bid missing a price or a consensus score are listed with those problems instead of a ranking.
import type { Language } from '../../../../shared/messages.ts';
import { translate } from '../../../../shared/messages.ts';
import type { EvaluationResult } from '../../../../shared/tenders/evaluation.schemas.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import * as bids from '../bid.repository.ts';
import { outcomeOf } from '../decision.rules.ts';
import * as evaluations from '../evaluation.repository.ts';
import { evaluateArea, type EvaluationData, type ModelProblem } from '../evaluation-model.ts';
import { settingsOf, tenderForBids } from './access.ts';
import { toSetup } from './setup.ts';

/** "Ændringsforslag fra Ø og Å" / "Amendment by Ø and Å". */
function amendmentName(parties: readonly string[], language: Language): string {
  const list =
    parties.length <= 1
      ? (parties[0] ?? '')
      : `${parties.slice(0, -1).join(', ')} ${language === 'da' ? 'og' : 'and'} ${parties.at(-1)}`;
  return language === 'da' ? `Ændringsforslag fra ${list}` : `Amendment by ${list}`;
}

export interface LoadedEvaluation {
  data: EvaluationData;
  setup: EvaluationResult['setup'];
  /** Element code → the agreement price kind it becomes, for the decision. */
  elementKinds: Map<string, 'programme' | 'aftercare' | null>;
  bidRows: Awaited<ReturnType<typeof bids.findBids>>;
}

export async function loadEvaluation(
  tx: Tx,
  tenderId: string,
  language: Language,
): Promise<LoadedEvaluation> {
  const settings = await settingsOf(tx, tenderId);
  const [criteria, elements, areas, rows, consensus, proposals] = await Promise.all([
    evaluations.findCriteria(tx, tenderId),
    evaluations.findElements(tx, tenderId),
    evaluations.findAreas(tx, tenderId),
    bids.findBids(tx, tenderId),
    bids.findConsensus(tx, tenderId),
    evaluations.findWeightedProposals(tx, tenderId),
  ]);
  const prices = await bids.findBidPrices(
    tx,
    rows.map((r) => r.id),
  );
  const data: EvaluationData = {
    settings,
    criteria,
    elements,
    areas,
    bids: rows.map((row) => ({
      id: row.id,
      tenderAreaId: row.tenderAreaId,
      bidder: bids.bidderOf(row),
      prices: Object.fromEntries(
        prices.filter((p) => p.bidId === row.id).map((p) => [p.priceElementId, p.weeklyOre]),
      ),
      consensus: Object.fromEntries(
        consensus.filter((s) => s.bidId === row.id).map((s) => [s.criterionId, s.points]),
      ),
    })),
    alternatives: [
      ...settings.alternatives.map((a) => ({
        name: a.name,
        source: 'setup' as const,
        outcome: null,
        weights: a.weights,
      })),
      ...proposals.map((p) => ({
        name: amendmentName(p.parties, language),
        source: 'committee' as const,
        outcome:
          p.votesFor === null || p.votesAgainst === null
            ? null
            : outcomeOf({
                for: { count: p.votesFor, parties: [] },
                against: { count: p.votesAgainst, parties: [] },
              }),
        weights: p.criteriaWeights ?? {},
      })),
    ],
  };
  return {
    data,
    setup: toSetup(settings, criteria, elements),
    elementKinds: new Map(elements.map((e) => [e.id, e.priceKind])),
    bidRows: rows,
  };
}

export function problemText(language: Language, problem: ModelProblem): string {
  return translate(language, problem.key, problem.params);
}

export function evaluateLoaded(
  loaded: LoadedEvaluation,
  tender: { id: string; name: string; decidedOn: string | null },
  language: Language,
): EvaluationResult {
  const areas = loaded.data.areas.map((area) => {
    const evaluated = evaluateArea(loaded.data, area);
    return { ...evaluated, problems: evaluated.problems.map((p) => problemText(language, p)) };
  });
  return {
    tenderId: tender.id,
    tenderName: tender.name,
    decidedOn: tender.decidedOn,
    setup: loaded.setup,
    complete: areas.every((a) => a.problems.length === 0),
    areas,
  };
}

export async function getEvaluation(ctx: Ctx, tenderId: string): Promise<EvaluationResult> {
  return withActorTransaction(ctx, async (tx) => {
    const tender = await tenderForBids(tx, ctx, tenderId);
    return evaluateLoaded(await loadEvaluation(tx, tenderId, ctx.language), tender, ctx.language);
  });
}
