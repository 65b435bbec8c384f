// Scores: each evaluator's points per bid and sub-criterion with a written justification, and the
// evaluators' consensus points (only these count in the evaluation). Points must lie on the tender's scale;
// every entry is audited; after the decision the scores are read-only.
import type {
  ConsensusScoresInput,
  EvaluatorScoresInput,
  ScoreSheet,
} from '../../../../shared/tenders/evaluation.schemas.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import * as bids from '../bid.repository.ts';
import * as evaluations from '../evaluation.repository.ts';
import { scoreProblems, type SetupProblem } from '../evaluation-setup.rules.ts';
import { toSetup } from './setup.ts';
import { audit, notFound, openTender, refuse, settingsOf, tenderForBids } from './access.ts';

export async function loadScoreSheet(tx: Tx, tenderId: string, decided: boolean): Promise<ScoreSheet> {
  const settings = await settingsOf(tx, tenderId);
  const [criteria, elements, evaluators, rows, scores, consensus] = await Promise.all([
    evaluations.findCriteria(tx, tenderId),
    evaluations.findElements(tx, tenderId),
    evaluations.findEvaluators(tx, tenderId),
    bids.findBids(tx, tenderId),
    bids.findScores(tx, tenderId),
    bids.findConsensus(tx, tenderId),
  ]);
  const setup = toSetup(settings, criteria, elements);
  const codeOf = new Map(criteria.map((c) => [c.id, c.code]));
  return {
    decided,
    scale: setup.scale,
    criteria: setup.criteria,
    evaluators,
    bids: rows.map((row) => ({
      bidId: row.id,
      bidder: bids.bidderOf(row),
      areaNumber: row.areaNumber,
      areaName: row.areaName,
      evaluatorScores: scores
        .filter((s) => s.bidId === row.id)
        .map((s) => ({
          evaluatorId: s.evaluatorId,
          criterion: codeOf.get(s.criterionId)!,
          points: s.points,
          justification: s.justification,
        })),
      consensus: consensus
        .filter((s) => s.bidId === row.id)
        .map((s) => ({
          criterion: codeOf.get(s.criterionId)!,
          points: s.points,
          justification: s.justification,
        })),
    })),
  };
}

export async function getScoreSheet(ctx: Ctx, tenderId: string): Promise<ScoreSheet> {
  return withActorTransaction(ctx, async (tx) => {
    const tender = await tenderForBids(tx, ctx, tenderId);
    return loadScoreSheet(tx, tenderId, tender.decidedOn !== null);
  });
}

type Entry = { criterion: string; points: number; justification: string };

/** The entries checked against the tender's criteria and scale; refused with every problem named. */
async function checkedEntries(tx: Tx, ctx: Ctx, tenderId: string, entries: readonly Entry[]) {
  const settings = await settingsOf(tx, tenderId);
  const criteria = await evaluations.findCriteria(tx, tenderId);
  const scale = { min: settings.scaleMin, max: settings.scaleMax };
  const problems: SetupProblem[] = [];
  const checked: { criterionId: string; code: string; points: number; justification: string }[] = [];
  entries.forEach((entry, index) => {
    const field = `scores.${index}`;
    const criterion = criteria.find((c) => c.code === entry.criterion);
    if (!criterion) {
      problems.push({
        field: `${field}.criterion`,
        key: 'tender.unknown_criterion',
        params: { code: entry.criterion },
      });
      return;
    }
    const found = scoreProblems(entry, criterion, scale, field);
    problems.push(...found);
    if (found.length === 0) {
      checked.push({
        criterionId: criterion.id,
        code: criterion.code,
        points: entry.points,
        justification: entry.justification.trim(),
      });
    }
  });
  if (problems.length > 0) throw refuse(ctx, problems);
  return checked;
}

async function openBid(tx: Tx, bidId: string) {
  const row = await bids.findBid(tx, bidId);
  if (!row) throw notFound();
  await openTender(tx, row.tenderId);
  return row;
}

export async function recordEvaluatorScores(
  ctx: Ctx,
  bidId: string,
  input: EvaluatorScoresInput,
): Promise<ScoreSheet> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await openBid(tx, bidId);
    const evaluatorId = input.evaluatorId ?? ctx.actor.userId;
    const evaluators = await evaluations.findEvaluators(tx, row.tenderId);
    if (!evaluators.some((e) => e.userId === evaluatorId)) {
      const name = evaluatorId === ctx.actor.userId ? ctx.actor.displayName : evaluatorId;
      throw refuse(ctx, [{ field: 'evaluatorId', key: 'tender.not_an_evaluator', params: { name } }]);
    }
    const entries = await checkedEntries(tx, ctx, row.tenderId, input.scores);
    for (const entry of entries) {
      await bids.upsertScore(tx, {
        bidId,
        criterionId: entry.criterionId,
        evaluatorId,
        points: entry.points,
        justification: entry.justification,
        recordedBy: ctx.actor.userId,
      });
      await audit(tx, ctx, 'update', 'tender_score', bidId, {
        evaluatorId,
        criterion: entry.code,
        points: entry.points,
      });
    }
    return loadScoreSheet(tx, row.tenderId, false);
  });
}

export async function recordConsensusScores(
  ctx: Ctx,
  bidId: string,
  input: ConsensusScoresInput,
): Promise<ScoreSheet> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await openBid(tx, bidId);
    const entries = await checkedEntries(tx, ctx, row.tenderId, input.scores);
    for (const entry of entries) {
      await bids.upsertConsensus(tx, {
        bidId,
        criterionId: entry.criterionId,
        points: entry.points,
        justification: entry.justification,
        recordedBy: ctx.actor.userId,
      });
      await audit(tx, ctx, 'update', 'tender_consensus_score', bidId, {
        criterion: entry.code,
        points: entry.points,
      });
    }
    return loadScoreSheet(tx, row.tenderId, false);
  });
}
