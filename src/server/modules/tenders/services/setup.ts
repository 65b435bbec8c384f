// A tender's award model: the quality/price weighting, point scale, price model, sub-criteria with what the
// evaluators emphasise, price elements with their stated volumes, alternative weightings, and the
// evaluators. Everyone with tender.read sees the model (it is published with the tender); changing it needs
// tender.manage and an undecided tender. Every change is audited.
import type {
  EvaluationOverview,
  EvaluationSetup,
  EvaluationSetupInput,
  EvaluatorsInput,
} from '../../../../shared/tenders/evaluation.schemas.ts';
import { evaluationSetupInputSchema } from '../../../../shared/tenders/evaluation.schemas.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import * as evaluations from '../evaluation.repository.ts';
import { checkSetup, type SetupProblem } from '../evaluation-setup.rules.ts';
import { audit, mayManage, maySeeBids, notFound, openTender, refuse, settingsOf } from './access.ts';

export function toSetup(
  settings: evaluations.SettingsRow,
  criteria: Awaited<ReturnType<typeof evaluations.findCriteria>>,
  elements: Awaited<ReturnType<typeof evaluations.findElements>>,
): EvaluationSetup {
  return {
    weights: { quality: settings.qualityWeight, price: settings.priceWeight },
    scale: { min: settings.scaleMin, max: settings.scaleMax },
    priceModel: {
      type: settings.priceModel,
      slope: settings.priceSlope,
      bestOre: settings.priceBestOre,
      worstOre: settings.priceWorstOre,
    },
    criteria: criteria.map(({ id, code, name, weight, emphasis }) => ({ id, code, name, weight, emphasis })),
    priceElements: elements.map(({ id, code, name, volume, priceKind }) => ({
      id,
      code,
      name,
      volume,
      priceKind,
    })),
    alternatives: settings.alternatives,
  };
}

/** The award model, or null when it has not been set up. */
export async function loadSetup(tx: Tx, tenderId: string): Promise<EvaluationSetup | null> {
  const settings = await evaluations.findSettings(tx, tenderId);
  if (!settings) return null;
  const [criteria, elements] = await Promise.all([
    evaluations.findCriteria(tx, tenderId),
    evaluations.findElements(tx, tenderId),
  ]);
  return toSetup(settings, criteria, elements);
}

async function loadOverview(tx: Tx, ctx: Ctx, tenderId: string): Promise<EvaluationOverview> {
  const tender = await evaluations.findTender(tx, tenderId);
  if (!tender) throw notFound();
  const [areas, setup, settings, evaluators, committeeItems] = await Promise.all([
    evaluations.findAreas(tx, tenderId),
    loadSetup(tx, tenderId),
    evaluations.findSettings(tx, tenderId),
    evaluations.findEvaluators(tx, tenderId),
    evaluations.findCommitteeItems(tx, tenderId),
  ]);
  const decision =
    settings?.decidedAt != null
      ? {
          decidedAt: new Date(settings.decidedAt).toISOString(),
          decidedBy: await evaluations.findDecider(tx, settings.decidedBy),
          committeeItemId: settings.committeeItemId,
        }
      : null;
  return {
    tenderId: tender.id,
    tenderName: tender.name,
    decidedOn: tender.decidedOn,
    maySeeBids: maySeeBids(ctx, tender),
    areas,
    setup,
    evaluators,
    evaluatorCandidates: mayManage(ctx) ? await evaluations.findEvaluatorCandidates(tx) : [],
    committeeItems,
    decision,
  };
}

export async function getEvaluationOverview(ctx: Ctx, tenderId: string): Promise<EvaluationOverview> {
  return withActorTransaction(ctx, (tx) => loadOverview(tx, ctx, tenderId));
}

/** Removing a criterion or element that already has points or prices would silently drop them: refused. */
async function removalProblems(
  tx: Tx,
  tenderId: string,
  kept: { criteria: string[]; elements: string[] },
): Promise<SetupProblem[]> {
  const [criteria, elements] = await Promise.all([
    evaluations.findCriteria(tx, tenderId),
    evaluations.findElements(tx, tenderId),
  ]);
  const removedCriteria = criteria.map((c) => c.code).filter((code) => !kept.criteria.includes(code));
  const removedElements = elements.map((e) => e.code).filter((code) => !kept.elements.includes(code));
  const used = [
    ...(await evaluations.codesInUse(tx, tenderId, 'criterion', removedCriteria)).map((code) => ({
      field: 'criteria',
      code,
    })),
    ...(await evaluations.codesInUse(tx, tenderId, 'element', removedElements)).map((code) => ({
      field: 'priceElements',
      code,
    })),
  ];
  return used.map(({ field, code }) => ({ field, key: 'tender.eval_change_after_bids', params: { code } }));
}

export async function saveEvaluationSetup(
  ctx: Ctx,
  tenderId: string,
  body: EvaluationSetupInput,
): Promise<EvaluationOverview> {
  const input = evaluationSetupInputSchema.parse(body);
  const checked = checkSetup(input);
  if (!checked.ok) throw refuse(ctx, checked.problems);
  const { criteria, priceElements, ...settings } = checked.value;
  return withActorTransaction(ctx, async (tx) => {
    await openTender(tx, tenderId);
    const removed = await removalProblems(tx, tenderId, {
      criteria: criteria.map((c) => c.code),
      elements: priceElements.map((e) => e.code),
    });
    if (removed.length > 0) throw refuse(ctx, removed);
    const created = await evaluations.upsertSettings(tx, tenderId, settings);
    await evaluations.replaceCriteria(tx, tenderId, criteria);
    await evaluations.replaceElements(tx, tenderId, priceElements);
    await audit(tx, ctx, created ? 'create' : 'update', 'tender_evaluation', tenderId, {
      weights: [settings.qualityWeight, settings.priceWeight],
      priceModel: settings.priceModel,
      criteria: Object.fromEntries(criteria.map((c) => [c.code, c.weight])),
      priceElements: Object.fromEntries(priceElements.map((e) => [e.code, e.volume])),
    });
    return loadOverview(tx, ctx, tenderId);
  });
}

export async function saveEvaluators(
  ctx: Ctx,
  tenderId: string,
  input: EvaluatorsInput,
): Promise<EvaluationOverview> {
  const userIds = [...new Set(input.userIds)];
  return withActorTransaction(ctx, async (tx) => {
    await openTender(tx, tenderId);
    await settingsOf(tx, tenderId);
    const candidates = new Set((await evaluations.findEvaluatorCandidates(tx)).map((c) => c.userId));
    if (userIds.some((id) => !candidates.has(id))) {
      throw refuse(ctx, [{ field: 'userIds', key: 'tender.evaluator_user' }]);
    }
    await evaluations.setEvaluators(tx, tenderId, userIds);
    await audit(tx, ctx, 'update', 'tender_evaluation', tenderId, { evaluators: userIds });
    return loadOverview(tx, ctx, tenderId);
  });
}
